#include "rundock.h"

#include "progressdelegate.h"
#include "runheader.h"
#include "runtaskmodel.h"

#include <runtime/runservice.h>
#include <runtime/workspace.h>

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace spool {

RunDock::RunDock(RunService *service, QWidget *parent)
    : QDockWidget(parent)
    , m_service(service)
    , m_header(new RunHeader)
    , m_model(new RunTaskModel(this))
    , m_view(new QTreeView)
    , m_log(new QPlainTextEdit)
    , m_copyAction(new QAction(this))
    , m_folderAction(new QAction(this))
    , m_logTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("runDock"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(RunTaskModel::ProgressColumn, new ProgressDelegate(m_view));
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(RunTaskModel::TaskColumn, 160);
    m_view->setColumnWidth(RunTaskModel::ProgressColumn, 110);
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMaximumBlockCount(20000);

    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_view);
    split->addWidget(m_log);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    setWidget(body);

    m_header->copyButton()->setDefaultAction(m_copyAction);
    m_header->folderButton()->setDefaultAction(m_folderAction);
    m_header->copyButton()->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_header->folderButton()->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_copyAction->setEnabled(false);
    m_folderAction->setEnabled(false);
    connect(m_copyAction, &QAction::triggered, this, &RunDock::copyRunId);
    connect(m_folderAction, &QAction::triggered, this, &RunDock::openRunFolder);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &RunDock::onSelectionChanged);
    m_logTimer->setInterval(1000);
    connect(m_logTimer, &QTimer::timeout, this, &RunDock::refreshLog);

    if (m_service) {
        connect(m_service, &RunService::runChanged, this, &RunDock::onRunChanged);
        connect(m_service, &RunService::taskChanged, this, &RunDock::onTaskChanged);
        connect(m_service, &RunService::runFinished, this, &RunDock::onRunChanged);
        connect(m_service,
                &RunService::runProgressChanged,
                this,
                [this](const QString &runId, int percent) {
                    if (runId == m_model->runId())
                        m_header->setProgress(percent);
                });
    }
    retranslate();
}

void RunDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void RunDock::retranslate()
{
    setWindowTitle(tr("Run"));
    m_copyAction->setText(tr("Copy Run ID"));
    m_folderAction->setText(tr("Open Run Folder"));
    m_log->setPlaceholderText(tr("Select a task to see its log."));
}

void RunDock::setWorkspaceRoot(const QString &root)
{
    m_workspaceRoot = root;
}

QString RunDock::runId() const
{
    return m_model->runId();
}

QString RunDock::runFolder() const
{
    if (runId().isEmpty() || m_workspaceRoot.isEmpty())
        return {};
    return Workspace(m_workspaceRoot).runDir(runId());
}

void RunDock::clear()
{
    m_model->clear();
    m_header->clear();
    m_log->clear();
    m_logTimer->stop();
    m_copyAction->setEnabled(false);
    m_folderAction->setEnabled(false);
}

void RunDock::watch(const Run &run, const QString &input)
{
    clear();
    m_model->setRun(run);
    m_header->setRun(run);
    m_header->setInput(input);
    m_copyAction->setEnabled(true);
    m_folderAction->setEnabled(!m_workspaceRoot.isEmpty());
    m_view->expandAll();
}

void RunDock::onRunChanged(const Run &run)
{
    if (run.id != m_model->runId())
        return;
    m_header->setRun(run);
    // The final report may carry tasks whose last change came with it.
    for (const Task &task : run.tasks)
        m_model->updateTask(task);
    if (isTerminal(run.lifecycle.status()))
        refreshLog();
}

void RunDock::onTaskChanged(const QString &runId, const Task &task)
{
    if (runId != m_model->runId())
        return;
    const bool added = !m_model->task(task.id);
    m_model->updateTask(task);
    if (added)
        m_view->expand(m_model->indexOfTask(task.id).parent());
    if (task.id == selectedTaskId())
        refreshLog();
}

void RunDock::selectTask(const QString &taskId)
{
    m_selecting = true;
    const QModelIndex index = m_model->indexOfTask(taskId);
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    } else {
        m_view->selectionModel()->clear();
    }
    m_selecting = false;
    refreshLog();
}

QString RunDock::selectedTaskId() const
{
    return m_view->currentIndex().data(RunTaskModel::TaskIdRole).toString();
}

void RunDock::onSelectionChanged()
{
    m_log->clear();
    refreshLog();
    if (m_selecting)
        return;
    const QModelIndex current = m_view->currentIndex();
    Q_EMIT taskSelected(current.data(RunTaskModel::TaskIdRole).toString(),
                        current.data(RunTaskModel::RequestNodeRole).toString());
}

void RunDock::refreshLog()
{
    const QString taskId = selectedTaskId();
    const Task *task = m_model->task(taskId);
    if (!m_service || !task) {
        m_logTimer->stop();
        return;
    }
    // A live task keeps writing: look again every second until it ends.
    if (isTerminal(task->lifecycle.status()))
        m_logTimer->stop();
    else if (!m_logTimer->isActive())
        m_logTimer->start();
    const quint64 request = ++m_logRequest;
    const auto show = [this, request, taskId](const Result<QStringList> &lines) {
        if (request != m_logRequest || taskId != selectedTaskId())
            return;
        const QString text = lines ? lines->join(u'\n') : lines.error().message;
        if (text == m_log->toPlainText())
            return;
        // Keep the reader's place unless they follow the end.
        QScrollBar *bar = m_log->verticalScrollBar();
        const bool atEnd = bar->value() == bar->maximum();
        const int position = bar->value();
        m_log->setPlainText(text);
        bar->setValue(atEnd ? bar->maximum() : position);
    };
    QFuture<Result<QStringList>> future = m_service->taskLog(m_model->runId(), taskId);
    if (future.isFinished())
        show(future.result());
    else
        future.then(this, show);
}

void RunDock::copyRunId()
{
    if (runId().isEmpty())
        return;
    QGuiApplication::clipboard()->setText(runId());
    Q_EMIT messageRaised(tr("Copied the run id %1.").arg(runId()));
}

void RunDock::openRunFolder()
{
    const QString folder = runFolder();
    if (folder.isEmpty() || !QDir(folder).exists()) {
        Q_EMIT messageRaised(tr("The run has no folder yet."));
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        Q_EMIT messageRaised(tr("No program could open %1.").arg(QDir::toNativeSeparators(folder)));
}

} // namespace spool
