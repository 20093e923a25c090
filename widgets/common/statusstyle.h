#pragma once

#include <schema/status.h>

#include <QColor>
#include <QIcon>
#include <QRectF>
#include <QString>

class QPainter;

namespace spool {

/// How a run or task status looks wherever the studio shows one (canvas strip, run dock,
/// timeline): a colour, a pictogram and a translated name. The colours are mid-tone, so they
/// keep at least 3:1 contrast against both light and dark bases; everything else around them
/// comes from the palette.
class StatusStyle
{
public:
    StatusStyle() = delete;

    static QColor color(Status status);
    /// The lighter colour of the wait before a task starts (timeline), on `base`.
    static QColor waitColor(Status status, const QColor &base);
    /// The status's name as the user reads it ("processing", "verarbeitet …").
    static QString name(Status status);
    /// "not taken": a branch whose conditions did not hold.
    static QString notTakenText();
    /// A pictogram for the status drawn into `rect` in `color`: a hollow circle (waiting), a
    /// clock (validating, queued), a play triangle (processing), an hourglass (finishing), a
    /// tick, a cross, a bar (cancelled).
    static void paintIcon(QPainter *painter, const QRectF &rect, Status status, const QColor &color);
    static QIcon icon(Status status);
    /// A duration in seconds as "0 s", "42 s", "3 min 05 s", "1 h 02 min".
    static QString duration(qint64 seconds);
    /// A duration measured in milliseconds: "0.184 s" (in the locale's digits) under ten
    /// seconds, where the fraction matters, else as duration().
    static QString preciseDuration(qint64 milliseconds);
};

} // namespace spool
