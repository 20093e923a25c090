#include "pastrunwindow.h"

#include <common/statusstyle.h>
#include <graph/graphmodel.h>
#include <graph/graphscene.h>
#include <graph/graphview.h>
#include <graph/runoverlay.h>
#include <graph/treelayout.h>
#include <monitor/rundock.h>
#include <timeline/runtimeline.h>
#include <timeline/timelinedock.h>

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QStatusBar>
#include <QToolBar>

namespace spool {

using namespace Qt::Literals::StringLiterals;

PastRunWindow::PastRunWindow(RunService *service, const QString &workspaceRoot, QWidget *parent)
    : QMainWindow(parent)
    , m_model(std::make_unique<GraphModel>())
    , m_scene(std::make_unique<GraphScene>(m_model.get()))
    , m_canvas(new GraphView)
    , m_overlay(new RunOverlay(m_scene.get(), this))
    , m_runDock(new RunDock(service))
    , m_timelineDock(new TimelineDock(service))
    , m_export(new QAction(this))
    , m_banner(new QLabel)
{
    setObjectName(u"pastRunWindow"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    m_canvas->setScene(m_scene.get());
    setCentralWidget(m_canvas);
    m_runDock->setWorkspaceRoot(workspaceRoot);
    m_runDock->setParent(this);
    m_timelineDock->setParent(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_runDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_timelineDock);
    splitDockWidget(m_runDock, m_timelineDock, Qt::Horizontal);

    QToolBar *bar = addToolBar(QString());
    bar->setObjectName(u"pastRunToolBar"_s);
    bar->setMovable(false);
    bar->addAction(m_export);
    bar->addSeparator();
    bar->addWidget(m_banner);
    connect(m_export, &QAction::triggered, this, [this] {
        if (!m_run.id.isEmpty())
            Q_EMIT exportRequested(m_run.id);
    });

    connect(m_runDock, &RunDock::taskSelected, this, [this](const QString &taskId) {
        selectTask(taskId);
    });
    connect(m_timelineDock, &TimelineDock::taskSelected, this, &PastRunWindow::selectTask);
    connect(m_scene.get(),
            &QGraphicsScene::selectionChanged,
            this,
            &PastRunWindow::onSceneSelection);
    resize(1180, 760);
    retranslate();
}

PastRunWindow::~PastRunWindow()
{
    // The canvas's items read the model: the view goes before the scene, the scene before it.
    delete takeCentralWidget();
    m_scene.reset();
}

void PastRunWindow::showRun(const Run &run,
                            const std::optional<RunRequest> &request,
                            const QString &problem)
{
    m_run = run;
    m_problem = problem;
    m_model->load(request.value_or(RunRequest()));
    const QHash<NodeId, QPointF> positions = TreeLayout::standard().arrange(*m_model);
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        m_model->setPosition(it.key(), it.value());
    m_overlay->showRun(run);
    m_runDock->watch(run);
    m_timelineDock->watch(run);
    retranslate();
    fitToView();
}

void PastRunWindow::fitToView()
{
    m_canvas->fitRect(m_scene->contentsRect());
}

void PastRunWindow::selectTask(const QString &taskId)
{
    if (m_syncing)
        return;
    m_syncing = true;
    const NodeId node = m_overlay->nodeOfTask(taskId);
    m_scene->selectNodes(node ? QList<NodeId>{node} : QList<NodeId>());
    m_runDock->selectTask(taskId);
    m_timelineDock->timeline()->selectTask(taskId);
    m_syncing = false;
}

void PastRunWindow::onSceneSelection()
{
    if (m_syncing)
        return;
    const QList<NodeId> selected = m_scene->selectedNodeIds();
    if (selected.size() != 1)
        return;
    const QString taskId = m_overlay->taskOfNode(selected.constFirst());
    if (taskId.isEmpty())
        return;
    m_syncing = true;
    m_runDock->selectTask(taskId);
    m_timelineDock->timeline()->selectTask(taskId);
    m_syncing = false;
}

void PastRunWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void PastRunWindow::retranslate()
{
    setWindowTitle(m_run.id.isEmpty() ? tr("Past Run — Spool") : tr("Run %1 — Spool").arg(m_run.id));
    m_export->setText(tr("&Export Run…"));
    m_export->setToolTip(tr("Write the run with its tasks, outputs and errors as JSON"));
    if (m_run.id.isEmpty())
        return;
    QString text = tr("Run %1 of the history, %2 — read-only")
                       .arg(m_run.id, StatusStyle::name(m_run.lifecycle.status()));
    m_banner->setText(text);
    if (!m_problem.isEmpty())
        statusBar()->showMessage(tr("The canvas is empty: %1").arg(m_problem));
}

} // namespace spool
