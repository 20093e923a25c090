#pragma once

#include "framesettings.h"

#include <QString>

#include <optional>

namespace spool {

class OptionReader;

/// The options of a `thumbnails` task, typed, with the defaults of the kind table applied
/// (the frame size included: the declared width when the request gives no size): what
/// ThumbnailSheet makes.
struct ThumbnailSettings
{
    int count = 0;
    std::optional<double> interval; ///< seconds between frames; replaces `count` when given
    FrameSettings frame;
    QString quality;
    std::optional<double> start;
    std::optional<double> end;
    QString format;

    static ThumbnailSettings read(const OptionReader &options);
};

} // namespace spool
