#pragma once

#include "framesettings.h"

#include <QJsonObject>
#include <QStringList>

#include <utility>

namespace spool {

/// The size and placement options shared by the image, video and thumbnails tasks (spec §4),
/// turned into FFmpeg filters: turn the picture upright (the input's `rotation`), then scale,
/// and with both `width` and `height`, `fit` it: `fill` stretches, `contain` (the default)
/// fits inside and pads with `background`, `cover` fills and crops; `position` chooses the
/// side padded or the part kept.
class FrameGeometry
{
public:
    /// The output size for an input shown at `inputWidth` × `inputHeight`. `even` rounds
    /// both to even numbers, as 4:2:0 video needs.
    static std::pair<int, int> size(const FrameSettings &frame,
                                    int inputWidth,
                                    int inputHeight,
                                    bool even = false);

    /// The filters, in order, for an input with the probed `input` properties.
    static QStringList filters(const FrameSettings &frame,
                               const QJsonObject &input,
                               bool even = false);
};

} // namespace spool
