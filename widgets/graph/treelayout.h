#pragma once

#include "graphnode.h"

#include <QHash>
#include <QSizeF>

namespace spool {

class GraphModel;

/// The tidy left-to-right layout of a run: each task one column right of its parent, leaves
/// in document order one row apart, every parent centred on its children; trees stacked top
/// to bottom, in several columns when there are many. Linear in the number of nodes and
/// iterative, so any depth is safe.
class TreeLayout
{
public:
    TreeLayout(QSizeF nodeSize, QSizeF spacing);
    /// The layout of the canvas: its node size and gaps (NodeMetrics).
    static TreeLayout standard();

    /// Top-left positions for the given roots' subtrees (all roots when empty), starting at
    /// `origin`.
    QHash<NodeId, QPointF> arrange(const GraphModel &model,
                                   const QList<NodeId> &roots = {},
                                   QPointF origin = {}) const;

private:
    QSizeF m_nodeSize;
    QSizeF m_spacing;
};

} // namespace spool
