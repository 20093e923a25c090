#include "timelinedock.h"

#include "runtimeline.h"

#include <runtime/runservice.h>

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QToolBar>
#include <QVBoxLayout>

namespace spool {

TimelineDock::TimelineDock(RunService *service, QWidget *parent)
    : QDockWidget(parent)
    , m_service(service)
    , m_timeline(new RunTimeline)
    , m_export(new QAction(this))
{
    setObjectName(QStringLiteral("timelineDock"));
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *bar = new QToolBar(body);
    bar->setIconSize(QSize(16, 16));
    bar->addAction(m_export);
    layout->addWidget(bar);
    layout->addWidget(m_timeline, 1);
    // The time axis needs room for its labels and the bars for their lengths to be compared.
    m_timeline->setMinimumWidth(320);
    setWidget(body);
    m_export->setEnabled(false);
    connect(m_export, &QAction::triggered, this, &TimelineDock::exportWithDialog);
    connect(m_timeline, &RunTimeline::taskSelected, this, &TimelineDock::taskSelected);
    if (m_service) {
        connect(m_service,
                &RunService::taskChanged,
                this,
                [this](const QString &runId, const Task &task) {
                    if (runId == m_timeline->runId())
                        m_timeline->updateTask(task);
                });
        connect(m_service,
                &RunService::runProgressChanged,
                this,
                [this](const QString &runId, int percent) {
                    if (runId == m_timeline->runId())
                        m_timeline->addProgress(percent);
                });
        connect(m_service, &RunService::runFinished, m_timeline, &RunTimeline::finishRun);
    }
    retranslate();
}

void TimelineDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void TimelineDock::retranslate()
{
    setWindowTitle(tr("Timeline"));
    m_export->setText(tr("Export Timeline…"));
    m_export->setToolTip(tr("Write the timeline as a PNG image or a PDF document."));
}

void TimelineDock::watch(const Run &run)
{
    m_timeline->setRun(run);
    m_export->setEnabled(true);
}

void TimelineDock::clear()
{
    m_timeline->clear();
    m_export->setEnabled(false);
}

void TimelineDock::exportWithDialog()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("Export Timeline"),
                                                      QDir::home().filePath(m_timeline->runId()
                                                                            + u".png"),
                                                      tr("PNG image (*.png);;PDF document (*.pdf)"),
                                                      &filter);
    if (path.isEmpty())
        return;
    if (m_timeline->exportTo(path))
        Q_EMIT messageRaised(tr("Wrote the timeline to %1.").arg(QDir::toNativeSeparators(path)));
    else
        Q_EMIT messageRaised(tr("Could not write the timeline to %1: use a .png or .pdf name in a "
                                "folder you may write to.")
                                 .arg(QDir::toNativeSeparators(path)));
}

} // namespace spool
