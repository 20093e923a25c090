#pragma once

#include "graphnode.h"
#include "noderunstate.h"

#include <runtime/dryrun.h>
#include <schema/run.h>

#include <QHash>
#include <QObject>

namespace spool {

class GraphScene;

/// Lays a run over the canvas: each task finds its node through its `request_node` (the JSON
/// Pointer of the request node it was made from, resolved by the model the same way the export
/// writes it) and the node's strip shows the task's status, progress and duration. Nodes with
/// no task yet wait while the run is live; the branches under a conditions task whose
/// conditions did not hold are *not taken*, and the conditions node says which of its rules
/// failed against the file's value (also when it has no next tasks). A task taken over from an
/// earlier run says *reused*. A dry run is laid over the same way (showDryRun): what would
/// run, what would not and why. The overlay is display state: it never touches the model, so
/// it makes no undo entry and nothing of it is saved.
class RunOverlay : public QObject
{
    Q_OBJECT

public:
    explicit RunOverlay(GraphScene *scene, QObject *parent = nullptr);

    /// Shows the run as it stands (replacing any run shown before).
    void showRun(const Run &run);
    /// One task changed (a signal of the run service).
    void updateTask(const Task &task);
    /// The run reached a terminal status: nodes that never got a task lose their *waiting*.
    void finishRun(const Run &run);
    /// Takes every run state off the canvas.
    void clear();
    /// Shows a dry run's verdicts (replacing any run shown before): the nodes that would run,
    /// the branches not taken with the rules that fail, and what only a run can decide.
    void showDryRun(const DryRun::Report &report);
    bool isDryRun() const { return m_dryRun; }

    QString runId() const { return m_runId; }
    /// The node a task was made from, or 0 (an implicit ingest, a pointer the canvas lacks).
    NodeId nodeOfTask(const Task &task) const;
    NodeId nodeOfTask(const QString &taskId) const;
    /// The task shown on a node, or an empty string.
    QString taskOfNode(NodeId id) const;
    std::optional<NodeRunState> stateOf(NodeId id) const;

Q_SIGNALS:
    /// Node strips changed (for views that summarise them).
    void statesChanged();

private:
    void apply(const Task &task);
    void setState(NodeId id, const std::optional<NodeRunState> &state);
    /// Marks every node below a conditions node as not taken.
    void markNotTaken(NodeId conditionsNode, const QString &why = {});
    NodeId nodeAt(const QString &pointer) const;
    /// Repaints the zoomed-out layer, which draws the statuses of items that draw nothing.
    void touchScene();

    GraphScene *m_scene;
    QString m_runId;
    bool m_live = false;
    bool m_dryRun = false;
    QHash<QString, Task> m_tasks;
    QHash<QString, NodeId> m_nodeOfTask;
    QHash<NodeId, QString> m_taskOfNode;
    QHash<NodeId, NodeRunState> m_states;
};

} // namespace spool
