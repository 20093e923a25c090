#pragma once

#include <QImage>
#include <QTimer>
#include <QWidget>

namespace spool {

class GraphScene;
class GraphView;

/// The overview (minimap): the whole graph in miniature with the part the canvas shows
/// framed. Clicking or dragging in it moves the canvas there.
///
/// The miniature is rendered into an image when the graph changes (at most every 100 ms), and
/// panning or zooming the canvas only redraws the frame over that image, so the overview costs
/// nothing per frame however large the graph is.
class OverviewView : public QWidget
{
    Q_OBJECT

public:
    OverviewView(GraphScene *scene, GraphView *canvas, QWidget *parent = nullptr);

    /// Renders the miniature again now (otherwise it follows changes after a short delay).
    void refresh();
    /// The scene rectangle the miniature shows.
    QRectF shownRect() const { return m_shown; }
    /// The scene rectangle the canvas shows, framed in the miniature (which always includes it).
    QRectF visibleRect() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QTransform sceneToWidget() const;
    void centreCanvasAt(const QPointF &widgetPos);

    GraphScene *m_scene;
    GraphView *m_canvas;
    QTimer m_refreshTimer;
    QImage m_image;
    QRectF m_shown;
};

} // namespace spool
