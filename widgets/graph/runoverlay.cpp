#include "runoverlay.h"

#include "graphmodel.h"
#include "graphscene.h"
#include "nodeitem.h"

#include <common/conditiontext.h>

#include <QJsonArray>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

// The rules of a conditions task's results, each with the value its input had.
QString resultLines(const ConditionResults &results)
{
    QStringList lines;
    for (const QJsonValue &entry : results.failed)
        lines.append(u"✗ "_s + ConditionText::resultText(entry.toObject(), false));
    for (const QJsonValue &entry : results.passed)
        lines.append(u"✓ "_s + ConditionText::resultText(entry.toObject(), true));
    return lines.join(u'\n');
}

QString checkLines(const DryRun::Conditions &conditions, bool failedOnly)
{
    QStringList lines;
    for (const DryRun::Check &check : conditions.checks) {
        if (failedOnly && check.holds)
            continue;
        lines.append((check.holds ? u"✓ "_s : u"✗ "_s)
                     + ConditionText::checkText(check.property,
                                                check.op,
                                                check.expected,
                                                check.actual,
                                                check.holds));
    }
    return lines.join(u'\n');
}

} // namespace

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
    m_dryRun = false;
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
    if (task.reusedFrom && state.status == Status::Succeeded) {
        state.verdict = tr("reused");
        state.details = tr("Reused the outputs of task %1 of run %2, where the same node ran "
                           "with the same options and input.")
                            .arg(task.reusedFrom->taskId, task.reusedFrom->runId);
    }
    const bool decided = task.kind == u"conditions" && task.results
                         && state.status == Status::Succeeded;
    if (decided) {
        state.verdict = task.results->continues ? tr("conditions hold") : tr("conditions not met");
        state.details = resultLines(*task.results);
    }
    setState(id, state);
    if (decided && !task.results->continues)
        markNotTaken(id, state.details);
}

void RunOverlay::markNotTaken(NodeId conditionsNode, const QString &why)
{
    const GraphModel *model = m_scene->model();
    for (NodeId child : model->children(conditionsNode)) {
        for (NodeId id : model->subtree(child)) {
            NodeRunState state;
            state.notTaken = true;
            state.dryRun = m_dryRun;
            state.details = why;
            setState(id, state);
        }
    }
}

NodeId RunOverlay::nodeAt(const QString &pointer) const
{
    QString rest;
    const NodeId id = m_scene->model()->nodeAtPointer(pointer, &rest);
    return rest.isEmpty() ? id : 0;
}

void RunOverlay::showDryRun(const DryRun::Report &report)
{
    clear();
    m_dryRun = true;
    for (auto it = report.nodes.cbegin(); it != report.nodes.cend(); ++it) {
        const NodeId id = nodeAt(it.key());
        if (!id)
            continue;
        NodeRunState state;
        state.dryRun = true;
        switch (it.value()) {
        case DryRun::Verdict::Runs:
            state.status = Status::Queued;
            state.verdict = tr("would run");
            break;
        case DryRun::Verdict::NotTaken:
            state.notTaken = true;
            break;
        case DryRun::Verdict::Undetermined:
            state.status = Status::Waiting;
            state.verdict = tr("decided when run");
            state.details = tr("A conditions task above it tests a file only a run makes.");
            break;
        }
        setState(id, state);
    }
    for (const DryRun::Conditions &conditions : report.conditions) {
        const NodeId id = nodeAt(conditions.requestNode);
        if (!id)
            continue;
        NodeRunState state;
        state.dryRun = true;
        if (!conditions.evaluated) {
            state.status = Status::Waiting;
            state.verdict = tr("decided when run");
            state.details = conditions.undeterminedReason.contains(u':')
                                ? conditions.undeterminedReason
                                : tr("Its input is the output of the %1 task, which only a run "
                                     "makes.")
                                      .arg(conditions.undeterminedReason);
        } else if (conditions.holds) {
            state.status = Status::Succeeded;
            state.verdict = tr("would be taken");
            state.details = checkLines(conditions, false);
        } else {
            state.status = Status::Cancelled;
            // The first rule that fails, in the strip; all of them in the tooltip.
            for (const DryRun::Check &check : conditions.checks) {
                if (!check.holds) {
                    state.verdict = ConditionText::checkText(check.property,
                                                             check.op,
                                                             check.expected,
                                                             check.actual,
                                                             false);
                    break;
                }
            }
            state.details = checkLines(conditions, false);
        }
        setState(id, state);
        // The branches below say why they are not taken.
        if (conditions.evaluated && !conditions.holds) {
            const QString why = tr("The conditions above do not hold for the sample:") + u'\n'
                                + checkLines(conditions, true);
            for (NodeId child : m_scene->model()->children(id)) {
                for (NodeId below : m_scene->model()->subtree(child)) {
                    NodeRunState skipped;
                    skipped.notTaken = true;
                    skipped.dryRun = true;
                    skipped.details = why;
                    setState(below, skipped);
                }
            }
        }
    }
    touchScene();
    Q_EMIT statesChanged();
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
