#include "imageview.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

namespace spool {

namespace {

constexpr double MinZoom = 0.05;
constexpr double MaxZoom = 32.0;

QPixmap checkerboard(const QPalette &palette)
{
    // Two greys near the palette's base, so transparency reads on light and dark alike.
    const QColor base = palette.color(QPalette::Base);
    const QColor other = base.lightness() > 128 ? base.darker(115) : base.lighter(140);
    QPixmap tile(16, 16);
    tile.fill(base);
    QPainter painter(&tile);
    painter.fillRect(0, 0, 8, 8, other);
    painter.fillRect(8, 8, 8, 8, other);
    return tile;
}

} // namespace

ImageView::ImageView(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMinimumSize(120, 90);
}

void ImageView::setImage(const QImage &image)
{
    m_image = image;
    fit();
}

double ImageView::fitZoom() const
{
    if (m_image.isNull() || width() <= 0 || height() <= 0)
        return 1.0;
    return std::min({1.0, double(width()) / m_image.width(), double(height()) / m_image.height()});
}

void ImageView::fit()
{
    m_fitting = true;
    m_zoom = fitZoom();
    m_offset = QPointF((width() - m_image.width() * m_zoom) / 2,
                       (height() - m_image.height() * m_zoom) / 2);
    update();
    Q_EMIT zoomChanged(m_zoom);
}

void ImageView::actualSize()
{
    setZoom(1.0, QPointF(width() / 2.0, height() / 2.0));
}

void ImageView::setZoom(double zoom, const QPointF &anchor)
{
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    // The pixel under the anchor stays under it.
    const QPointF imagePoint = toImage(anchor);
    m_zoom = zoom;
    m_fitting = false;
    m_offset = anchor - imagePoint * m_zoom;
    clampOffset();
    update();
    Q_EMIT zoomChanged(m_zoom);
}

QPointF ImageView::toWidget(const QPointF &imagePoint) const
{
    return m_offset + imagePoint * m_zoom;
}

QPointF ImageView::toImage(const QPointF &widgetPoint) const
{
    return (widgetPoint - m_offset) / m_zoom;
}

void ImageView::clampOffset()
{
    // A picture smaller than the view stays centred; a larger one cannot leave a gap.
    const double w = m_image.width() * m_zoom;
    const double h = m_image.height() * m_zoom;
    if (w <= width())
        m_offset.setX((width() - w) / 2);
    else
        m_offset.setX(std::clamp(m_offset.x(), width() - w, 0.0));
    if (h <= height())
        m_offset.setY((height() - h) / 2);
    else
        m_offset.setY(std::clamp(m_offset.y(), height() - h, 0.0));
}

void ImageView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    if (m_image.isNull())
        return;
    const QRectF target(m_offset, QSizeF(m_image.size()) * m_zoom);
    if (m_image.hasAlphaChannel())
        painter.fillRect(target, QBrush(checkerboard(palette())));
    painter.setRenderHint(QPainter::SmoothPixmapTransform, m_zoom < 1.0);
    painter.drawImage(target, m_image);
    paintOverlay(painter);
}

void ImageView::paintOverlay(QPainter &) {}

void ImageView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fitting)
        fit();
    else
        clampOffset();
}

void ImageView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    setZoom(m_zoom * std::pow(1.25, steps), event->position());
    event->accept();
}

void ImageView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton) {
        m_dragFrom = event->position().toPoint();
        m_dragging = true;
    }
    QWidget::mousePressEvent(event);
}

void ImageView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging && (event->buttons() & (Qt::LeftButton | Qt::MiddleButton))) {
        const QPoint now = event->position().toPoint();
        m_offset += QPointF(now - m_dragFrom);
        m_dragFrom = now;
        clampOffset();
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void ImageView::mouseReleaseEvent(QMouseEvent *event)
{
    m_dragging = false;
    QWidget::mouseReleaseEvent(event);
}

} // namespace spool
