#pragma once

#include <QList>
#include <QRect>
#include <QString>

namespace spool {

/// One timed cue of a WebVTT or SubRip track: a subtitle, a chapter, or a thumbnail tile
/// (whose text is `sheet.jpg#xywh=x,y,w,h` and whose `region` is that rectangle).
struct Cue
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString text;
    /// The `#xywh` rectangle of a thumbnail cue; empty otherwise.
    QRect region;

    bool contains(qint64 ms) const { return ms >= startMs && ms < endMs; }
};

} // namespace spool
