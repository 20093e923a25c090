#include "runcontroller.h"

#include "document.h"
#include "runnotifier.h"
#include "validationcontroller.h"

#include <graph/graphmodel.h>
#include <graph/graphscene.h>
#include <graph/graphview.h>
#include <graph/runbanner.h>
#include <graph/runoverlay.h>
#include <monitor/rundock.h>
#include <timeline/runtimeline.h>
#include <timeline/timelinedock.h>

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsSceneEvent>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>
#include <QUndoStack>

namespace spool {

using namespace Qt::Literals::StringLiterals;

RunController::RunController(const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
    , m_overlay(new RunOverlay(parts.scene, this))
    , m_run(new QAction(this))
    , m_runWithFile(new QAction(this))
    , m_stop(new QAction(this))
    , m_runAgain(new QAction(this))
    , m_retryFailed(new QAction(this))
    , m_dryRun(new QAction(this))
    , m_dryRunWithFile(new QAction(this))
    , m_notifier(new RunNotifier(parts.view, this))
{
    m_run->setObjectName(u"runAction"_s);
    m_stop->setObjectName(u"stopAction"_s);
    m_retryFailed->setObjectName(u"retryFailedAction"_s);
    m_dryRun->setObjectName(u"dryRunAction"_s);
    m_retryFailed->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F5));
    m_dryRun->setShortcut(QKeySequence(Qt::ALT | Qt::Key_F5));
    m_run->setShortcut(QKeySequence(Qt::Key_F5));
    m_stop->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_run->setIcon(QIcon::fromTheme(u"media-playback-start"_s));
    m_stop->setIcon(QIcon::fromTheme(u"media-playback-stop"_s));
    m_runAgain->setIcon(QIcon::fromTheme(u"view-refresh"_s));
    connect(m_run, &QAction::triggered, this, [this] { run(); });
    connect(m_runWithFile, &QAction::triggered, this, &RunController::runWithFile);
    connect(m_stop, &QAction::triggered, this, &RunController::stop);
    connect(m_runAgain, &QAction::triggered, this, &RunController::runAgain);
    connect(m_retryFailed, &QAction::triggered, this, &RunController::retryFailed);
    connect(m_dryRun, &QAction::triggered, this, [this] { dryRun(); });
    connect(m_dryRunWithFile, &QAction::triggered, this, &RunController::dryRunWithFile);

    if (m_parts.view) {
        m_banner = new RunBanner(m_parts.view->viewport());
        m_banner->hide();
        connect(m_banner, &RunBanner::editCopyRequested, this, &RunController::editCopy);
    }
    RunService *service = m_parts.service;
    connect(service, &RunService::taskChanged, this, [this](const QString &runId, const Task &task) {
        if (runId == m_runId)
            m_overlay->updateTask(task);
    });
    connect(service, &RunService::runFinished, this, &RunController::onRunFinished);
    connect(m_parts.document->undoStack(),
            &QUndoStack::indexChanged,
            this,
            &RunController::onUndoIndexChanged);
    m_parts.scene->installEventFilter(this);

    // Selections in step: canvas, run dock and timeline.
    if (m_parts.runDock)
        connect(m_parts.runDock, &RunDock::taskSelected, this, [this](const QString &taskId) {
            selectTask(taskId);
        });
    if (m_parts.timelineDock)
        connect(m_parts.timelineDock, &TimelineDock::taskSelected, this, &RunController::selectTask);
    connect(m_parts.scene,
            &QGraphicsScene::selectionChanged,
            this,
            &RunController::onSceneSelection);
    retranslate();
    updateActions();
}

void RunController::retranslate()
{
    m_run->setText(tr("&Run"));
    m_run->setToolTip(tr("Run the workflow on the embedded engine (F5)"));
    m_runWithFile->setText(tr("Run with &File…"));
    m_runWithFile->setToolTip(tr("Run the workflow on a file of your choice, in place of the "
                                 "ingest's url"));
    m_stop->setText(tr("&Stop"));
    m_stop->setToolTip(tr("Cancel the running workflow (Shift+F5)"));
    m_runAgain->setText(tr("Run &Again"));
    m_runAgain->setToolTip(tr("Start the last run's request again, with the same input"));
    m_retryFailed->setText(tr("Retry &Failed"));
    m_dryRun->setText(tr("&Dry Run"));
    m_dryRun->setToolTip(tr("Probe the ingest's file and show which branches its conditions "
                            "would take, running nothing (Alt+F5)"));
    m_dryRunWithFile->setText(tr("Dry Run with a &Sample…"));
    m_dryRunWithFile->setToolTip(tr("Probe a file of your choice and show which branches the "
                                    "conditions would take for it, running nothing"));
    updateActions();
}

