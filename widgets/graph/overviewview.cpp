#include "overviewview.h"

#include "graphscene.h"
#include "graphview.h"

#include <QMouseEvent>
#include <QPainter>

namespace spool {

namespace {
constexpr int RefreshDelay = 100;
constexpr qreal Margin = 40;
} // namespace

OverviewView::OverviewView(GraphScene *scene, GraphView *canvas, QWidget *parent)
    : QWidget(parent)
    , m_scene(scene)
    , m_canvas(canvas)
{
    setMinimumSize(120, 80);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(RefreshDelay);
    connect(&m_refreshTimer, &QTimer::timeout, this, &OverviewView::refresh);
    connect(scene, &QGraphicsScene::changed, &m_refreshTimer, [this] {
        if (!m_refreshTimer.isActive())
            m_refreshTimer.start();
    });
    connect(canvas, &GraphView::viewportMoved, this, [this] {
        // The frame must stay visible wherever the canvas goes: once the view leaves what
        // the miniature shows, the miniature widens to include it.
        if (!m_shown.isEmpty() && !m_shown.contains(visibleRect()))
            refresh();
        else
            update();
    });
}

void OverviewView::refresh()
{
    m_refreshTimer.stop();
    const qreal ratio = devicePixelRatioF();
    m_image = QImage(size() * ratio, QImage::Format_ARGB32_Premultiplied);
    m_image.setDevicePixelRatio(ratio);
    m_image.fill(palette().color(QPalette::AlternateBase));
    QRectF contents = m_scene->contentsRect();
    if (!contents.isEmpty())
        contents |= visibleRect().adjusted(Margin, Margin, -Margin, -Margin);
    if (contents.isEmpty()) {
        m_shown = QRectF();
    } else {
        // Keep the graph's proportions: widen the shown rectangle to the widget's shape.
        QRectF shown = contents.adjusted(-Margin, -Margin, Margin, Margin);
        const qreal widgetAspect = qreal(width()) / std::max(1, height());
        if (shown.width() / shown.height() < widgetAspect) {
            const qreal wider = shown.height() * widgetAspect;
            shown.adjust(-(wider - shown.width()) / 2, 0, (wider - shown.width()) / 2, 0);
        } else {
            const qreal taller = shown.width() / widgetAspect;
            shown.adjust(0, -(taller - shown.height()) / 2, 0, (taller - shown.height()) / 2);
        }
        m_shown = shown;
        QPainter painter(&m_image);
        m_scene->render(&painter, QRectF(QPointF(), QSizeF(size())), shown, Qt::KeepAspectRatio);
    }
    update();
}

QRectF OverviewView::visibleRect() const
{
    return m_canvas->mapToScene(m_canvas->viewport()->rect()).boundingRect();
}

QTransform OverviewView::sceneToWidget() const
{
    if (m_shown.isEmpty())
        return {};
    const qreal scale = width() / m_shown.width();
    return QTransform::fromTranslate(-m_shown.left(), -m_shown.top())
           * QTransform::fromScale(scale, scale);
}

void OverviewView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_image.size() != size() * devicePixelRatioF())
        painter.fillRect(rect(), palette().color(QPalette::AlternateBase));
    else
        painter.drawImage(QPointF(), m_image);
    if (m_shown.isEmpty())
        return;
    const QRectF visible = visibleRect();
    QColor frame = palette().color(QPalette::Highlight);
    painter.setPen(QPen(frame, 1.5));
    frame.setAlphaF(0.15);
    painter.setBrush(frame);
    painter.drawRect(sceneToWidget().mapRect(visible));
}

void OverviewView::centreCanvasAt(const QPointF &widgetPos)
{
    if (m_shown.isEmpty())
        return;
    m_canvas->centerOn(sceneToWidget().inverted().map(widgetPos));
}

void OverviewView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        centreCanvasAt(event->position());
}

void OverviewView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        centreCanvasAt(event->position());
}

void OverviewView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    refresh();
}

} // namespace spool
