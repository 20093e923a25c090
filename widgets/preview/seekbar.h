#pragma once

#include "cue.h"

#include <QSlider>

namespace spool {

/// The player's seek bar, in milliseconds, with the chapters of the same input as marks on
/// it; hovering near a mark shows that chapter's title and time.
class SeekBar : public QSlider
{
    Q_OBJECT

public:
    explicit SeekBar(QWidget *parent = nullptr);

    void setChapters(const QList<Cue> &chapters);
    const QList<Cue> &chapters() const { return m_chapters; }
    /// The x of a time on the groove.
    int xOfTime(qint64 ms) const;
    qint64 timeAtX(int x) const;
    /// The chapter under x (the one whose span holds the time there), or -1.
    int chapterAtX(int x) const;
    /// What hovering at x says (chapter title and time), as the tooltip shows it.
    QString hoverText(int x) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QRect grooveRect() const;

    QList<Cue> m_chapters;
};

} // namespace spool
