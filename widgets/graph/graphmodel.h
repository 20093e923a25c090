#pragma once

#include "graphnode.h"

#include <schema/runrequest.h>

#include <QHash>
#include <QObject>

namespace spool {

/// The editable run: nodes, their `next` edges and the request's own fields. It is the one
/// source of truth of the editor; graphics items hold node ids and redraw from it, and the runs
/// JSON is derived from it on demand (toRequest()).
///
/// Invariants: the nodes form a forest (every node has at most one parent, no cycles); each
/// node is either a root, in `roots()` order, or in exactly one parent's children list; the
/// order of roots and of children is the order of the request's arrays. Every edit below is
/// a primitive with an exact inverse, so undo commands restore the same state, order included.
/// Edits that would break an invariant are programming errors and are refused with a warning;
/// user-facing checks go through connectionRefusal() first.
class GraphModel : public QObject
{
    Q_OBJECT

public:
    /// The request's members other than its tasks.
    struct RequestFields
    {
        std::optional<QJsonObject> metadata;
        std::optional<QString> idempotencyKey;
        QJsonObject extra;
        bool operator==(const RequestFields &other) const = default;
    };

    explicit GraphModel(QObject *parent = nullptr);

    // Reading
    const GraphNode *node(NodeId id) const;
    bool contains(NodeId id) const { return m_nodes.contains(id); }
    int nodeCount() const { return int(m_nodes.size()); }
    bool isEmpty() const { return m_nodes.isEmpty(); }
    const QList<NodeId> &roots() const { return m_roots; }
    QList<NodeId> children(NodeId id) const;
    NodeId parentOf(NodeId id) const;
    /// Where the node sits among its parent's children, or among the roots.
    int indexOf(NodeId id) const;
    /// Every node in document order: depth first, in the order of the request's arrays.
    QList<NodeId> nodeIds() const;
    /// The node and every node below it, in document order.
    QList<NodeId> subtree(NodeId id) const;
    const RequestFields &requestFields() const { return m_request; }
    /// An id no node has had in this model.
    NodeId reserveId() { return m_nextId++; }

    // Primitive edits, each with an exact inverse.
    /// Inserts a detached node as a root at `rootIndex` (-1: last). `node.id` must be new.
    void insertNode(const GraphNode &node, int rootIndex = -1);
    /// Removes a node that has neither parent nor children and returns it.
    GraphNode takeNode(NodeId id);
    /// Makes the root `child` the `index`-th child of `parent` (-1: last).
    void connectNodes(NodeId parent, NodeId child, int index = -1);
    /// Detaches `child` from its parent and makes it a root at `rootIndex` (-1: last).
    void disconnectNode(NodeId child, int rootIndex = -1);
    /// Replaces a task's options; the first form keeps the key order the node has.
    void setOptions(NodeId id, const std::optional<QJsonObject> &options);
    void setOptions(NodeId id, const std::optional<QJsonObject> &options, const KeyOrder &order);
    void setMetadata(NodeId id, const std::optional<QJsonObject> &metadata);
    void setPosition(NodeId id, const QPointF &position);
    void setRequestFields(const RequestFields &fields);

    /// Why `child` may not become a `next` task of `parent`, in words for the user; empty when
    /// it may. Checks: the same node, a second parent, a cycle, an edge into ingest, and what
    /// the option specs know of inputs (a transcript cannot feed a video task).
    QString connectionRefusal(NodeId parent, NodeId child) const;
    /// Whether a task of `kind` could follow `parent` (for offering kinds in quick-add).
    bool kindMayFollow(NodeId parent, QStringView kind) const;

    // The runs JSON
    /// The request the graph stands for, in the order of roots and children.
    RunRequest toRequest() const;
    /// Replaces everything with the request's tasks. Nodes get positions from `positions`
    /// (in document order) when it has one per task, else all sit at the origin until laid
    /// out. Returns the new nodes in document order.
    QList<NodeId> load(const RunRequest &request, const QList<QPointF> &positions = {});
    void clear();
    /// The JSON Pointer of the node's task in toRequest(): /tasks/0/next/2.
    QString pointerOf(NodeId id) const;
    /// The node a JSON Pointer into toRequest() concerns (the deepest task on its path), or 0.
    /// `rest` receives what follows the task's own pointer ("/options/width" or "").
    NodeId nodeAtPointer(QStringView pointer, QString *rest = nullptr) const;

    // Fragments: copy and paste
    /// The nodes as a run request of their own: the selected nodes whose parent is not
    /// selected are its roots, edges between selected nodes are kept. Positions are appended
    /// to `positions` in document order when given.
    RunRequest fragment(const QList<NodeId> &ids, QList<QPointF> *positions = nullptr) const;

Q_SIGNALS:
    void nodeInserted(spool::NodeId id);
    void nodeRemoved(spool::NodeId id);
    void edgeAdded(spool::NodeId parent, spool::NodeId child);
    void edgeRemoved(spool::NodeId parent, spool::NodeId child);
    /// Options or metadata changed.
    void nodeChanged(spool::NodeId id);
    void nodeMoved(spool::NodeId id);
    /// Everything was replaced (load, clear).
    void modelReset();
    /// After any change that alters the request (not after moves).
    void requestChanged();

private:
    struct Links
    {
        NodeId parent = 0;
        QList<NodeId> children;
    };

    bool isAncestor(NodeId ancestor, NodeId id) const;
    /// What reaches `id` along its incoming edge: AnyMedia for a root.
    unsigned inputOf(NodeId id) const;
    unsigned outputOf(NodeId id) const;
    NodeId addTask(const TaskDef &task, const QList<QPointF> &positions, int *index);
    TaskDef taskOf(NodeId id, const QHash<NodeId, bool> *within) const;

    QHash<NodeId, GraphNode> m_nodes;
    QHash<NodeId, Links> m_links;
    QList<NodeId> m_roots;
    RequestFields m_request;
    NodeId m_nextId = 1;
};

} // namespace spool
