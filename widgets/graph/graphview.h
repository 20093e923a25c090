#pragma once

#include <QGraphicsView>

namespace spool {

/// The canvas a run is drawn on: a scene with a grid, zoomed with Ctrl+wheel and panned with
/// the scroll bars. It follows the palette, so it reads in light
/// and dark desktops alike.
class GraphView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit GraphView(QWidget *parent = nullptr);

    static constexpr int GridSize = 20;

    qreal zoom() const;
    void setZoom(qreal factor);

Q_SIGNALS:
    void zoomChanged(qreal factor);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    QGraphicsScene *m_scene;
};

} // namespace spool
