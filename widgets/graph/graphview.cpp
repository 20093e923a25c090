#include "graphview.h"

#include <QGraphicsScene>
#include <QPainter>
#include <QWheelEvent>

#include <cmath>

namespace spool {

namespace {

constexpr qreal MinZoom = 0.1;
constexpr qreal MaxZoom = 4.0;
constexpr qreal SceneExtent = 20000;

} // namespace

GraphView::GraphView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
{
    m_scene->setSceneRect(-SceneExtent, -SceneExtent, 2 * SceneExtent, 2 * SceneExtent);
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setDragMode(QGraphicsView::RubberBandDrag);
    setFrameShape(QFrame::NoFrame);
    centerOn(0, 0);
}

qreal GraphView::zoom() const
{
    return transform().m11();
}

void GraphView::setZoom(qreal factor)
{
    factor = qBound(MinZoom, factor, MaxZoom);
    if (qFuzzyCompare(factor, zoom()))
        return;
    setTransform(QTransform::fromScale(factor, factor));
    Q_EMIT zoomChanged(factor);
}

void GraphView::drawBackground(QPainter *painter, const QRectF &rect)
{
    const QPalette palette = this->palette();
    painter->fillRect(rect, palette.color(QPalette::Base));

    // Minor dots every grid step, stronger ones every five; dots thin out when zoomed far out
    // so the canvas never turns into noise.
    const int step = zoom() < 0.5 ? GridSize * 5 : GridSize;
    QColor minor = palette.color(QPalette::Text);
    minor.setAlphaF(0.12);
    QColor major = palette.color(QPalette::Text);
    major.setAlphaF(0.28);

    const qreal left = std::floor(rect.left() / step) * step;
    const qreal top = std::floor(rect.top() / step) * step;
    QList<QPointF> minorPoints;
    QList<QPointF> majorPoints;
    for (qreal x = left; x < rect.right(); x += step) {
        for (qreal y = top; y < rect.bottom(); y += step) {
            const bool isMajor = qRound(x) % (GridSize * 5) == 0 && qRound(y) % (GridSize * 5) == 0;
            (isMajor ? majorPoints : minorPoints).append(QPointF(x, y));
        }
    }
    painter->setPen(QPen(minor, 1.5 / zoom()));
    painter->drawPoints(minorPoints.constData(), int(minorPoints.size()));
    painter->setPen(QPen(major, 2.5 / zoom()));
    painter->drawPoints(majorPoints.constData(), int(majorPoints.size()));
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        setZoom(zoom() * std::pow(1.15, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

} // namespace spool
