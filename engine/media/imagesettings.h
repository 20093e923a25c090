#pragma once

#include "framesettings.h"

#include <QString>

#include <optional>

namespace spool {

class OptionReader;

/// The options of an `image` task, typed, with the defaults of the kind table applied: what
/// ImageMaker makes.
struct ImageSettings
{
    FrameSettings frame;
    QString quality;
    /// The time of the frame in a video; a representative frame when absent.
    std::optional<double> start;
    QString format;

    static ImageSettings read(const OptionReader &options);
};

} // namespace spool
