#include "framegeometry.h"

#include <QJsonValue>

#include <cmath>
#include <optional>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

QString placement(const QString &position, bool pad)
{
    // pad places the picture inside the frame; crop places the frame inside the picture.
    const QString freeX = pad ? u"(ow-iw)"_s : u"(iw-ow)"_s;
    const QString freeY = pad ? u"(oh-ih)"_s : u"(ih-oh)"_s;
    if (position == u"top")
        return freeX + u"/2:0"_s;
    if (position == u"bottom")
        return freeX + u"/2:"_s + freeY;
    if (position == u"left")
        return u"0:"_s + freeY + u"/2"_s;
    if (position == u"right")
        return freeX + u":"_s + freeY + u"/2"_s;
    return freeX + u"/2:"_s + freeY + u"/2"_s;
}

int rounded(double value, bool even)
{
    // Bounded so that a size far beyond any codec ("1000000%") stays a number the limits
    // check can name instead of overflowing.
    const int whole = qMax(1, int(std::lround(qBound(1.0, value, 1.0e9))));
    return even ? qMax(2, whole / 2 * 2) : whole;
}

} // namespace

std::pair<int, int> FrameGeometry::size(const FrameSettings &frame,
                                        int inputWidth,
                                        int inputHeight,
                                        bool even)
{
    std::optional<double> width;
    std::optional<double> height;
    if (frame.width)
        width = frame.width->pixels(inputWidth);
    if (frame.height)
        height = frame.height->pixels(inputHeight);
    double w = inputWidth;
    double h = inputHeight;
    if (width && height) {
        w = *width;
        h = *height;
    } else if (width) {
        w = *width;
        h = inputHeight * *width / inputWidth;
    } else if (height) {
        h = *height;
        w = inputWidth * *height / inputHeight;
    }
    return {rounded(w, even), rounded(h, even)};
}

QStringList FrameGeometry::filters(const FrameSettings &frame, const QJsonObject &input, bool even)
{
    QStringList chain;
    const int rotation = input.value(u"rotation").toInt();
    if (rotation == 90)
        chain.append(u"transpose=clock"_s);
    else if (rotation == 180)
        chain.append(u"hflip,vflip"_s);
    else if (rotation == 270)
        chain.append(u"transpose=cclock"_s);

    const auto [width, height] = size(frame,
                                      input.value(u"width").toInt(),
                                      input.value(u"height").toInt(),
                                      even);
    const bool both = frame.width && frame.height;
    const QString &fit = frame.fit;
    const QString &position = frame.position;
    const QString background = frame.background.mid(1);
    if (both && fit == u"contain") {
        chain.append(
            u"scale=%1:%2:force_original_aspect_ratio=decrease:flags=lanczos"_s.arg(width).arg(
                height));
        chain.append(
            u"pad=%1:%2:%3:color=0x%4"_s.arg(width).arg(height).arg(placement(position, true),
                                                                    background));
    } else if (both && fit == u"cover") {
        chain.append(
            u"scale=%1:%2:force_original_aspect_ratio=increase:flags=lanczos"_s.arg(width).arg(
                height));
        chain.append(u"crop=%1:%2:%3"_s.arg(width).arg(height).arg(placement(position, false)));
    } else {
        chain.append(u"scale=%1:%2:flags=lanczos"_s.arg(width).arg(height));
    }
    chain.append(u"setsar=1"_s);
    return chain;
}

} // namespace spool
