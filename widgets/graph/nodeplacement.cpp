#include "nodeplacement.h"

#include "graphmodel.h"
#include "nodemetrics.h"

#include <cmath>

namespace spool {

namespace {

using namespace NodeMetrics;

// The clearance kept around a new node: the tidy layout's row gap on every side, so ports
// and edges stay readable.
QRectF padded(const QRectF &rect)
{
    return rect.adjusted(-RowGap, -RowGap, RowGap, RowGap);
}

QList<QRectF> obstacles(const GraphModel &model, const QList<NodeId> &ignore)
{
    QList<QRectF> rects;
    rects.reserve(model.nodeCount());
    for (NodeId id : model.nodeIds()) {
        if (!ignore.contains(id))
            rects.append(QRectF(model.node(id)->position, QSizeF(Width, Height)));
    }
    return rects;
}

bool clear(const QList<QRectF> &rects, const QRectF &candidate)
{
    const QRectF area = padded(candidate);
    for (const QRectF &rect : rects) {
        // Touching at the clearance's edge is free: a child at the tidy distance is fine.
        if (area.left() < rect.right() && rect.left() < area.right() && area.top() < rect.bottom()
            && rect.top() < area.bottom())
            return false;
    }
    return true;
}

} // namespace

bool NodePlacement::isFree(const GraphModel &model, const QRectF &rect, const QList<NodeId> &ignore)
{
    return clear(obstacles(model, ignore), rect);
}

QPointF NodePlacement::nearestFree(const GraphModel &model,
                                   const QRectF &wanted,
                                   qreal step,
                                   const QList<NodeId> &ignore)
{
    const QList<QRectF> rects = obstacles(model, ignore);
    if (clear(rects, wanted))
        return wanted.topLeft();
    // Ring after ring of grid points around the wanted corner (square rings, Chebyshev
    // distance r); the nearest free point by true distance is found once a ring's inner
    // distance exceeds the best so far. Bounded: beyond every node there is always room.
    QRectF all;
    for (const QRectF &rect : rects)
        all |= rect;
    const qreal reach = std::max({std::abs(all.right() - wanted.left()),
                                  std::abs(all.left() - wanted.right()),
                                  std::abs(all.bottom() - wanted.top()),
                                  std::abs(all.top() - wanted.bottom())})
                        + 2 * RowGap;
    const int maxRing = int(std::ceil(reach / step)) + 1;
    QPointF best;
    qreal bestDistance = -1;
    for (int ring = 1; ring <= maxRing; ++ring) {
        if (bestDistance >= 0 && ring * step > bestDistance)
            break;
        // Downwards and rightwards first, so that of two places as near the one below or
        // to the right wins, as a person reads a graph.
        for (int dy = ring; dy >= -ring; --dy) {
            for (int dx = ring; dx >= -ring; --dx) {
                if (std::abs(dx) != ring && std::abs(dy) != ring)
                    continue;
                const QPointF offset(dx * step, dy * step);
                const qreal distance = std::hypot(offset.x(), offset.y());
                if (bestDistance >= 0 && distance >= bestDistance)
                    continue;
                if (clear(rects, wanted.translated(offset))) {
                    best = wanted.topLeft() + offset;
                    bestDistance = distance;
                }
            }
        }
    }
    return bestDistance >= 0 ? best : wanted.topLeft();
}

QPointF NodePlacement::nearestFree(const GraphModel &model, QPointF wanted, qreal step)
{
    return nearestFree(model, QRectF(wanted, QSizeF(Width, Height)), step);
}

QPointF NodePlacement::childPosition(const GraphModel &model, NodeId parent)
{
    const GraphNode *node = model.node(parent);
    if (!node)
        return {};
    const QList<NodeId> children = model.children(parent);
    qreal y = node->position.y();
    if (!children.isEmpty()) {
        for (NodeId child : children)
            y = std::max(y, model.node(child)->position.y() + Height + RowGap);
    }
    return QPointF(node->position.x() + Width + ColumnGap, y);
}

} // namespace spool
