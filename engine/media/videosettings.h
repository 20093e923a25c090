#pragma once

#include "framesettings.h"

#include <QString>

#include <optional>

namespace spool {

class OptionReader;

/// The options of a `video` task, or of one rendition of an `adaptive_video` task, typed,
/// with the defaults of the kind table applied: what VideoTranscoder encodes.
struct VideoSettings
{
    FrameSettings frame;
    QString quality;
    std::optional<double> start;   ///< seconds; the beginning when absent
    std::optional<double> end;     ///< seconds; the end of the input when absent
    std::optional<double> fps;     ///< the input's rate when absent
    QString format;                ///< mp4, webm, mov; hls for a rendition
    QString codec;                 ///< the container's own when the request names none
    std::optional<qint64> bitrate; ///< bits a second; `quality` decides when absent

    /// Reads a `video` or `adaptive_video` task's options.
    static VideoSettings read(const OptionReader &options);
};

} // namespace spool
