#pragma once

#include <QImage>
#include <QWidget>

namespace spool {

/// Shows a picture: fitted to the view, at 100 % or zoomed with the wheel (about the pointer),
/// panned by dragging, over a checkerboard where it is transparent.
class ImageView : public QWidget
{
    Q_OBJECT

public:
    explicit ImageView(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    const QImage &image() const { return m_image; }
    /// Fit: the whole picture in the view, never larger than 100 %.
    void fit();
    void actualSize();
    void setZoom(double zoom, const QPointF &anchor = {});
    double zoom() const { return m_zoom; }
    bool fitting() const { return m_fitting; }
    /// Where the picture's pixel `imagePoint` is drawn, and back.
    QPointF toWidget(const QPointF &imagePoint) const;
    QPointF toImage(const QPointF &widgetPoint) const;
    QSize sizeHint() const override { return {480, 320}; }

Q_SIGNALS:
    void zoomChanged(double zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    /// Drawn over the picture, in widget coordinates (the sprite sheet marks its tile).
    virtual void paintOverlay(QPainter &painter);

private:
    double fitZoom() const;
    void clampOffset();

    QImage m_image;
    double m_zoom = 1.0;
    bool m_fitting = true;
    /// The top left of the picture in the widget.
    QPointF m_offset;
    QPoint m_dragFrom;
    bool m_dragging = false;
};

} // namespace spool
