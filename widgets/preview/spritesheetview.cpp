#include "spritesheetview.h"

#include "timecode.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace spool {

SpriteSheetView::SpriteSheetView(QWidget *parent)
    : ImageView(parent)
{
    setMouseTracking(true);
    setCursor(Qt::PointingHandCursor);
}

void SpriteSheetView::setCues(const QList<Cue> &cues)
{
    m_cues = cues;
    m_hovered = -1;
    update();
}

int SpriteSheetView::tileAt(const QPointF &widgetPoint) const
{
    const QPointF point = toImage(widgetPoint);
    for (int i = 0; i < m_cues.size(); ++i) {
        if (QRectF(m_cues.at(i).region).contains(point))
            return i;
    }
    return -1;
}

QPointF SpriteSheetView::tileCentre(int index) const
{
    return toWidget(QRectF(m_cues.value(index).region).center());
}

QString SpriteSheetView::tileText(int index) const
{
    if (index < 0 || index >= m_cues.size())
        return {};
    const Cue &cue = m_cues.at(index);
    return tr("Tile %1: %2 – %3; click to play from here")
        .arg(index + 1)
        .arg(TimeCode::format(cue.startMs, TimeCode::Tenths),
             TimeCode::format(cue.endMs, TimeCode::Tenths));
}

void SpriteSheetView::mouseMoveEvent(QMouseEvent *event)
{
    ImageView::mouseMoveEvent(event);
    const int tile = tileAt(event->position());
    if (tile != m_hovered) {
        m_hovered = tile;
        update();
        if (tile >= 0)
            Q_EMIT tileHovered(tile, m_cues.at(tile).startMs);
    }
    if (tile >= 0)
        QToolTip::showText(event->globalPosition().toPoint(), tileText(tile), this);
    else
        QToolTip::hideText();
}

void SpriteSheetView::mousePressEvent(QMouseEvent *event)
{
    m_pressedAt = event->position().toPoint();
    ImageView::mousePressEvent(event);
}

void SpriteSheetView::mouseReleaseEvent(QMouseEvent *event)
{
    ImageView::mouseReleaseEvent(event);
    // A click, not the end of a pan.
    if (event->button() != Qt::LeftButton
        || (event->position().toPoint() - m_pressedAt).manhattanLength() > 4)
        return;
    const int tile = tileAt(event->position());
    if (tile >= 0)
        Q_EMIT tileActivated(m_cues.at(tile).startMs);
}

void SpriteSheetView::leaveEvent(QEvent *event)
{
    m_hovered = -1;
    update();
    ImageView::leaveEvent(event);
}

void SpriteSheetView::paintOverlay(QPainter &painter)
{
    if (m_hovered < 0)
        return;
    const QRectF tile(toWidget(m_cues.at(m_hovered).region.topLeft()),
                      toWidget(QPointF(m_cues.at(m_hovered).region.topLeft())
                               + QPointF(m_cues.at(m_hovered).region.width(),
                                         m_cues.at(m_hovered).region.height())));
    painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(tile);
    const QString time = TimeCode::format(m_cues.at(m_hovered).startMs);
    QRectF label = painter.boundingRect(tile, Qt::AlignLeft | Qt::AlignTop, time);
    label.adjust(-3, -1, 3, 1);
    label.moveTopLeft(tile.topLeft() + QPointF(3, 3));
    painter.fillRect(label, QColor(0, 0, 0, 170));
    painter.setPen(Qt::white);
    painter.drawText(label, Qt::AlignCenter, time);
}

} // namespace spool
