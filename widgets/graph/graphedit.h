#pragma once

#include "graphmodel.h"

#include <variant>

namespace spool {

/// A recorded sequence of the model's primitive edits that can be undone and redone as one.
/// Each call applies its edit to the model at once and records what it takes to reverse it,
/// so undo() restores exactly the state before the first edit, order of roots and children
/// included, and redo() replays them. Undo commands are built on it, which makes every
/// composite edit all-or-nothing.
class GraphEdit
{
public:
    explicit GraphEdit(GraphModel *model);

    /// Inserts a detached node as a root; an id of 0 is replaced by a new one. Returns the id.
    NodeId insert(GraphNode node, int rootIndex = -1);
    void take(NodeId id);
    void connect(NodeId parent, NodeId child, int index = -1);
    void disconnect(NodeId child, int rootIndex = -1);
    /// Without `order`, the task's options keep the key order they have (see GraphNode).
    void setOptions(NodeId id,
                    const std::optional<QJsonObject> &options,
                    const std::optional<KeyOrder> &order = std::nullopt);
    void setMetadata(NodeId id, const std::optional<QJsonObject> &metadata);
    void setPosition(NodeId id, const QPointF &position);
    void setRequestFields(const GraphModel::RequestFields &fields);

    /// Inserts new nodes for the tasks and everything under them, in document order, taking
    /// positions from `positions` in the same order while it lasts. The top-level tasks become
    /// roots, or `next` tasks of `parent` when it is given. Returns the new ids in document
    /// order.
    QList<NodeId> insertTasks(const std::vector<TaskDef> &tasks,
                              const QList<QPointF> &positions = {},
                              NodeId parent = 0);

    /// Removes nodes with their edges; their children that stay become roots.
    void remove(const QList<NodeId> &ids);

    /// Appends edits that were applied after this one's, folding repeated changes of the same
    /// node's position or options into one (for merging continuous drags and typing).
    void append(const GraphEdit &later);

    void undo();
    void redo();
    bool isEmpty() const { return m_steps.empty(); }
    /// Whether replaying it would change nothing (a drag back to where it started, a value
    /// typed back to what it was).
    bool isNoOp() const;
    GraphModel *model() const { return m_model; }

private:
    struct Insert
    {
        GraphNode node;
        int rootIndex;
    };
    struct Take
    {
        GraphNode node; // as it was taken
        int rootIndex;
    };
    struct Connect
    {
        NodeId parent;
        NodeId child;
        int index;
        int rootIndexBefore;
    };
    struct Disconnect
    {
        NodeId parent;
        NodeId child;
        int indexBefore;
        int rootIndex;
    };
    struct SetOptions
    {
        NodeId id;
        std::optional<QJsonObject> before;
        std::optional<QJsonObject> after;
        KeyOrder orderBefore;
        KeyOrder orderAfter;
    };
    struct SetMetadata
    {
        NodeId id;
        std::optional<QJsonObject> before;
        std::optional<QJsonObject> after;
    };
    struct SetPosition
    {
        NodeId id;
        QPointF before;
        QPointF after;
    };
    struct SetRequest
    {
        GraphModel::RequestFields before;
        GraphModel::RequestFields after;
    };
    using Step = std::
        variant<Insert, Take, Connect, Disconnect, SetOptions, SetMetadata, SetPosition, SetRequest>;

    void apply(const Step &step);
    void reverse(const Step &step);

    GraphModel *m_model;
    std::vector<Step> m_steps;
};

} // namespace spool
