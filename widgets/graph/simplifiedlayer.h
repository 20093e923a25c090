#pragma once

#include <QGraphicsItem>

namespace spool {

class GraphScene;

/// Draws every node and edge of a scene in one pass while the canvas is zoomed far out: nodes
/// as blocks batched by colour, edges as straight lines, selection, problems and drop targets
/// as outlines and corners. The items themselves stay in the scene for clicks and rubber
/// bands but draw nothing then, which saves a paint call per item: with thousands of nodes
/// that call, not the drawing, is what a frame costs.
class SimplifiedLayer : public QGraphicsItem
{
public:
    explicit SimplifiedLayer(const GraphScene *scene);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    const GraphScene *m_scene;
};

} // namespace spool
