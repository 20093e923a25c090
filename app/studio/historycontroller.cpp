#include "historycontroller.h"

#include "pastrunwindow.h"

#include <core/atomicfile.h>
#include <history/comparerunsdialog.h>
#include <history/historydock.h>
#include <runtime/runservice.h>
#include <schema/runexport.h>
#include <schema/tasknodematcher.h>

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace spool {

using namespace Qt::Literals::StringLiterals;

HistoryController::HistoryController(const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
    , m_exportRun(new QAction(this))
    , m_compareRuns(new QAction(this))
{
    m_exportRun->setObjectName(u"exportRunAction"_s);
    m_compareRuns->setObjectName(u"compareRunsAction"_s);
    connect(m_exportRun, &QAction::triggered, this, &HistoryController::exportChosenRun);
    connect(m_compareRuns, &QAction::triggered, this, &HistoryController::compareChosenRuns);
    if (HistoryDock *dock = m_parts.dock) {
        connect(dock, &HistoryDock::runOpened, this, [this](const QString &runId) {
            const Result<PastRunWindow *> opened = openRun(runId);
            if (!opened)
                Q_EMIT messageRaised(opened.error().message);
        });
        connect(dock,
                &HistoryDock::compareRequested,
                this,
                [this](const QString &a, const QString &b) {
                    const Result<CompareRunsDialog *> dialog = compareRuns(a, b);
                    if (!dialog)
                        Q_EMIT messageRaised(dialog.error().message);
                });
        connect(dock, &HistoryDock::exportRequested, this, &HistoryController::exportRunWithDialog);
        connect(dock, &HistoryDock::messageRaised, this, &HistoryController::messageRaised);
    }
    retranslate();
}

HistoryController::~HistoryController()
{
    // The windows read the service's history; they close with the controller.
    for (const QPointer<PastRunWindow> &window : std::as_const(m_windows))
        delete window.data();
    delete m_compare.data();
}

void HistoryController::retranslate()
{
    m_exportRun->setText(tr("E&xport Run…"));
    m_exportRun->setToolTip(tr("Write the run selected in the History (or the window's last run) "
                               "with its tasks, outputs and errors as JSON"));
    m_compareRuns->setText(tr("&Compare Runs…"));
    m_compareRuns->setToolTip(tr("Compare the two runs selected in the History, task by task"));
}

void HistoryController::install(QMainWindow *window)
{
    auto *menu = window->findChild<QMenu *>(u"runMenu"_s);
    if (!menu) {
        menu = new QMenu(tr("&Run"), window);
        menu->setObjectName(u"runMenu"_s);
        window->menuBar()->addMenu(menu);
    }
    menu->addSeparator();
    menu->addAction(m_exportRun);
    menu->addAction(m_compareRuns);
}

Result<HistoryController::PastRun> HistoryController::load(const QString &runId) const
{
    Result<Run> run = m_parts.service->run(runId).result();
    if (!run) {
        if (run.error().kind == u"run_not_found")
            return Error{run.error().kind, tr("There is no run %1 in the history.").arg(runId)};
        return run.error();
    }
    PastRun past{std::move(run).value(), std::nullopt, QString()};
    Result<RunRequest> request = m_parts.service->request(runId).result();
    if (request) {
        past.run = TaskNodeMatcher::annotate(*request, std::move(past.run));
        past.request = std::move(request).value();
    } else {
        past.requestProblem = request.error().message;
    }
    return past;
}

Result<PastRunWindow *> HistoryController::openRun(const QString &runId)
{
    if (PastRunWindow *open = m_windows.value(runId)) {
        open->show();
        open->raise();
        open->activateWindow();
        return open;
    }
    Result<PastRun> past = load(runId);
    if (!past)
        return past.error();
    auto *window = new PastRunWindow(m_parts.service, m_parts.workspaceRoot, m_dialogParent);
    window->setWindowFlag(Qt::Window);
    window->showRun(past->run, past->request, past->requestProblem);
    connect(window, &PastRunWindow::exportRequested, this, &HistoryController::exportRunWithDialog);
    m_windows.insert(runId, window);
    connect(window, &QObject::destroyed, this, [this, runId] { m_windows.remove(runId); });
    window->show();
    window->fitToView();
    return window;
}

std::optional<Error> HistoryController::exportRun(const QString &runId, const QString &path) const
{
    const Result<Run> run = m_parts.service->run(runId).result();
    if (!run)
        return run.error();
    return AtomicFile::write(path, RunExport::toJson(*run));
}

void HistoryController::exportRunWithDialog(const QString &runId)
{
    if (runId.isEmpty()) {
        Q_EMIT messageRaised(tr("There is no run to export: run the workflow or select a run in "
                                "the History."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(m_dialogParent,
                                                      tr("Export Run"),
                                                      QDir::home().filePath(runId + u".json"_s),
                                                      tr("Runs (*.json)"));
    if (path.isEmpty())
        return;
    if (std::optional<Error> error = exportRun(runId, path))
        Q_EMIT messageRaised(tr("Run %1 was not exported: %2").arg(runId, error->message));
    else
        Q_EMIT messageRaised(
            tr("Exported run %1 to %2.").arg(runId, QDir::toNativeSeparators(path)));
}

void HistoryController::exportChosenRun()
{
    QString runId;
    if (m_parts.dock) {
        const QStringList selected = m_parts.dock->selectedRunIds();
        if (selected.size() == 1)
            runId = selected.constFirst();
    }
    if (runId.isEmpty() && m_parts.currentRunId)
        runId = m_parts.currentRunId();
    exportRunWithDialog(runId);
}

Result<CompareRunsDialog *> HistoryController::compareRuns(const QString &first,
                                                           const QString &second)
{
    Result<PastRun> a = load(first);
    if (!a)
        return a.error();
    Result<PastRun> b = load(second);
    if (!b)
        return b.error();
    if (!m_compare) {
        m_compare = new CompareRunsDialog(m_dialogParent);
        m_compare->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_compare->setRuns(a->run, b->run);
    m_compare->show();
    m_compare->raise();
    return m_compare.data();
}

void HistoryController::compareChosenRuns()
{
    const QStringList selected = m_parts.dock ? m_parts.dock->selectedRunIds() : QStringList();
    if (selected.size() != 2) {
        Q_EMIT messageRaised(tr("Select two runs in the History to compare them."));
        return;
    }
    const Result<CompareRunsDialog *> dialog = compareRuns(selected.at(1), selected.at(0));
    if (!dialog)
        Q_EMIT messageRaised(dialog.error().message);
}

} // namespace spool
