#include "outputlimits.h"

#include "jsonpointer.h"
#include "kindspec.h"
#include "optionreader.h"

#include <QCoreApplication>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

// Video: the highest level of each codec (H.264 and H.265 level 6.2, VP9 level 6.2, AV1 level
// 6.3) bounds the frame at 35,651,584 luma samples and each side as given.
// Images: the format's own field sizes (JPEG 65535, WebP 16383) and, for AVIF, a memory budget:
// libaom needs about 50 bytes a pixel, so 16384×16384 took 12.5 GB; 8192×8192 stays near 3 GB.
const QList<OutputLimit> &videoTable()
{
    static const QList<OutputLimit> table{
        {u"h264"_s, 16880, 16880, 35651584, u"H.264 level 6.2"_s},
        {u"h265"_s, 16888, 16888, 35651584, u"H.265 level 6.2"_s},
        {u"vp9"_s, 16384, 16384, 35651584, u"VP9 level 6.2"_s},
        {u"av1"_s, 16384, 8704, 35651584, u"AV1 level 6.3"_s},
    };
    return table;
}

const QList<OutputLimit> &imageTable()
{
    static const QList<OutputLimit> table{
        {u"jpeg"_s, 65535, 65535, qint64(16384) * 16384, u"JPEG"_s},
        {u"png"_s, 16384, 16384, qint64(16384) * 16384, u"PNG"_s},
        {u"webp"_s, 16383, 16383, qint64(16383) * 16383, u"WebP"_s},
        {u"avif"_s, 8192, 8192, qint64(8192) * 8192, u"the avif encoder's memory budget"_s},
    };
    return table;
}

const OutputLimit *find(const QList<OutputLimit> &table, QStringView name)
{
    for (const OutputLimit &limit : table) {
        if (limit.name == name)
            return &limit;
    }
    return nullptr;
}

// A size in pixels when the option is one (a percentage depends on the input: the task checks
// it once the input is known); 0 otherwise.
int pixels(const QJsonObject &options, QStringView name)
{
    const QJsonValue value = options.value(name);
    return value.isDouble() ? int(value.toDouble()) : 0;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("spool::Validator", text);
}

} // namespace

const OutputLimit *OutputLimits::forVideoCodec(QStringView codec)
{
    return find(videoTable(), codec);
}

const OutputLimit *OutputLimits::forImageFormat(QStringView format)
{
    return find(imageTable(), format);
}

const OutputLimit *OutputLimits::forTask(QStringView kind, const QJsonObject &options)
{
    if (kind != u"video" && kind != u"adaptive_video" && kind != u"image" && kind != u"thumbnails")
        return nullptr;
    const OptionReader reader(kind, options);
    if (kind == u"video" || kind == u"adaptive_video")
        return forVideoCodec(reader.text(u"codec"));
    return forImageFormat(reader.text(u"format"));
}

std::optional<Error> OutputLimits::checkFrame(const OutputLimit &limit,
                                              qint64 width,
                                              qint64 height,
                                              const QString &origin)
{
    if (width <= limit.maxWidth && height <= limit.maxHeight && width * height <= limit.maxPixels)
        return std::nullopt;
    return Error{u"size_unsupported"_s,
                 tr("%1 holds at most %2×%3 pixels and %4 pixels in all (%5); %6×%7 (%8) is "
                    "beyond it")
                     .arg(limit.name)
                     .arg(limit.maxWidth)
                     .arg(limit.maxHeight)
                     .arg(limit.maxPixels)
                     .arg(limit.reason)
                     .arg(width)
                     .arg(height)
                     .arg(origin)};
}

std::optional<Error> OutputLimits::checkSheet(const OutputLimit *limit,
                                              qint64 count,
                                              qint64 frameWidth,
                                              qint64 frameHeight,
                                              qint64 columns,
                                              qint64 rows,
                                              const QString &origin)
{
    const qint64 total = count * frameWidth * frameHeight;
    if (total > SheetMaxPixels) {
        return Error{u"size_unsupported"_s,
                     tr("%1 frames of %2×%3 (%4) make a sprite sheet of %5 pixels; the limit is "
                        "%6 pixels: fewer frames or smaller ones")
                         .arg(count)
                         .arg(frameWidth)
                         .arg(frameHeight)
                         .arg(origin)
                         .arg(total)
                         .arg(SheetMaxPixels)};
    }
    if (limit) {
        return checkFrame(*limit,
                          columns * frameWidth,
                          rows * frameHeight,
                          tr("a sprite sheet of %1 frames of %2×%3, %4")
                              .arg(count)
                              .arg(frameWidth)
                              .arg(frameHeight)
                              .arg(origin));
    }
    return std::nullopt;
}

QList<Error> OutputLimits::check(QStringView kind,
                                 const QJsonObject &options,
                                 const QString &pointer)
{
    QList<Error> problems;
    const KindSpec *spec = KindSpec::find(kind);
    if (!spec)
        return problems;
    const int width = pixels(options, u"width");
    const int height = pixels(options, u"height");

    const OutputLimit *limit = kind == u"thumbnails" ? nullptr : forTask(kind, options);
    if (limit && (width > 0 || height > 0)) {
        const bool wide = width > limit->maxWidth;
        const bool tall = height > limit->maxHeight;
        const bool many = width > 0 && height > 0 && qint64(width) * height > limit->maxPixels;
        if (wide || tall || many) {
            const QString at = JsonPointer::append(pointer,
                                                   wide || (many && !tall) ? u"width" : u"height");
            problems.append(
                Error{u"size_unsupported"_s,
                      tr("%1 holds at most %2×%3 pixels and %4 pixels in all (%5); %6×%7 is "
                         "beyond it")
                          .arg(limit->name)
                          .arg(limit->maxWidth)
                          .arg(limit->maxHeight)
                          .arg(limit->maxPixels)
                          .arg(limit->reason)
                          .arg(width > 0 ? QString::number(width) : u"?"_s,
                               height > 0 ? QString::number(height) : u"?"_s),
                      at});
        }
    }

    if (kind == u"thumbnails" && (width > 0 || height > 0) && !options.contains(u"interval")) {
        const qint64 count = OptionReader(*spec, options).integer(u"count").value_or(0);
        // With one side given, the other follows the input's shape: count the least a 16:9
        // picture would take.
        const qint64 frameWidth = width > 0 ? width : (qint64(height) * 16 + 8) / 9;
        const qint64 frameHeight = height > 0 ? height : (qint64(width) * 9 + 15) / 16;
        const qint64 total = count * frameWidth * frameHeight;
        if (total > SheetMaxPixels) {
            problems.append(Error{u"size_unsupported"_s,
                                  tr("%1 frames of %2×%3 make a sprite sheet of %4 pixels; the "
                                     "limit is %5 pixels: fewer frames or smaller ones")
                                      .arg(count)
                                      .arg(frameWidth)
                                      .arg(frameHeight)
                                      .arg(total)
                                      .arg(SheetMaxPixels),
                                  JsonPointer::append(pointer, u"count")});
        }
    }
    return problems;
}

} // namespace spool
