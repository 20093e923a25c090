#include "previewdock.h"

#include "mediafacts.h"
#include "outputpage.h"

#include <runtime/runservice.h>

#include <QBoxLayout>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QStackedWidget>

namespace spool {

using namespace Qt::Literals::StringLiterals;

PreviewDock::PreviewDock(RunService *service, QWidget *parent)
    : QDockWidget(parent)
    , m_service(service)
    , m_outputs(new QComboBox)
    , m_title(new QLabel)
    , m_placeholder(new QLabel)
    , m_stack(new QStackedWidget)
{
    setObjectName(u"PreviewDock"_s);
    m_placeholder->setObjectName(u"previewPlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(16);
    m_title->setObjectName(u"previewTitle"_s);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outputs->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *content = new QWidget;
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    bar->addWidget(m_title, 1);
    bar->addWidget(m_outputs);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    m_stack->addWidget(m_placeholder);
    setWidget(content);
    connect(m_outputs, &QComboBox::activated, this, &PreviewDock::showOutput);
    if (m_service)
        connect(m_service, &RunService::taskChanged, this, &PreviewDock::onTaskChanged);
    retranslate();
    clear();
}

void PreviewDock::retranslate()
{
    setWindowTitle(tr("Preview"));
    m_outputs->setToolTip(tr("The output of the task to preview"));
    if (!m_page)
        m_placeholder->setText(placeholder());
}

void PreviewDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

QString PreviewDock::placeholder() const
{
    if (m_taskId.isEmpty())
        return tr("Select a task of a run (on the canvas or in the Run dock) to preview what it "
                  "made.");
    for (const Task &task : m_run.tasks) {
        if (task.id != m_taskId)
            continue;
        if (!isTerminal(task.lifecycle.status()))
            return tr("Task %1 has not finished; its outputs appear here when it does.").arg(task.id);
        if (task.outputs.isEmpty())
            return tr("Task %1 (%2) made no output files.").arg(task.id, task.kind);
    }
    return tr("Task %1 is not in run %2.").arg(m_taskId, m_run.id);
}

void PreviewDock::clear()
{
    m_run = Run();
    m_taskId.clear();
    showPlaceholder(placeholder());
}

void PreviewDock::showPlaceholder(const QString &text)
{
    if (m_page) {
        m_stack->removeWidget(m_page);
        delete m_page;
        m_page = nullptr;
    }
    m_outputs->clear();
    m_outputs->setVisible(false);
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(m_placeholder);
    m_title->setText(m_taskId.isEmpty() ? QString() : m_taskId);
}

void PreviewDock::showTask(const QString &runId, const QString &taskId)
{
    if (!m_service || runId.isEmpty())
        return;
    const quint64 request = ++m_request;
    m_service->run(runId).then(this, [this, request, taskId](const Result<Run> &run) {
        // A later selection wins over a late answer.
        if (request != m_request)
            return;
        if (!run) {
            m_taskId = taskId;
            showPlaceholder(run.error().message);
            return;
        }
        showTask(*run, taskId);
    });
}

void PreviewDock::showTask(const Run &run, const QString &taskId)
{
    m_run = run;
    m_taskId = taskId;
    const Task *task = nullptr;
    for (const Task &candidate : std::as_const(m_run.tasks)) {
        if (candidate.id == taskId)
            task = &candidate;
    }
    if (!task || task->outputs.isEmpty() || !isTerminal(task->lifecycle.status())) {
        showPlaceholder(placeholder());
        return;
    }
    showPlaceholder(QString());
    m_title->setText(tr("%1 · %2").arg(task->kind, task->id));
    for (const OutputEntry &entry : task->outputs) {
        const QString name = QFileInfo(MediaFacts::localPath(entry)).fileName();
        m_outputs->addItem(name.isEmpty() ? entry.url : name);
    }
    m_outputs->setVisible(task->outputs.size() > 1);
    showOutput(0);
}

void PreviewDock::showOutput(int index)
{
    const Task *task = nullptr;
    for (const Task &candidate : std::as_const(m_run.tasks)) {
        if (candidate.id == m_taskId)
            task = &candidate;
    }
    if (!task || index < 0 || index >= task->outputs.size())
        return;
    if (m_page) {
        m_stack->removeWidget(m_page);
        delete m_page;
    }
    m_page = new OutputPage(m_run, *task, index);
    connect(m_page, &OutputPage::messageRaised, this, &PreviewDock::messageRaised);
    m_stack->addWidget(m_page);
    m_stack->setCurrentWidget(m_page);
    if (m_outputs->currentIndex() != index)
        m_outputs->setCurrentIndex(index);
}

void PreviewDock::onTaskChanged(const QString &runId, const Task &task)
{
    if (runId != m_run.id)
        return;
    for (Task &known : m_run.tasks) {
        if (known.id != task.id)
            continue;
        const bool finishedNow = !isTerminal(known.lifecycle.status())
                                 && isTerminal(task.lifecycle.status());
        known = task;
        // The shown task finished: its outputs are there now.
        if (task.id == m_taskId && finishedNow)
            showTask(m_run.id, m_taskId);
        return;
    }
    m_run.tasks.append(task);
}

} // namespace spool
