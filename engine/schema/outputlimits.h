#pragma once

#include <core/error.h>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace spool {

/// The largest output each codec and image format can hold, and the memory budget of the
/// sprite sheet: the one table the validator checks pixel sizes against, so that a request
/// the encoders cannot carry fails at validation with the limit in the message, not after
/// minutes inside an encoder.
struct OutputLimit
{
    QString name;      ///< codec or format, as the options spell it
    int maxWidth = 0;  ///< pixels
    int maxHeight = 0; ///< pixels
    qint64 maxPixels = 0;
    QString reason; ///< where the limit comes from, for the message
};

class OutputLimits
{
public:
    /// Largest sprite sheet of `thumbnails`, in pixels (64 Mpx: about 192 MB as RGB).
    static constexpr qint64 SheetMaxPixels = qint64(64) * 1024 * 1024;

    static const OutputLimit *forVideoCodec(QStringView codec);
    static const OutputLimit *forImageFormat(QStringView format);

    /// The limit a task's frames are held to: the codec of `video` and `adaptive_video`, the
    /// format of `image` and of the `thumbnails` sheet (defaults as the kind's spec gives).
    static const OutputLimit *forTask(QStringView kind, const QJsonObject &options);

    /// The error for a computed output of `width` × `height` beyond `limit`; `origin` says
    /// which options made that size (e.g. `width "400%" of the 3840×2160 input`).
    static std::optional<Error> checkFrame(const OutputLimit &limit,
                                           qint64 width,
                                           qint64 height,
                                           const QString &origin);

    /// The error for a sprite sheet of `count` frames of `frameWidth` × `frameHeight` laid out
    /// as `columns` × `rows` beyond SheetMaxPixels or the sheet format's `limit` (may be null).
    static std::optional<Error> checkSheet(const OutputLimit *limit,
                                           qint64 count,
                                           qint64 frameWidth,
                                           qint64 frameHeight,
                                           qint64 columns,
                                           qint64 rows,
                                           const QString &origin);

    /// The problems of a task's pixel sizes against the table, for `kind` with its `options`
    /// (each already valid on its own) at the JSON Pointer `pointer` of the options object.
    static QList<Error> check(QStringView kind, const QJsonObject &options, const QString &pointer);
};

} // namespace spool
