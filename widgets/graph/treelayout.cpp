#include "treelayout.h"

#include "graphmodel.h"
#include "nodemetrics.h"

#include <QSet>

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
    qreal nextLeafRow = 0;

    // Post-order without recursion: a node is placed once all its children are.
    struct Frame
    {
        NodeId id;
        int depth;
        bool expanded;
    };
    QList<Frame> stack;
    const QList<NodeId> &starts = roots.isEmpty() ? model.roots() : roots;
    const QSet<NodeId> startSet(starts.cbegin(), starts.cend());
    for (auto it = starts.crbegin(); it != starts.crend(); ++it)
        stack.append(Frame{*it, 0, false});
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
        positions.insert(done.id, origin + QPointF(done.depth * columnStep, row * rowStep));
        // A gap of half a row between trees keeps separate runs apart.
        if (startSet.contains(done.id))
            nextLeafRow += 0.5;
    }
    return positions;
}

} // namespace spool
