#pragma once

#include "graphnode.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace spool {

/// A `next` edge, drawn from the parent's output port to the child's input port. An edge
/// is identified by its child, since a task has one parent at most. Edges out of a conditions
/// task are condition edges: dashed, in the logic colour, with a diamond where they leave.
class EdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    EdgeItem(NodeId child, bool conditional);

    NodeId child() const { return m_child; }
    bool isConditional() const { return m_conditional; }
    int type() const override { return Type; }

    /// Routes the edge between two scene points (the two ports).
    void setEnds(const QPointF &from, const QPointF &to);
    QPointF from() const { return m_from; }
    QPointF to() const { return m_to; }

    /// The curve every edge uses, also for the edge being dragged out of a port.
    static QPainterPath curve(const QPointF &from, const QPointF &to);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    NodeId m_child;
    bool m_conditional;
    QPointF m_from;
    QPointF m_to;
    QPainterPath m_path;
    QRectF m_bounds;
};

} // namespace spool