void RunController::install(QMainWindow *window)
{
    QMenu *menu = new QMenu(tr("&Run"), window);
    menu->setObjectName(u"runMenu"_s);
    menu->addAction(m_run);
    menu->addAction(m_runWithFile);
    menu->addAction(m_runAgain);
    menu->addAction(m_retryFailed);
    menu->addSeparator();
    menu->addAction(m_dryRun);
    menu->addAction(m_dryRunWithFile);
    menu->addSeparator();
    menu->addAction(m_stop);
    // Before Help, where desktop tools keep their Run menu.
    const QList<QAction *> menus = window->menuBar()->actions();
    window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.constLast(), menu);
    QToolBar *bar = window->addToolBar(tr("Run"));
    bar->setObjectName(u"runToolBar"_s);
    bar->addAction(m_run);
    bar->addAction(m_stop);
    bar->addAction(m_runAgain);
}

namespace {

// A run whose failed or cancelled tasks (or whose cancellation, which may leave tasks never
// made) Retry Failed can take up.
bool hasSomethingToRetry(const Run &run)
{
    const Status status = run.lifecycle.status();
    if (!isTerminal(status) || status == Status::Succeeded)
        return false;
    return true;
}

} // namespace

void RunController::updateActions()
{
    const bool busy = m_live || m_starting;
    m_run->setEnabled(!busy);
    m_runWithFile->setEnabled(!busy);
    m_runAgain->setEnabled(!busy && m_lastRequest.has_value());
    m_stop->setEnabled(m_live && !m_stopping && !m_parts.service->cancelUnavailableReason());
    const std::optional<QString> reuseProblem = m_parts.service->reuseUnavailableReason();
    m_retryFailed->setEnabled(!busy && !reuseProblem && m_lastRequest && m_lastRun
                              && hasSomethingToRetry(*m_lastRun));
    m_retryFailed->setToolTip(
        reuseProblem ? *reuseProblem
                     : tr("Run the branches under the failed or cancelled tasks of the last run "
                          "again, and take over what succeeded (Ctrl+F5)"));
    m_dryRun->setEnabled(!busy);
    m_dryRunWithFile->setEnabled(!busy);
}

bool RunController::validates()
{
    if (m_parts.document->model()->isEmpty()) {
        Q_EMIT messageRaised(tr("There is nothing to run: add an ingest task first."));
        return false;
    }
    // Validation first: it marks every node with a problem, and nothing starts while any
    // remain.
    if (m_parts.validation) {
        m_parts.validation->validateNow();
        const qsizetype problems = m_parts.validation->issues().size();
        if (problems > 0) {
            Q_EMIT messageRaised(
                tr("The workflow has %n problem(s); fix them before running (see Issues).",
                   nullptr,
                   int(problems)));
            return false;
        }
    }
    return true;
}

StartOptions RunController::optionsFor(const std::optional<QString> &input) const
{
    StartOptions options;
    options.input = input;
    const QString path = m_parts.document->filePath().isEmpty() ? m_parts.document->importedFrom()
                                                                : m_parts.document->filePath();
    if (!path.isEmpty())
        options.baseDir = QFileInfo(path).absolutePath();
    return options;
}

bool RunController::run(const std::optional<QString> &input)
{
    if (m_live || m_starting) {
        Q_EMIT messageRaised(tr("A run is live already; stop it first."));
        return false;
    }
    if (!validates())
        return false;
    return start(m_parts.document->model()->toRequest(), optionsFor(input));
}

bool RunController::retryFailed()
{
    if (m_live || m_starting || !m_lastRequest)
        return false;
    if (const std::optional<QString> reason = m_parts.service->reuseUnavailableReason()) {
        Q_EMIT messageRaised(*reason);
        return false;
    }
    if (!m_lastRun || !hasSomethingToRetry(*m_lastRun)) {
        Q_EMIT messageRaised(tr("The last run has no failed or cancelled task to retry."));
        return false;
    }
    StartOptions options = m_lastOptions;
    options.reuse = *m_lastRun;
    return start(*m_lastRequest, options);
}

