#pragma once

#include <core/error.h>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

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

    /// The problems of a task's pixel sizes against the table, for `kind` with its `options`
    /// (each already valid on its own) at the JSON Pointer `pointer` of the options object.
    static QList<Error> check(QStringView kind, const QJsonObject &options, const QString &pointer);
};

} // namespace spool
