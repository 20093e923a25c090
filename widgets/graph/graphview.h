#pragma once

#include <QGraphicsView>

namespace spool {

/// The canvas a run is drawn on: a dotted grid, zoom with Ctrl+wheel or the zoom actions,
/// pan with the middle button, Space+drag or the scroll bars, rubber-band selection with the
/// left button on empty canvas. It follows the palette, so it reads in light and dark
/// desktops alike.
class GraphView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit GraphView(QWidget *parent = nullptr);

    static constexpr qreal MinZoom = 0.02;
    static constexpr qreal MaxZoom = 4.0;

    qreal zoom() const;
    void setZoom(qreal factor);
    /// Zooms so that `rect` (scene coordinates) fills the view, never beyond 100 %.
    void fitRect(const QRectF &rect);
    /// Text shown in the middle of the view (how to begin, on an empty canvas); empty for none.
    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }
    /// The panel the placeholder is drawn on, in viewport pixels; empty without one.
    QRect placeholderRect() const;
    /// Where the reason an edge being drawn is refused shows, in viewport pixels: beside the
    /// pointer, on a background, kept inside the viewport. Empty when nothing is refused.
    QRect refusalRect() const;

Q_SIGNALS:
    void zoomChanged(qreal factor);
    /// The visible part of the scene changed (scroll, zoom, resize), for the overview.
    void viewportMoved();

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void drawRefusal(QPainter *painter) const;

    QString m_placeholder;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panLast;
};

} // namespace spool
