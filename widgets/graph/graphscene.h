#pragma once

#include "graphnode.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>
#include <QUrl>

class QGraphicsPathItem;

namespace spool {

class EdgeItem;
class GraphModel;
class NodeItem;
class SimplifiedLayer;

/// The canvas's scene: one NodeItem per node and one EdgeItem per `next` edge, kept in step
/// with the GraphModel's signals. It never edits the model: every gesture (moving nodes,
/// drawing an edge, dropping a kind or files) is announced as a request, which a controller
/// turns into an undo command. Illegal edges are refused while they are drawn: the target
/// turns red and the reason shows beside the pointer.
class GraphScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit GraphScene(GraphModel *model, QObject *parent = nullptr);
    ~GraphScene() override;

    GraphModel *model() const { return m_model; }
    NodeItem *nodeItem(NodeId id) const { return m_nodes.value(id); }
    EdgeItem *edgeItem(NodeId child) const { return m_edges.value(child); }

    /// Selected nodes in document order, and the children of selected edges.
    QList<NodeId> selectedNodeIds() const;
    QList<NodeId> selectedEdges() const;
    void selectNodes(const QList<NodeId> &ids);

    /// Problems per node (messages), shown as badges and tooltips; nodes not listed have none.
    /// `warningsOnly`: the nodes whose problems are all warnings (an amber badge, not red).
    void setProblems(const QHash<NodeId, QStringList> &problems,
                     const QSet<NodeId> &warningsOnly = {});

    bool snapToGrid() const { return m_snapToGrid; }
    void setSnapToGrid(bool snap) { m_snapToGrid = snap; }
    QPointF snapped(const QPointF &point) const;

    /// The rectangle around every node, empty for an empty graph.
    QRectF contentsRect() const;

    const QHash<NodeId, NodeItem *> &nodeItems() const { return m_nodes; }
    const QHash<NodeId, EdgeItem *> &edgeItems() const { return m_edges; }
    /// While simplified (the canvas zoomed out below 40 %), one SimplifiedLayer draws every
    /// node and edge and the items draw nothing; they still take clicks and rubber bands.
    void setSimplified(bool simplified);
    bool isSimplified() const { return m_simplified; }
    static constexpr qreal SimplifiedBelowZoom = 0.4;

    /// Why the edge being drawn may not end where the pointer is; empty when it may, or when no
    /// edge is being drawn. The views draw it beside the pointer, over the canvas (it is no
    /// item of the scene, so the overview never shows it).
    QString pendingRefusal() const { return m_refusal; }
    /// Where the pointer is while an edge is drawn.
    QPointF pendingEdgeEnd() const { return m_pendingEnd; }

Q_SIGNALS:
    /// Nodes dragged to new positions; the moves of one drag share `dragId`.
    void moveRequested(const QHash<spool::NodeId, QPointF> &positions, int dragId);
    void connectionRequested(spool::NodeId parent, spool::NodeId child);
    void connectionRefused(const QString &reason);
    /// An edge dragged out of `parent` was let go over empty canvas.
    void connectionDroppedOnCanvas(spool::NodeId parent, QPointF scenePos, QPoint screenPos);
    void kindDropped(const QString &kind, QPointF scenePos);
    void filesDropped(const QList<QUrl> &urls, QPointF scenePos);
    void canvasDoubleClicked(QPointF scenePos, QPoint screenPos);
    void nodeDoubleClicked(spool::NodeId id);
    /// A right click: the node under it (if any) has been made the selection when it was not
    /// part of it.
    void contextMenuRequested(QPoint screenPos);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;

private:
    void rebuild();
    void onNodeInserted(NodeId id);
    void onNodeRemoved(NodeId id);
    void onEdgeAdded(NodeId parent, NodeId child);
    void onEdgeRemoved(NodeId parent, NodeId child);
    void onNodeChanged(NodeId id);
    void onNodeMoved(NodeId id);
    void addEdgeItem(NodeId parent, NodeId child);
    void routeEdge(NodeId child);
    NodeItem *nodeItemAt(const QPointF &scenePos) const;
    EdgeItem *edgeItemAt(const QPointF &scenePos) const;
    void updatePendingEdge(const QPointF &scenePos);
    void finishPendingEdge(const QPointF &scenePos, const QPoint &screenPos);
    void clearDropTarget();
    void setRefusal(const QString &refusal, QPointF at);
    /// Repaints the simplified layer, which items cannot ask for while they draw nothing.
    void touchLayer();
    void applySimplified(QGraphicsItem *item) const;

    GraphModel *m_model;
    QHash<NodeId, NodeItem *> m_nodes;
    QHash<NodeId, EdgeItem *> m_edges;
    bool m_snapToGrid = true;
    bool m_simplified = false;
    SimplifiedLayer *m_layer = nullptr;

    // A drag of nodes in progress.
    QHash<NodeId, QPointF> m_dragOrigins;
    QPointF m_dragStart;
    NodeId m_dragAnchor = 0;
    int m_dragId = 0;
    bool m_dragMoved = false;

    // An edge being drawn out of a port.
    NodeId m_edgeFrom = 0;
    QGraphicsPathItem *m_pendingEdge = nullptr;
    QString m_refusal;
    QPointF m_pendingEnd;
    NodeItem *m_dropTarget = nullptr;
};

} // namespace spool
