#include "runoverlay.h"

#include "graphmodel.h"
#include "graphscene.h"
#include "nodeitem.h"

namespace spool {

RunOverlay::RunOverlay(GraphScene *scene, QObject *parent)
    : QObject(parent)
    , m_scene(scene)
{
    // A model reloaded under the overlay has new node ids: nothing shown belongs to it.
    connect(scene->model(), &GraphModel::modelReset, this, [this] {
        m_states.clear();
        m_nodeOfTask.clear();
        m_taskOfNode.clear();
    });
}

NodeId RunOverlay::nodeOfTask(const Task &task) const
{
    if (!task.requestNode)
        return 0;
    QString rest;
    const NodeId id = m_scene->model()->nodeAtPointer(*task.requestNode, &rest);
    // Only the task's own pointer names a node; anything below it is no node of the canvas.
    return rest.isEmpty() ? id : 0;
}

NodeId RunOverlay::nodeOfTask(const QString &taskId) const
{
    return m_nodeOfTask.value(taskId);
}

QString RunOverlay::taskOfNode(NodeId id) const
{
    return m_taskOfNode.value(id);
}

std::optional<NodeRunState> RunOverlay::stateOf(NodeId id) const
{
    const auto it = m_states.constFind(id);
    return it == m_states.cend() ? std::nullopt : std::optional<NodeRunState>(*it);
}

void RunOverlay::clear()
{
    const QList<NodeId> shown = m_states.keys();
    m_states.clear();
    m_tasks.clear();
    m_nodeOfTask.clear();
    m_taskOfNode.clear();
    m_runId.clear();
    m_live = false;
    for (NodeId id : shown) {
        if (NodeItem *item = m_scene->nodeItem(id))
            item->setRunState(std::nullopt);
    }
    touchScene();
    Q_EMIT statesChanged();
}

void RunOverlay::showRun(const Run &run)
{
    clear();
    m_runId = run.id;
    m_live = !isTerminal(run.lifecycle.status());
    if (m_live) {
        // Every node waits until its task is made.
        for (NodeId id : m_scene->model()->nodeIds())
            setState(id, NodeRunState());
    }
    for (const Task &task : run.tasks)
        apply(task);
    if (!m_live)
        finishRun(run);
    touchScene();
    Q_EMIT statesChanged();
}

void RunOverlay::updateTask(const Task &task)
{
    if (task.runId != m_runId)
        return;
    apply(task);
    touchScene();
    Q_EMIT statesChanged();
}

void RunOverlay::finishRun(const Run &run)
{
    if (run.id != m_runId)
        return;
    m_live = false;
    for (const Task &task : run.tasks)
        apply(task);
    // A conditions task that succeeded and made no task under it did not take its branch,
    // whether or not it reported `results`.
    QHash<QString, bool> parents;
    for (const Task &task : run.tasks) {
        if (task.parentId)
            parents.insert(*task.parentId, true);
    }
    for (const Task &task : run.tasks) {
        if (task.kind == u"conditions" && task.lifecycle.status() == Status::Succeeded
            && !parents.contains(task.id)) {
            if (const NodeId id = nodeOfTask(task))
                markNotTaken(id);
        }
    }
    // What never got a task (below a failed or cancelled one) no longer waits.
    const QList<NodeId> shown = m_states.keys();
    for (NodeId id : shown) {
        const NodeRunState state = m_states.value(id);
        if (state.taskId.isEmpty() && !state.notTaken)
            setState(id, std::nullopt);
    }
    touchScene();
    Q_EMIT statesChanged();
}

void RunOverlay::apply(const Task &task)
{
    m_tasks.insert(task.id, task);
    const NodeId id = nodeOfTask(task);
    if (id == 0)
        return;
    m_nodeOfTask.insert(task.id, id);
    m_taskOfNode.insert(id, task.id);
    NodeRunState state;
    state.taskId = task.id;
    state.status = task.lifecycle.status();
    state.progress = isTerminal(state.status) ? 100 : task.progress;
    if (task.lifecycle.startedAt() && task.lifecycle.finishedAt())
        state.duration = *task.lifecycle.finishedAt() - *task.lifecycle.startedAt();
    else if (task.lifecycle.finishedAt() && task.lifecycle.createdAt())
        state.duration = *task.lifecycle.finishedAt() - *task.lifecycle.createdAt();
    if (const auto &error = task.lifecycle.error())
        state.error = error->message;
    setState(id, state);
    if (task.kind == u"conditions" && task.results && !task.results->continues
        && isTerminal(state.status))
        markNotTaken(id);
}

void RunOverlay::markNotTaken(NodeId conditionsNode)
{
    const GraphModel *model = m_scene->model();
    for (NodeId child : model->children(conditionsNode)) {
        for (NodeId id : model->subtree(child)) {
            NodeRunState state;
            state.notTaken = true;
            setState(id, state);
        }
    }
}

void RunOverlay::setState(NodeId id, const std::optional<NodeRunState> &state)
{
    if (state)
        m_states.insert(id, *state);
    else
        m_states.remove(id);
    if (NodeItem *item = m_scene->nodeItem(id))
        item->setRunState(state);
}

void RunOverlay::touchScene()
{
    if (m_scene->isSimplified())
        m_scene->update();
}

} // namespace spool
