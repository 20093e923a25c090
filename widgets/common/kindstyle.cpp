#include "kindstyle.h"

#include <common/spectext.h>

#include <schema/kindspec.h>

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <algorithm>

namespace spool {

namespace {

// Pictograms are drawn on a 24 × 24 grid with a 2-unit stroke, the proportions common icon
// sets use, so they sit well beside the desktop's own icons.
constexpr qreal Grid = 24.0;
constexpr qreal Stroke = 2.0;
// Below 16 pixels a 2-unit stroke falls under one device pixel and turns to grey fuzz; keep it
// at least this many pixels wide instead.
constexpr qreal MinStrokePixels = 1.2;

void fillWith(QPainter *painter, const QColor &color)
{
    painter->setBrush(color);
}

void tray(QPainter *painter)
{
    QPainterPath path;
    path.moveTo(4, 14);
    path.lineTo(4, 18);
    path.quadTo(4, 20, 6, 20);
    path.lineTo(18, 20);
    path.quadTo(20, 20, 20, 18);
    path.lineTo(20, 14);
    painter->drawPath(path);
}

void paintIngest(QPainter *painter, const QColor &)
{
    tray(painter);
    painter->drawLine(QPointF(12, 3), QPointF(12, 14));
    const QPointF head[] = {{7.5, 9.5}, {12, 14}, {16.5, 9.5}};
    painter->drawPolyline(head, 3);
}

void paintUpload(QPainter *painter, const QColor &)
{
    tray(painter);
    painter->drawLine(QPointF(12, 15), QPointF(12, 3.5));
    const QPointF head[] = {{7.5, 8}, {12, 3.5}, {16.5, 8}};
    painter->drawPolyline(head, 3);
}

void paintVideo(QPainter *painter, const QColor &color)
{
    painter->drawRoundedRect(QRectF(3, 5, 18, 14), 2.5, 2.5);
    fillWith(painter, color);
    const QPointF play[] = {{10, 9}, {15, 12}, {10, 15}};
    painter->drawPolygon(play, 3);
}

void paintImage(QPainter *painter, const QColor &color)
{
    painter->drawRoundedRect(QRectF(3, 4, 18, 16), 2.5, 2.5);
    const QPointF hills[] = {{3.5, 18.5}, {9, 12.5}, {13.5, 17}, {16.5, 14}, {20.5, 18}};
    painter->drawPolyline(hills, 5);
    fillWith(painter, color);
    painter->drawEllipse(QPointF(15.5, 8.5), 1.25, 1.25);
}

void paintAudio(QPainter *painter, const QColor &color)
{
    // Two beamed eighth notes.
    const QPointF beam[] = {{9, 17}, {9, 5.5}, {19, 3.5}, {19, 15}};
    painter->drawPolyline(beam, 4);
    fillWith(painter, color);
    painter->drawEllipse(QPointF(6.5, 17.5), 2.5, 2.25);
    painter->drawEllipse(QPointF(16.5, 15.5), 2.5, 2.25);
}

void paintThumbnails(QPainter *painter, const QColor &)
{
    for (const qreal x : {3.0, 14.0}) {
        for (const qreal y : {3.0, 14.0})
            painter->drawRoundedRect(QRectF(x, y, 7, 7), 1.5, 1.5);
    }
}

void paintAdaptiveVideo(QPainter *painter, const QColor &)
{
    // A bitrate ladder: each rendition narrower than the one above.
    QPen pen = painter->pen();
    pen.setWidthF(pen.widthF() * 1.75);
    painter->setPen(pen);
    painter->drawLine(QPointF(5, 6), QPointF(19, 6));
    painter->drawLine(QPointF(5, 12), QPointF(15, 12));
    painter->drawLine(QPointF(5, 18), QPointF(11, 18));
}

void paintSpeech(QPainter *painter, const QColor &)
{
    painter->drawRoundedRect(QRectF(9, 2.5, 6, 11.5), 3, 3);
    QPainterPath cradle;
    cradle.moveTo(5.5, 10.5);
    cradle.arcTo(QRectF(5.5, 4, 13, 13), 180, 180);
    painter->drawPath(cradle);
    painter->drawLine(QPointF(12, 17), QPointF(12, 21));
    painter->drawLine(QPointF(8.5, 21), QPointF(15.5, 21));
}

void paintSubtitles(QPainter *painter, const QColor &)
{
    painter->drawRoundedRect(QRectF(2.5, 4.5, 19, 15), 2.5, 2.5);
    painter->drawLine(QPointF(6.5, 12.5), QPointF(12.5, 12.5));
    painter->drawLine(QPointF(15.5, 12.5), QPointF(17.5, 12.5));
    painter->drawLine(QPointF(6.5, 16), QPointF(9, 16));
    painter->drawLine(QPointF(12, 16), QPointF(17.5, 16));
}

void paintChapters(QPainter *painter, const QColor &)
{
    QPainterPath bookmark;
    bookmark.moveTo(6, 20.5);
    bookmark.lineTo(6, 5);
    bookmark.quadTo(6, 3, 8, 3);
    bookmark.lineTo(16, 3);
    bookmark.quadTo(18, 3, 18, 5);
    bookmark.lineTo(18, 20.5);
    bookmark.lineTo(12, 16);
    bookmark.closeSubpath();
    painter->drawPath(bookmark);
}

void paintOutline(QPainter *painter, const QColor &color)
{
    // The middle entry is indented: an outline, not a flat list.
    painter->drawLine(QPointF(9.5, 5.5), QPointF(20.5, 5.5));
    painter->drawLine(QPointF(13.5, 12), QPointF(20.5, 12));
    painter->drawLine(QPointF(9.5, 18.5), QPointF(20.5, 18.5));
    fillWith(painter, color);
    painter->setPen(Qt::NoPen);
    painter->drawEllipse(QPointF(4.5, 5.5), 1.75, 1.75);
    painter->drawEllipse(QPointF(8.5, 12), 1.75, 1.75);
    painter->drawEllipse(QPointF(4.5, 18.5), 1.75, 1.75);
}

void paintSummary(QPainter *painter, const QColor &)
{
    painter->drawLine(QPointF(4, 5), QPointF(20, 5));
    painter->drawLine(QPointF(4, 10), QPointF(20, 10));
    painter->drawLine(QPointF(4, 15), QPointF(20, 15));
    painter->drawLine(QPointF(4, 20), QPointF(13, 20));
}

void paintConditions(QPainter *painter, const QColor &color)
{
    const QPointF diamond[] = {{12, 2.5}, {21.5, 12}, {12, 21.5}, {2.5, 12}};
    painter->drawPolygon(diamond, 4);
    fillWith(painter, color);
    painter->setPen(Qt::NoPen);
    painter->drawEllipse(QPointF(12, 12), 2.25, 2.25);
}

void paintNsfw(QPainter *painter, const QColor &color)
{
    QPainterPath shield;
    shield.moveTo(12, 2.5);
    shield.lineTo(19.5, 5.5);
    shield.lineTo(19.5, 11);
    shield.cubicTo(19.5, 15.5, 16.5, 19.5, 12, 21.5);
    shield.cubicTo(7.5, 19.5, 4.5, 15.5, 4.5, 11);
    shield.lineTo(4.5, 5.5);
    shield.closeSubpath();
    painter->drawPath(shield);
    painter->drawLine(QPointF(12, 8), QPointF(12, 12.5));
    fillWith(painter, color);
    painter->setPen(Qt::NoPen);
    painter->drawEllipse(QPointF(12, 16), 1.25, 1.25);
}

void paintUnknown(QPainter *painter, const QColor &color)
{
    painter->drawEllipse(QPointF(12, 12), 9.5, 9.5);
    QPainterPath hook;
    hook.moveTo(9.25, 9.25);
    hook.arcTo(QRectF(9.25, 6.5, 5.5, 5.5), 180, -270);
    hook.lineTo(12, 13.5);
    painter->drawPath(hook);
    fillWith(painter, color);
    painter->setPen(Qt::NoPen);
    painter->drawEllipse(QPointF(12, 17), 1.25, 1.25);
}

using PaintFunction = void (*)(QPainter *, const QColor &);

struct Pictogram
{
    QStringView kind;
    PaintFunction paint;
};

constexpr Pictogram Pictograms[] = {
    {u"ingest", paintIngest},
    {u"video", paintVideo},
    {u"image", paintImage},
    {u"audio", paintAudio},
    {u"thumbnails", paintThumbnails},
    {u"adaptive_video", paintAdaptiveVideo},
    {u"speech", paintSpeech},
    {u"subtitles", paintSubtitles},
    {u"chapters", paintChapters},
    {u"outline", paintOutline},
    {u"summary", paintSummary},
    {u"conditions", paintConditions},
    {u"nsfw", paintNsfw},
    {u"upload", paintUpload},
};

PaintFunction paintFunction(QStringView kind)
{
    for (const Pictogram &pictogram : Pictograms) {
        if (pictogram.kind == kind)
            return pictogram.paint;
    }
    return paintUnknown;
}

} // namespace

QColor KindStyle::groupColor(QStringView group)
{
    // Mid-tone accents, each with a relative luminance between 0.23 and 0.28: that keeps 3:1
    // contrast (the WCAG minimum for graphics) on white and on a #2b2b2b dark window alike.
    if (group == u"Sources")
        return QColor(0x3a, 0x8a, 0xd0); // blue
    if (group == u"Media")
        return QColor(0xd2, 0x7a, 0x24); // orange
    if (group == u"Tracks")
        return QColor(0x2c, 0x9d, 0x74); // green
    if (group == u"Intelligence")
        return QColor(0x8e, 0x6b, 0xd8); // violet
    if (group == u"Logic")
        return QColor(0xae, 0x88, 0x16); // ochre
    if (group == u"Hosted only")
        return QColor(0xd0, 0x5a, 0x7e); // rose
    return QColor(0x8a, 0x8f, 0x98);     // neutral grey
}

QColor KindStyle::kindColor(QStringView kind)
{
    const KindSpec *spec = KindSpec::find(kind);
    return groupColor(spec ? QStringView(spec->group) : QStringView());
}

void KindStyle::paintIcon(QPainter *painter,
                          const QRectF &rect,
                          QStringView kind,
                          const QColor &color)
{
    const qreal side = std::min(rect.width(), rect.height());
    if (side <= 0)
        return;
    const qreal scale = side / Grid;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(rect.center());
    painter->scale(scale, scale);
    painter->translate(-Grid / 2, -Grid / 2);
    QPen pen(color, std::max(Stroke, MinStrokePixels / scale));
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    paintFunction(kind)(painter, color);
    painter->restore();
}

QIcon KindStyle::icon(QStringView kind)
{
    const QColor color = kindColor(kind);
    QIcon icon;
    for (const int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paintIcon(&painter, QRectF(0, 0, size, size), kind, color);
        painter.end();
        icon.addPixmap(pixmap);
        // In a selected row the style would tint the pictogram with the highlight, where a
        // kind of a similar colour vanishes: there it is white on a square of its colour, as
        // on the canvas's nodes, which reads on any highlight.
        QPixmap selected(size, size);
        selected.fill(Qt::transparent);
        QPainter badge(&selected);
        badge.setRenderHint(QPainter::Antialiasing, true);
        badge.setPen(Qt::NoPen);
        badge.setBrush(color);
        badge.drawRoundedRect(QRectF(0, 0, size, size), size / 5.0, size / 5.0);
        const qreal inset = size / 8.0;
        paintIcon(&badge, QRectF(inset, inset, size - 2 * inset, size - 2 * inset), kind, Qt::white);
        badge.end();
        icon.addPixmap(selected, QIcon::Selected);
    }
    return icon;
}

QString KindStyle::searchText(QStringView kind)
{
    QString spaced = kind.toString();
    spaced.replace(u'_', u' ');
    return kind + u'\n' + spaced + u'\n' + SpecText::kindDescription(kind);
}

int KindStyle::searchRank(QStringView kind, QStringView text)
{
    if (text.isEmpty())
        return 0;
    QString spaced = kind.toString();
    spaced.replace(u'_', u' ');
    if (kind.compare(text, Qt::CaseInsensitive) == 0
        || spaced.compare(text, Qt::CaseInsensitive) == 0)
        return 0;
    if (kind.startsWith(text, Qt::CaseInsensitive) || spaced.startsWith(text, Qt::CaseInsensitive))
        return 1;
    if (kind.contains(text, Qt::CaseInsensitive) || spaced.contains(text, Qt::CaseInsensitive))
        return 2;
    return searchText(kind).contains(text, Qt::CaseInsensitive) ? 3 : -1;
}

} // namespace spool
