#include "overviewview.h"

#include "graphscene.h"
#include "graphview.h"

#include <QMouseEvent>
#include <QPainter>

namespace spool {

OverviewView::OverviewView(GraphScene *scene, GraphView *canvas, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_graphScene(scene)
    , m_canvas(canvas)
{
    setInteractive(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setRenderHints({});
    setFrameShape(QFrame::NoFrame);
    setMinimumSize(120, 80);
    setCursor(Qt::PointingHandCursor);
    connect(canvas, &GraphView::viewportMoved, this, [this] { viewport()->update(); });
    connect(scene, &QGraphicsScene::changed, this, &OverviewView::refit);
}

void OverviewView::refit()
{
    const QRectF contents = m_graphScene->contentsRect();
    if (contents.isEmpty())
        return;
    fitInView(contents.adjusted(-40, -40, 40, 40), Qt::KeepAspectRatio);
}

void OverviewView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, palette().color(QPalette::AlternateBase));
}

void OverviewView::drawForeground(QPainter *painter, const QRectF &)
{
    const QRectF visible = m_canvas->mapToScene(m_canvas->viewport()->rect()).boundingRect();
    QColor frame = palette().color(QPalette::Highlight);
    painter->setPen(QPen(frame, 0));
    frame.setAlphaF(0.15);
    painter->setBrush(frame);
    painter->drawRect(visible);
}

void OverviewView::centreCanvasAt(const QPoint &viewPos)
{
    m_canvas->centerOn(mapToScene(viewPos));
}

void OverviewView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        centreCanvasAt(event->position().toPoint());
}

void OverviewView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        centreCanvasAt(event->position().toPoint());
}

void OverviewView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    refit();
}

} // namespace spool