bool RunController::dryRun(const std::optional<QString> &sample)
{
    if (m_live || m_starting) {
        Q_EMIT messageRaised(tr("A run is live; a dry run waits until it ends."));
        return false;
    }
    if (!validates())
        return false;
    const StartOptions options = optionsFor(sample);
    const Result<DryRun::Report> report = DryRun::evaluate(m_parts.document->model()->toRequest(),
                                                           sample,
                                                           options.baseDir);
    if (!report) {
        Q_EMIT messageRaised(
            tr("The dry run could not probe a sample: %1").arg(report.error().message));
        return false;
    }
    m_lastDryRun = *report;
    m_runId.clear();
    m_overlay->showDryRun(*report);
    int taken = 0;
    int notTaken = 0;
    int open = 0;
    for (const DryRun::Conditions &conditions : report->conditions) {
        if (!conditions.evaluated)
            ++open;
        else if (conditions.holds)
            ++taken;
        else
            ++notTaken;
    }
    Q_EMIT messageRaised(tr("Dry run on %1: %2 condition(s) hold, %3 do not, %4 decided only "
                            "by a run. Nothing was run.")
                             .arg(QFileInfo(report->sample).fileName())
                             .arg(taken)
                             .arg(notTaken)
                             .arg(open));
    return true;
}

void RunController::dryRunWithFile()
{
    const QString file = QFileDialog::getOpenFileName(nullptr, tr("Dry Run with a Sample"));
    if (!file.isEmpty())
        dryRun(file);
}

void RunController::runWithFile()
{
    const QString file = QFileDialog::getOpenFileName(nullptr, tr("Run with File"));
    if (!file.isEmpty())
        run(file);
}

bool RunController::runAgain()
{
    if (!m_lastRequest || m_live)
        return false;
    return start(*m_lastRequest, m_lastOptions);
}

bool RunController::start(const RunRequest &request, const StartOptions &options)
{
    m_starting = true;
    updateActions();
    // A local service answers at once, and the continuation runs within this call; a remote
    // one answers later, and the window goes on meanwhile.
    auto answered = std::make_shared<std::optional<bool>>();
    m_parts.service->start(request, options)
        .then(this, [this, request, options, answered](const Result<Run> &started) {
            *answered = onStarted(request, options, started);
        });
    return answered->value_or(true);
}

bool RunController::onStarted(const RunRequest &request,
                              const StartOptions &options,
                              const Result<Run> &started)
{
    m_starting = false;
    if (!started) {
        const Error &error = started.error();
        // Problems the service found that the editor's validation did not: on their nodes.
        QHash<NodeId, QStringList> marks;
        for (const Error &problem : error.problems) {
            if (const NodeId id = m_parts.document->model()->nodeAtPointer(problem.path))
                marks[id].append(problem.message);
        }
        if (!marks.isEmpty())
            m_parts.scene->setProblems(marks);
        Q_EMIT messageRaised(tr("The run did not start: %1").arg(error.message));
        updateActions();
        Q_EMIT startFailed(error);
        return false;
    }
    m_lastRequest = request;
    m_lastOptions = options;
    m_lastOptions.reuse.reset();
    m_runId = started->id;
    m_overlay->showRun(*started);
    if (m_parts.runDock)
        m_parts.runDock->watch(*started, options.input.value_or(QString()));
    if (m_parts.timelineDock)
        m_parts.timelineDock->watch(*started);
    if (isTerminal(started->lifecycle.status()))
        onRunFinished(*started);
    else
        setLive(true);
    updateActions();
    Q_EMIT messageRaised(
        options.reuse
            ? tr("Started run %1, retrying what failed in run %2.").arg(m_runId, options.reuse->id)
            : tr("Started run %1.").arg(m_runId));
    return true;
}

void RunController::stop()
{
    if (!m_live)
        return;
    if (const auto reason = m_parts.service->cancelUnavailableReason()) {
        Q_EMIT messageRaised(*reason);
        return;
    }
    m_stopping = true;
    updateActions();
    m_parts.service->cancel(m_runId).then(this, [this](const Result<Run> &cancelled) {
        m_stopping = false;
        updateActions();
        if (!cancelled)
            Q_EMIT messageRaised(tr("Could not stop the run: %1").arg(cancelled.error().message));
    });
}

