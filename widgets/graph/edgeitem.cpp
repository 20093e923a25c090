#include "edgeitem.h"

#include <common/kindstyle.h>

#include <QApplication>
#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace spool {

using namespace Qt::Literals::StringLiterals;

EdgeItem::EdgeItem(NodeId child, bool conditional)
    : m_child(child)
    , m_conditional(conditional)
{
    setFlags(ItemIsSelectable);
    setZValue(0);
}

QPainterPath EdgeItem::curve(const QPointF &from, const QPointF &to)
{
    // Horizontal tangents at both ports; the handles grow with the distance so long edges
    // stay smooth and short ones do not loop.
    const qreal reach = std::max(40.0, std::abs(to.x() - from.x()) * 0.5);
    QPainterPath path(from);
    path.cubicTo(from + QPointF(reach, 0), to - QPointF(reach, 0), to);
    return path;
}

void EdgeItem::setEnds(const QPointF &from, const QPointF &to)
{
    if (from == m_from && to == m_to && !m_path.isEmpty())
        return;
    prepareGeometryChange();
    m_from = from;
    m_to = to;
    m_path = curve(from, to);
    m_bounds = m_path.boundingRect().adjusted(-8, -8, 8, 8);
}

QRectF EdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath EdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    return stroker.createStroke(m_path);
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette palette = scene() ? scene()->palette() : QApplication::palette();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    QColor colour = m_conditional ? KindStyle::groupColor(u"Logic") : palette.color(QPalette::Text);
    if (!m_conditional)
        colour.setAlphaF(0.5);
    qreal width = m_conditional ? 2 : 1.8;
    if (isSelected()) {
        colour = palette.color(QPalette::Highlight);
        width = 3;
    }
    if (lod < 0.4) {
        // Far out: a straight hairline is all the eye can tell apart.
        painter->setRenderHint(QPainter::Antialiasing, false);
        QPen pen(colour, 0);
        if (m_conditional)
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->drawLine(m_from, m_to);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
    QPen pen(colour, width, m_conditional ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    if (m_conditional) {
        // A diamond where the condition edge leaves, the flowchart sign for a decision.
        const QPointF at = m_from + QPointF(14, 0);
        QPolygonF diamond{at + QPointF(-6, 0),
                          at + QPointF(0, -6),
                          at + QPointF(6, 0),
                          at + QPointF(0, 6)};
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawPolygon(diamond);
    }
}

} // namespace spool
