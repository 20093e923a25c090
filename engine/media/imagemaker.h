#pragma once

#include "imagesettings.h"

#include <core/canceltoken.h>
#include <core/error.h>

#include <QJsonObject>
#include <QString>

#include <optional>

struct AVFrame;

namespace spool {

/// Makes one still image from a video frame or an image with the FFmpeg libraries: decode the
/// chosen frame, turn it upright, fit it to the asked size, encode it.
///
/// The frame: at `start` seconds, exactly (the first frame whose time is at or after it, not
/// the nearest keyframe); without `start`, a representative frame (FFmpeg's `thumbnail`
/// filter over the frames from a tenth of the way in), so a fade-in's black first frame is
/// not chosen. Size and fit: FrameGeometry.
class ImageMaker
{
public:
    struct Format
    {
        QString name; ///< the option value: jpeg, png, webp, avif
        QString extension;
        QString mimetype;
        const char *muxer;
        const char *encoder;
    };
    static std::optional<Format> format(const QString &name);

    /// The `format=` filter that gives `format`'s encoder the pixels it takes.
    static QString pixelFormatFilter(const Format &format);

    /// Encodes one picture (in the pixel format pixelFormatFilter() gives) to `outputPath`, at
    /// `quality` (jpeg: qscale 24/12/5/3/2 from very_low to very_high; webp: quality
    /// 30/50/75/85/95; avif: CRF 50/40/32/24/16). `fileName` names the source in errors. The
    /// encoding runs on a StillEncoder, so a cancel returns within 20 ms whatever the size.
    static std::optional<Error> writeImage(AVFrame *picture,
                                           const Format &format,
                                           const QString &quality,
                                           const QString &outputPath,
                                           const QString &fileName,
                                           const CancelToken &cancel);

    /// `settings` are the image task's options (spec §4), read; `input` the file's probed
    /// properties.
    static std::optional<Error> make(const QString &inputPath,
                                     const QJsonObject &input,
                                     const QString &outputPath,
                                     const ImageSettings &settings,
                                     const CancelToken &cancel);
};

} // namespace spool
