#include "treelayout.h"

#include "graphmodel.h"
#include "nodemetrics.h"

#include <cmath>

namespace spool {

TreeLayout::TreeLayout(QSizeF nodeSize, QSizeF spacing)
    : m_nodeSize(nodeSize)
    , m_spacing(spacing)
{}

TreeLayout TreeLayout::standard()
{
    return TreeLayout(QSizeF(NodeMetrics::Width, NodeMetrics::Height),
                      QSizeF(NodeMetrics::ColumnGap, NodeMetrics::RowGap));
}

QHash<NodeId, QPointF> TreeLayout::arrange(const GraphModel &model,
                                           const QList<NodeId> &roots,
                                           QPointF origin) const
{
    const qreal columnStep = m_nodeSize.width() + m_spacing.width();
    const qreal rowStep = m_nodeSize.height() + m_spacing.height();
    QHash<NodeId, QPointF> positions;
    QHash<NodeId, qreal> rows; // the row each node is centred on, fractional for parents

    // Each tree first on its own, from its top-left corner: post-order without recursion, a
    // node placed once all its children are.
    struct Frame
    {
        NodeId id;
        int depth;
        bool expanded;
    };
    struct Tree
    {
        QList<NodeId> nodes;
        QSizeF size;
    };
    QList<Tree> trees;
    const QList<NodeId> &starts = roots.isEmpty() ? model.roots() : roots;
    qreal totalArea = 0;
    qreal tallest = 0;
    for (NodeId root : starts) {
        Tree tree;
        qreal nextLeafRow = 0;
        int deepest = 0;
        QList<Frame> stack{Frame{root, 0, false}};
        while (!stack.isEmpty()) {
            Frame &frame = stack.last();
            const QList<NodeId> children = model.children(frame.id);
            if (!frame.expanded && !children.isEmpty()) {
                frame.expanded = true;
                const int depth = frame.depth;
                for (auto it = children.crbegin(); it != children.crend(); ++it)
                    stack.append(Frame{*it, depth + 1, false});
                continue;
            }
            const Frame done = stack.takeLast();
            qreal row = 0;
            if (children.isEmpty()) {
                row = nextLeafRow;
                nextLeafRow += 1;
            } else {
                row = (rows.value(children.constFirst()) + rows.value(children.constLast())) / 2;
            }
            rows.insert(done.id, row);
            positions.insert(done.id, QPointF(done.depth * columnStep, row * rowStep));
            deepest = std::max(deepest, done.depth);
            tree.nodes.append(done.id);
        }
        tree.size = QSizeF((deepest + 1) * columnStep, nextLeafRow * rowStep);
        totalArea += tree.size.width() * tree.size.height();
        tallest = std::max(tallest, tree.size.height());
        trees.append(tree);
    }

    // Then the trees one below the other, half a row apart, in columns no taller than a
    // screen-shaped (16:10) rectangle of their total area needs, so that many small runs fit
    // a view instead of making one endless strip.
    const qreal columnHeight = std::max(tallest, std::sqrt(totalArea / 1.6));
    QPointF corner = origin;
    qreal columnWidth = 0;
    for (const Tree &tree : std::as_const(trees)) {
        if (corner.y() > origin.y() && corner.y() + tree.size.height() > origin.y() + columnHeight) {
            corner = QPointF(corner.x() + columnWidth + columnStep, origin.y());
            columnWidth = 0;
        }
        for (NodeId id : tree.nodes)
            positions[id] += corner;
        corner.ry() += tree.size.height() + rowStep / 2;
        columnWidth = std::max(columnWidth, tree.size.width());
    }
    return positions;
}

} // namespace spool