void RunController::onRunFinished(const Run &run)
{
    if (run.id != m_runId)
        return;
    m_overlay->finishRun(run);
    m_lastRun = run;
    setLive(false);
    m_notifier->notify(run);
    Q_EMIT messageRaised(tr("Run %1 %2.").arg(run.id, statusName(run.lifecycle.status())));
    Q_EMIT runFinished(run);
}

void RunController::setLive(bool live)
{
    if (m_live == live && (!live || m_lockedIndex >= 0))
        return;
    m_live = live;
    m_lockedIndex = live ? m_parts.document->undoStack()->index() : -1;
    if (m_banner)
        m_banner->setVisible(live);
    updateActions();
    Q_EMIT liveChanged(live);
}

void RunController::onUndoIndexChanged(int index)
{
    // Whatever edit reached the undo stack while the run is live (an action, a shortcut) is
    // taken back at once: the canvas shows the run of this very request.
    // A dry run's verdicts are of the workflow as it was: an edit takes them off.
    if (!m_live && m_overlay->isDryRun()) {
        m_overlay->clear();
        m_lastDryRun.reset();
    }
    if (!m_live || m_reverting || index == m_lockedIndex)
        return;
    m_reverting = true;
    m_parts.document->undoStack()->setIndex(m_lockedIndex);
    m_reverting = false;
    Q_EMIT messageRaised(
        tr("The workflow is read-only while it runs; use Edit a Copy to change it."));
}

bool RunController::eventFilter(QObject *watched, QEvent *event)
{
    // While live, the canvas keeps selection and hover but takes no drag, drop or double click.
    if (watched == m_parts.scene && m_live) {
        switch (event->type()) {
        case QEvent::GraphicsSceneMouseMove:
            if (static_cast<QGraphicsSceneMouseEvent *>(event)->buttons() != Qt::NoButton)
                return true;
            break;
        case QEvent::GraphicsSceneMouseDoubleClick:
        case QEvent::GraphicsSceneDragEnter:
        case QEvent::GraphicsSceneDragMove:
        case QEvent::GraphicsSceneDrop:
            return true;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void RunController::editCopy()
{
    // The copy is the same request, untitled: saving it never touches the file the run came
    // from, and the run goes on in the docks.
    // As canonical text, which keeps a conditions task's rules in the order they were written.
    const QByteArray text = m_parts.document->model()->toRequest().toCanonicalText();
    const QString name = tr("Copy of %1").arg(m_parts.document->displayName());
    m_runId.clear();
    setLive(false);
    m_overlay->clear();
    if (const auto error = m_parts.document->importText(text, name))
        Q_EMIT messageRaised(error->message);
    else
        Q_EMIT messageRaised(tr("Editing a copy; the run goes on in the Run dock."));
}

void RunController::selectTask(const QString &taskId)
{
    if (m_syncing)
        return;
    m_syncing = true;
    const NodeId id = m_overlay->nodeOfTask(taskId);
    m_parts.scene->selectNodes(id ? QList<NodeId>{id} : QList<NodeId>{});
    if (m_parts.runDock)
        m_parts.runDock->selectTask(taskId);
    if (m_parts.timelineDock)
        m_parts.timelineDock->timeline()->selectTask(taskId);
    m_syncing = false;
    Q_EMIT taskShown(m_overlay->runId(), taskId);
}

void RunController::onSceneSelection()
{
    if (m_syncing || m_overlay->runId().isEmpty())
        return;
    const QList<NodeId> selected = m_parts.scene->selectedNodeIds();
    if (selected.size() != 1)
        return;
    const QString taskId = m_overlay->taskOfNode(selected.constFirst());
    if (taskId.isEmpty())
        return;
    m_syncing = true;
    if (m_parts.runDock)
        m_parts.runDock->selectTask(taskId);
    if (m_parts.timelineDock)
        m_parts.timelineDock->timeline()->selectTask(taskId);
    m_syncing = false;
    Q_EMIT taskShown(m_overlay->runId(), taskId);
}

} // namespace spool
