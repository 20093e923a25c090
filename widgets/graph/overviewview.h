#pragma once

#include <QGraphicsView>

namespace spool {

class GraphScene;
class GraphView;

/// The overview (minimap): the whole graph in miniature with the part the canvas shows
/// framed. Clicking or dragging in it moves the canvas there. It draws the scene's own items
/// at their lowest level of detail, so it costs little even for thousands of nodes.
class OverviewView : public QGraphicsView
{
    Q_OBJECT

public:
    OverviewView(GraphScene *scene, GraphView *canvas, QWidget *parent = nullptr);

    /// Fits the whole graph again (after it grew or shrank).
    void refit();

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void centreCanvasAt(const QPoint &viewPos);

    GraphScene *m_graphScene;
    GraphView *m_canvas;
};

} // namespace spool
