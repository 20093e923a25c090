#include "graphview.h"

#include "graphscene.h"
#include "nodemetrics.h"

#include <QGraphicsScene>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace spool {

GraphView::GraphView(QWidget *parent)
    : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(-20000, -20000, 40000, 40000, this));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    // Repaint only what changed; items paint without saving painter state between them.
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState
                         | QGraphicsView::DontAdjustForAntialiasing);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setFrameShape(QFrame::NoFrame);
    setAcceptDrops(true);
    // The canvas is boundless: it pans with the middle button, Space+drag and the overview,
    // so scroll bars would only measure an arbitrary scene rectangle.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
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
    if (auto *graph = qobject_cast<GraphScene *>(scene()))
        graph->setSimplified(factor < GraphScene::SimplifiedBelowZoom);
    Q_EMIT zoomChanged(factor);
    Q_EMIT viewportMoved();
}

void GraphView::fitRect(const QRectF &rect)
{
    if (rect.isEmpty()) {
        setZoom(1.0);
        centerOn(0, 0);
        return;
    }
    const QRectF padded = rect.adjusted(-40, -40, 40, 40);
    const QSizeF area = viewport()->size();
    const qreal factor = std::min(
        {area.width() / padded.width(), area.height() / padded.height(), 1.0});
    setZoom(factor);
    centerOn(padded.center());
    Q_EMIT viewportMoved();
}

void GraphView::drawBackground(QPainter *painter, const QRectF &rect)
{
    const QPalette palette = this->palette();
    painter->fillRect(rect, palette.color(QPalette::Base));

    // Dots on the grid, thinned by powers of five so they stay at least 10 pixels apart at
    // any zoom: the canvas never turns into noise and a fit-to-view paints few of them.
    qreal step = NodeMetrics::GridStep;
    while (step * zoom() < 10)
        step *= 5;
    const qreal majorStep = step * 5;
    QColor minor = palette.color(QPalette::Text);
    minor.setAlphaF(0.25);
    QColor major = palette.color(QPalette::Text);
    major.setAlphaF(0.35);

    const qreal left = std::floor(rect.left() / step) * step;
    const qreal top = std::floor(rect.top() / step) * step;
    QList<QPointF> minorPoints;
    QList<QPointF> majorPoints;
    for (qreal x = left; x < rect.right(); x += step) {
        const bool majorColumn = std::fmod(std::abs(x), majorStep) < 0.5;
        for (qreal y = top; y < rect.bottom(); y += step) {
            const bool isMajor = majorColumn && std::fmod(std::abs(y), majorStep) < 0.5;
            (isMajor ? majorPoints : minorPoints).append(QPointF(x, y));
        }
    }
    painter->setRenderHint(QPainter::Antialiasing, false);
    // Cosmetic pens of whole pixels: single-pixel points are the cheapest thing to draw.
    QPen minorPen(minor, 1);
    minorPen.setCosmetic(true);
    painter->setPen(minorPen);
    painter->drawPoints(minorPoints.constData(), int(minorPoints.size()));
    QPen majorPen(major, 2);
    majorPen.setCosmetic(true);
    painter->setPen(majorPen);
    painter->drawPoints(majorPoints.constData(), int(majorPoints.size()));
}

void GraphView::setPlaceholderText(const QString &text)
{
    if (text == m_placeholder)
        return;
    m_placeholder = text;
    viewport()->update();
}

QRect GraphView::placeholderRect() const
{
    if (m_placeholder.isEmpty())
        return {};
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    const QFontMetrics metrics(font);
    const QRect area = viewport()->rect().adjusted(40, 40, -40, -40);
    const QRect text = metrics.boundingRect(area, Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
    return text.adjusted(-18, -12, 18, 12).intersected(viewport()->rect());
}

namespace {

constexpr int RefusalPadding = 6;
constexpr int RefusalOffset = 16;

QFont refusalFont(const QWidget *view)
{
    return view->font();
}

} // namespace

QRect GraphView::refusalRect() const
{
    const auto *graph = qobject_cast<const GraphScene *>(scene());
    if (!graph || graph->pendingRefusal().isEmpty())
        return {};
    const QRect area = viewport()->rect().adjusted(4, 4, -4, -4);
    const QFontMetrics metrics(refusalFont(this));
    const int maxWidth = std::max(40, std::min(area.width(), 420) - 2 * RefusalPadding);
    const QRect text = metrics.boundingRect(QRect(0, 0, maxWidth, 10000),
                                            Qt::TextWordWrap,
                                            graph->pendingRefusal());
    QRect box(mapFromScene(graph->pendingEdgeEnd()) + QPoint(RefusalOffset, RefusalOffset),
              text.size() + QSize(2 * RefusalPadding, 2 * RefusalPadding));
    // Kept inside the viewport: moved left of or above the pointer near the far edges.
    if (box.right() > area.right())
        box.moveRight(
            std::max(area.left() + box.width() - 1, box.left() - box.width() - 2 * RefusalOffset));
    if (box.bottom() > area.bottom())
        box.moveBottom(
            std::max(area.top() + box.height() - 1, box.top() - box.height() - 2 * RefusalOffset));
    box.moveLeft(
        std::clamp(box.left(), area.left(), std::max(area.left(), area.right() - box.width() + 1)));
    box.moveTop(
        std::clamp(box.top(), area.top(), std::max(area.top(), area.bottom() - box.height() + 1)));
    return box;
}

void GraphView::drawRefusal(QPainter *painter) const
{
    const QRect box = refusalRect();
    if (box.isEmpty())
        return;
    const auto *graph = qobject_cast<const GraphScene *>(scene());
    const QColor red(0xd0, 0x30, 0x30);
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(red, 1.5));
    painter->setBrush(palette().color(QPalette::ToolTipBase));
    painter->drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    painter->setFont(refusalFont(this));
    painter->setPen(palette().color(QPalette::ToolTipText));
    painter->drawText(box.adjusted(RefusalPadding, RefusalPadding, -RefusalPadding, -RefusalPadding),
                      Qt::TextWordWrap,
                      graph->pendingRefusal());
}

void GraphView::drawForeground(QPainter *painter, const QRectF &rect)
{
    Q_UNUSED(rect);
    if (!refusalRect().isEmpty()) {
        painter->save();
        painter->resetTransform();
        drawRefusal(painter);
        painter->restore();
    }
    if (m_placeholder.isEmpty())
        return;
    // In the view's own pixels, so the hint reads the same at any zoom; on a panel of its
    // own, so the grid's dots do not run through the words.
    painter->save();
    painter->resetTransform();
    QFont font = painter->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    painter->setFont(font);
    const QRect panel = placeholderRect();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(palette().color(QPalette::Mid), 1));
    painter->setBrush(palette().color(QPalette::Base));
    painter->drawRoundedRect(QRectF(panel).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    QColor colour = palette().color(QPalette::Text);
    colour.setAlphaF(0.75);
    painter->setPen(colour);
    const QRect area = viewport()->rect().adjusted(40, 40, -40, -40);
    painter->drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
    painter->restore();
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

void GraphView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void GraphView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint now = event->position().toPoint();
        const QPoint delta = now - m_panLast;
        m_panLast = now;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void GraphView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void GraphView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void GraphView::focusOutEvent(QFocusEvent *event)
{
    // The key release of a Space held while focus left never arrives here.
    m_spaceHeld = false;
    if (!m_panning)
        viewport()->setCursor(Qt::ArrowCursor);
    QGraphicsView::focusOutEvent(event);
}

void GraphView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    Q_EMIT viewportMoved();
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    Q_EMIT viewportMoved();
}

} // namespace spool
