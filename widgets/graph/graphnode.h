#pragma once

#include <schema/taskdef.h>

#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace spool {

/// A node's identity inside one graph. Ids are never reused while the graph lives, so undo
/// commands and graphics items can hold them safely; 0 is never a node.
using NodeId = quint32;

/// One task of the run as the editor holds it: what TaskDef holds, minus its `next` tasks
/// (kept by the model as edges), plus where the node sits on the canvas.
struct GraphNode
{
    NodeId id = 0;
    QString kind;
    std::optional<QJsonObject> options;
    std::optional<QJsonObject> metadata;
    /// Keys of the task this version does not know, kept verbatim.
    QJsonObject extra;
    /// The task was written with a `next` member even if it is empty, so exporting writes it
    /// back the same way.
    bool explicitNext = false;
    /// The order the options' keys were written in (a conditions task's rules), which the
    /// options object itself does not keep; see TaskDef::optionOrder.
    KeyOrder optionOrder;
    QPointF position;

    /// The node for a task, without its `next` tasks, at the origin and with no id yet.
    static GraphNode fromTask(const TaskDef &task)
    {
        GraphNode node;
        node.kind = task.kind;
        node.options = task.options;
        node.metadata = task.metadata;
        node.extra = task.extra;
        node.explicitNext = task.hasNext && task.next.empty();
        node.optionOrder = task.optionOrder;
        return node;
    }

    bool operator==(const GraphNode &other) const = default;
};

} // namespace spool
