#include "graphscene.h"

#include "edgeitem.h"
#include "graphmodel.h"
#include "nodeitem.h"
#include "nodemetrics.h"
#include "simplifiedlayer.h"

#include <common/mimetypes.h>

#include <QGraphicsPathItem>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QKeyEvent>
#include <QMimeData>
#include <QPalette>
#include <QPen>

#include <cmath>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qreal SceneExtent = 1e6;

} // namespace

GraphScene::GraphScene(GraphModel *model, QObject *parent)
    : QGraphicsScene(parent)
    , m_model(model)
{
    // Nodes move in bulk (tidy layout, undo of a large paste); a linear scan over the items is
    // cheaper than keeping a BSP tree up to date, even for thousands of nodes.
    setItemIndexMethod(NoIndex);
    setSceneRect(-SceneExtent, -SceneExtent, 2 * SceneExtent, 2 * SceneExtent);
    connect(model, &GraphModel::modelReset, this, &GraphScene::rebuild);
    connect(model, &GraphModel::nodeInserted, this, &GraphScene::onNodeInserted);
    connect(model, &GraphModel::nodeRemoved, this, &GraphScene::onNodeRemoved);
    connect(model, &GraphModel::edgeAdded, this, &GraphScene::onEdgeAdded);
    connect(model, &GraphModel::edgeRemoved, this, &GraphScene::onEdgeRemoved);
    connect(model, &GraphModel::nodeChanged, this, &GraphScene::onNodeChanged);
    connect(model, &GraphModel::nodeMoved, this, &GraphScene::onNodeMoved);
    connect(this, &QGraphicsScene::selectionChanged, this, &GraphScene::touchLayer);
    rebuild();
}

GraphScene::~GraphScene()
{
    // ~QGraphicsScene deletes the items, and selected ones announce it: silence this scene
    // first, while it is still a GraphScene.
    blockSignals(true);
    m_layer = nullptr;
    m_nodes.clear();
    m_edges.clear();
    clear();
}

void GraphScene::setSimplified(bool simplified)
{
    if (simplified == m_simplified)
        return;
    m_simplified = simplified;
    for (NodeItem *item : std::as_const(m_nodes))
        applySimplified(item);
    for (EdgeItem *item : std::as_const(m_edges))
        applySimplified(item);
    m_layer->setVisible(simplified);
    if (!simplified) {
        // Items that drew nothing did not ask to be repainted meanwhile.
        update();
    }
}

void GraphScene::applySimplified(QGraphicsItem *item) const
{
    item->setFlag(QGraphicsItem::ItemHasNoContents, m_simplified);
}

void GraphScene::touchLayer()
{
    if (m_simplified && m_layer)
        m_layer->update();
}

void GraphScene::rebuild()
{
    m_pendingEdge = nullptr;
    m_refusal.clear();
    m_dropTarget = nullptr;
    m_edgeFrom = 0;
    m_dragOrigins.clear();
    const bool hadSelection = !selectedItems().isEmpty();
    {
        // Deleting selected items announces each; nothing may react to a half-cleared scene.
        const QSignalBlocker blocker(this);
        m_layer = nullptr;
        m_nodes.clear();
        m_edges.clear();
        clear();
    }
    if (hadSelection)
        Q_EMIT selectionChanged();
    m_layer = new SimplifiedLayer(this);
    m_layer->setVisible(m_simplified);
    addItem(m_layer);
    const QList<NodeId> ids = m_model->nodeIds();
    m_nodes.reserve(ids.size());
    for (NodeId id : ids)
        onNodeInserted(id);
    for (NodeId id : ids) {
        const NodeId parent = m_model->parentOf(id);
        if (parent != 0)
            addEdgeItem(parent, id);
    }
}

void GraphScene::onNodeInserted(NodeId id)
{
    auto *item = new NodeItem(id, m_model);
    item->setPos(m_model->node(id)->position);
    applySimplified(item);
    addItem(item);
    m_nodes.insert(id, item);
    touchLayer();
}

void GraphScene::onNodeRemoved(NodeId id)
{
    if (NodeItem *item = m_nodes.take(id)) {
        if (item == m_dropTarget)
            m_dropTarget = nullptr;
        delete item;
    }
    m_dragOrigins.remove(id);
    touchLayer();
}

void GraphScene::addEdgeItem(NodeId parent, NodeId child)
{
    const GraphNode *from = m_model->node(parent);
    auto *edge = new EdgeItem(child, from && from->kind == u"conditions");
    applySimplified(edge);
    addItem(edge);
    m_edges.insert(child, edge);
    routeEdge(child);
    touchLayer();
}

void GraphScene::onEdgeAdded(NodeId parent, NodeId child)
{
    addEdgeItem(parent, child);
}

void GraphScene::onEdgeRemoved(NodeId, NodeId child)
{
    delete m_edges.take(child);
    touchLayer();
}

void GraphScene::onNodeChanged(NodeId id)
{
    if (NodeItem *item = m_nodes.value(id))
        item->refresh();
    touchLayer();
}

