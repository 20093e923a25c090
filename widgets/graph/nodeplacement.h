#pragma once

#include "graphnode.h"

#include <QRectF>

namespace spool {

class GraphModel;

/// Where new nodes go so that they never hide another: every way of adding tasks (quick-add,
/// the palette, a drop, an edge let go on empty canvas, paste, import) asks here with the
/// place it would like, and gets the nearest place where nothing is in the way.
class NodePlacement
{
public:
    NodePlacement() = delete;

    /// The top-left corner nearest to `wanted.topLeft()`, on the same grid of `step` units,
    /// where a rectangle of `wanted.size()` keeps at least the tidy layout's row gap from
    /// every node of `model` that is not in `ignore`. `wanted` itself when that is free.
    static QPointF nearestFree(const GraphModel &model,
                               const QRectF &wanted,
                               qreal step,
                               const QList<NodeId> &ignore = {});
    /// The same for one node at `wanted` (its top-left corner).
    static QPointF nearestFree(const GraphModel &model, QPointF wanted, qreal step);
    /// Where the tidy layout puts a new last child of `parent`: one column to the right, one
    /// row below its last child (level with the parent when it has none).
    static QPointF childPosition(const GraphModel &model, NodeId parent);
    /// Whether a node at `position` would keep the row gap from every other node.
    static bool isFree(const GraphModel &model,
                       const QRectF &rect,
                       const QList<NodeId> &ignore = {});
};

} // namespace spool
