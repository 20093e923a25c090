#include "runcontroller.h"

#include "document.h"
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
#include <QJsonDocument>
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
{
    m_run->setObjectName(u"runAction"_s);
    m_stop->setObjectName(u"stopAction"_s);
    m_run->setShortcut(QKeySequence(Qt::Key_F5));
    m_stop->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_run->setIcon(QIcon::fromTheme(u"media-playback-start"_s));
    m_stop->setIcon(QIcon::fromTheme(u"media-playback-stop"_s));
    m_runAgain->setIcon(QIcon::fromTheme(u"view-refresh"_s));
    connect(m_run, &QAction::triggered, this, [this] { run(); });
    connect(m_runWithFile, &QAction::triggered, this, &RunController::runWithFile);
    connect(m_stop, &QAction::triggered, this, &RunController::stop);
    connect(m_runAgain, &QAction::triggered, this, &RunController::runAgain);

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
}

void RunController::install(QMainWindow *window)
{
    QMenu *menu = new QMenu(tr("&Run"), window);
    menu->addAction(m_run);
    menu->addAction(m_runWithFile);
    menu->addAction(m_runAgain);
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

void RunController::updateActions()
{
    m_run->setEnabled(!m_live);
    m_runWithFile->setEnabled(!m_live);
    m_runAgain->setEnabled(!m_live && m_lastRequest.has_value());
    m_stop->setEnabled(m_live && !m_parts.service->cancelUnavailableReason());
}

bool RunController::run(const std::optional<QString> &input)
{
    if (m_live) {
        Q_EMIT messageRaised(tr("A run is live already; stop it first."));
        return false;
    }
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
    StartOptions options;
    options.input = input;
    const QString path = m_parts.document->filePath().isEmpty() ? m_parts.document->importedFrom()
                                                                : m_parts.document->filePath();
    if (!path.isEmpty())
        options.baseDir = QFileInfo(path).absolutePath();
    return start(m_parts.document->model()->toRequest(), options);
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
    QFuture<Result<Run>> future = m_parts.service->start(request, options);
    // A local service answers at once; a remote one would answer later, and this waits for
    // it only as long as the answer takes, on the GUI thread.
    const Result<Run> started = future.result();
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
        return false;
    }
    m_lastRequest = request;
    m_lastOptions = options;
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
    Q_EMIT messageRaised(tr("Started run %1.").arg(m_runId));
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
    const Result<Run> cancelled = m_parts.service->cancel(m_runId).result();
    if (!cancelled)
        Q_EMIT messageRaised(tr("Could not stop the run: %1").arg(cancelled.error().message));
}

void RunController::onRunFinished(const Run &run)
{
    if (run.id != m_runId)
        return;
    m_overlay->finishRun(run);
    setLive(false);
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
    const QByteArray text = QJsonDocument(m_parts.document->model()->toRequest().toJson()).toJson();
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