void GraphScene::routeEdge(NodeId child)
{
    EdgeItem *edge = m_edges.value(child);
    NodeItem *to = m_nodes.value(child);
    NodeItem *from = m_nodes.value(m_model->parentOf(child));
    if (edge && to && from)
        edge->setEnds(from->outputPortPosition(), to->inputPortPosition());
}

void GraphScene::onNodeMoved(NodeId id)
{
    NodeItem *item = m_nodes.value(id);
    if (!item)
        return;
    item->setPos(m_model->node(id)->position);
    routeEdge(id);
    for (NodeId child : m_model->children(id))
        routeEdge(child);
    touchLayer();
}

QList<NodeId> GraphScene::selectedNodeIds() const
{
    QList<NodeId> ids;
    for (NodeId id : m_model->nodeIds()) {
        if (NodeItem *item = m_nodes.value(id); item && item->isSelected())
            ids.append(id);
    }
    return ids;
}

QList<NodeId> GraphScene::selectedEdges() const
{
    QList<NodeId> children;
    for (NodeId id : m_model->nodeIds()) {
        if (EdgeItem *edge = m_edges.value(id); edge && edge->isSelected())
            children.append(id);
    }
    return children;
}

void GraphScene::selectNodes(const QList<NodeId> &ids)
{
    // One selectionChanged for the whole change.
    QSignalBlocker blocker(this);
    clearSelection();
    for (NodeId id : ids) {
        if (NodeItem *item = m_nodes.value(id))
            item->setSelected(true);
    }
    blocker.unblock();
    Q_EMIT selectionChanged();
}

void GraphScene::setProblems(const QHash<NodeId, QStringList> &problems,
                             const QSet<NodeId> &warningsOnly)
{
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        it.value()->setProblems(problems.value(it.key()), !warningsOnly.contains(it.key()));
    touchLayer();
}

QPointF GraphScene::snapped(const QPointF &point) const
{
    if (!m_snapToGrid)
        return point;
    return QPointF(std::round(point.x() / NodeMetrics::GridStep) * NodeMetrics::GridStep,
                   std::round(point.y() / NodeMetrics::GridStep) * NodeMetrics::GridStep);
}

QRectF GraphScene::contentsRect() const
{
    QRectF rect;
    for (const NodeItem *item : m_nodes)
        rect |= item->sceneBoundingRect();
    return rect;
}

NodeItem *GraphScene::nodeItemAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (item->type() == NodeItem::Type)
            return static_cast<NodeItem *>(item);
    }
    return nullptr;
}

EdgeItem *GraphScene::edgeItemAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (item->type() == EdgeItem::Type)
            return static_cast<EdgeItem *>(item);
    }
    return nullptr;
}

void GraphScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    NodeItem *item = event->button() == Qt::LeftButton ? nodeItemAt(event->scenePos()) : nullptr;
    if (item && item->portAt(item->mapFromScene(event->scenePos())) == NodeItem::Port::Output) {
        m_edgeFrom = item->nodeId();
        m_pendingEdge = new QGraphicsPathItem;
        QPen pen(palette().color(QPalette::Highlight), 2, Qt::DashLine);
        pen.setCosmetic(true);
        m_pendingEdge->setPen(pen);
        m_pendingEdge->setZValue(3);
        addItem(m_pendingEdge);
        updatePendingEdge(event->scenePos());
        event->accept();
        return;
    }
    QGraphicsScene::mousePressEvent(event);
    if (item && item->isSelected() && event->button() == Qt::LeftButton) {
        m_dragOrigins.clear();
        for (NodeId id : selectedNodeIds())
            m_dragOrigins.insert(id, m_model->node(id)->position);
        m_dragStart = event->scenePos();
        m_dragAnchor = item->nodeId();
        m_dragMoved = false;
        ++m_dragId;
    }
}

void GraphScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_edgeFrom != 0) {
        updatePendingEdge(event->scenePos());
        event->accept();
        return;
    }
    if (!m_dragOrigins.isEmpty() && (event->buttons() & Qt::LeftButton)) {
        const QPointF delta = event->scenePos() - m_dragStart;
        if (!m_dragMoved && delta.manhattanLength() < 3)
            return;
        m_dragMoved = true;
        // The grabbed node snaps to the grid; the others keep their distance to it.
        const QPointF anchorOrigin = m_dragOrigins.value(m_dragAnchor);
        const QPointF shift = snapped(anchorOrigin + delta) - anchorOrigin;
        QHash<NodeId, QPointF> positions;
        for (auto it = m_dragOrigins.cbegin(); it != m_dragOrigins.cend(); ++it)
            positions.insert(it.key(), it.value() + shift);
        Q_EMIT moveRequested(positions, m_dragId);
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void GraphScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_edgeFrom != 0) {
        finishPendingEdge(event->scenePos(), event->screenPos());
        event->accept();
        return;
    }
    m_dragOrigins.clear();
    QGraphicsScene::mouseReleaseEvent(event);
}

void GraphScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (NodeItem *item = nodeItemAt(event->scenePos()))
            Q_EMIT nodeDoubleClicked(item->nodeId());
        else if (!edgeItemAt(event->scenePos()))
            Q_EMIT canvasDoubleClicked(event->scenePos(), event->screenPos());
        event->accept();
        return;
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void GraphScene::updatePendingEdge(const QPointF &scenePos)
{
    NodeItem *from = m_nodes.value(m_edgeFrom);
    if (!from || !m_pendingEdge)
        return;
    NodeItem *target = nodeItemAt(scenePos);
    if (target != m_dropTarget)
        clearDropTarget();
    QString refusal;
    QPointF end = scenePos;
    if (target && target != from) {
        refusal = m_model->connectionRefusal(m_edgeFrom, target->nodeId());
        target->setDropState(refusal.isEmpty() ? NodeItem::DropState::Accepts
                                               : NodeItem::DropState::Refuses);
        m_dropTarget = target;
        if (refusal.isEmpty())
            end = target->inputPortPosition();
    }
    m_pendingEdge->setPath(EdgeItem::curve(from->outputPortPosition(), end));
    QPen pen = m_pendingEdge->pen();
    pen.setColor(refusal.isEmpty() ? palette().color(QPalette::Highlight)
                                   : QColor(0xd0, 0x30, 0x30));
    m_pendingEdge->setPen(pen);
    setRefusal(refusal, scenePos);
    touchLayer();
}

void GraphScene::setRefusal(const QString &refusal, QPointF at)
{
    const bool shown = !refusal.isEmpty() || !m_refusal.isEmpty();
    m_refusal = refusal;
    m_pendingEnd = at;
    if (!shown)
        return;
    // Drawn by the views in their own pixels, so only they know where: they repaint.
    for (QGraphicsView *view : views())
        view->viewport()->update();
}

void GraphScene::clearDropTarget()
{
    if (m_dropTarget)
        m_dropTarget->setDropState(NodeItem::DropState::None);
    m_dropTarget = nullptr;
    touchLayer();
}

void GraphScene::finishPendingEdge(const QPointF &scenePos, const QPoint &screenPos)
{
    const NodeId from = m_edgeFrom;
    m_edgeFrom = 0;
    clearDropTarget();
    delete m_pendingEdge;
    m_pendingEdge = nullptr;
    setRefusal(QString(), scenePos);

    NodeItem *target = nodeItemAt(scenePos);
    // The mouse was grabbed throughout: no hover event shrank the ports it passed.
    if (NodeItem *source = m_nodes.value(from))
        source->clearHover();
    if (target)
        target->clearHover();
    if (!target) {
        Q_EMIT connectionDroppedOnCanvas(from, scenePos, screenPos);
        return;
    }
    if (target->nodeId() == from)
        return; // a click on the port, not a drag
    const QString refusal = m_model->connectionRefusal(from, target->nodeId());
    if (refusal.isEmpty())
        Q_EMIT connectionRequested(from, target->nodeId());
    else
        Q_EMIT connectionRefused(refusal);
}

void GraphScene::keyPressEvent(QKeyEvent *event)
{
    // Arrow keys nudge the selection by a grid step, Shift by five.
    QPointF step;
    switch (event->key()) {
    case Qt::Key_Left:
        step = QPointF(-1, 0);
        break;
    case Qt::Key_Right:
        step = QPointF(1, 0);
        break;
    case Qt::Key_Up:
        step = QPointF(0, -1);
        break;
    case Qt::Key_Down:
        step = QPointF(0, 1);
        break;
    default:
        QGraphicsScene::keyPressEvent(event);
        return;
    }
    const QList<NodeId> selected = selectedNodeIds();
    if (selected.isEmpty()) {
        QGraphicsScene::keyPressEvent(event);
        return;
    }
    step *= NodeMetrics::GridStep * (event->modifiers() & Qt::ShiftModifier ? 5 : 1);
    QHash<NodeId, QPointF> positions;
    for (NodeId id : selected)
        positions.insert(id, m_model->node(id)->position + step);
    Q_EMIT moveRequested(positions, ++m_dragId);
    event->accept();
}

void GraphScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    QGraphicsItem *item = nodeItemAt(event->scenePos());
    if (!item)
        item = edgeItemAt(event->scenePos());
    if (item && !item->isSelected()) {
        clearSelection();
        item->setSelected(true);
    }
    Q_EMIT contextMenuRequested(event->screenPos());
    event->accept();
}

void GraphScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasFormat(MimeTypes::taskKind()) || mime->hasUrls()) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    event->ignore();
}

void GraphScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    dragEnterEvent(event);
}

void GraphScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    const QPointF at = snapped(event->scenePos()
                               - QPointF(NodeMetrics::Width / 2, NodeMetrics::Height / 2));
    if (mime->hasFormat(MimeTypes::taskKind())) {
        Q_EMIT kindDropped(QString::fromUtf8(mime->data(MimeTypes::taskKind())), at);
    } else if (mime->hasUrls()) {
        Q_EMIT filesDropped(mime->urls(), at);
    } else {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

} // namespace spool
