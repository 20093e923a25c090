#pragma once

#include "cue.h"
#include "imageview.h"

namespace spool {

/// A thumbnails sprite sheet with its WebVTT cues: hovering over a tile shows its time span
/// (from the cue whose `#xywh` rectangle holds it), and clicking a tile asks to play the input
/// from that time.
class SpriteSheetView : public ImageView
{
    Q_OBJECT

public:
    explicit SpriteSheetView(QWidget *parent = nullptr);

    void setCues(const QList<Cue> &cues);
    const QList<Cue> &cues() const { return m_cues; }
    /// The cue whose tile holds the widget point, or -1.
    int tileAt(const QPointF &widgetPoint) const;
    /// The centre of tile `index` in widget coordinates.
    QPointF tileCentre(int index) const;
    int hoveredTile() const { return m_hovered; }
    /// What hovering tile `index` says.
    QString tileText(int index) const;

Q_SIGNALS:
    void tileHovered(int index, qint64 startMs);
    void tileActivated(qint64 startMs);

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void paintOverlay(QPainter &painter) override;

private:
    QList<Cue> m_cues;
    int m_hovered = -1;
    QPoint m_pressedAt;
};

} // namespace spool
