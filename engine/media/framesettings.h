#pragma once

#include <QString>

#include <optional>

namespace spool {

class OptionReader;

/// The size and placement options of the image, video, thumbnails and adaptive_video tasks,
/// typed, with the defaults of their kind applied (see FrameGeometry for what they do).
struct FrameSettings
{
    /// A side: pixels, or a percentage of the input's side.
    struct Dimension
    {
        double value = 0;
        bool percent = false;

        /// Pixels for an input side of `reference` pixels.
        double pixels(int reference) const { return percent ? reference * value / 100.0 : value; }
        /// How the request spelled it, for messages: `400` or `"50%"`.
        QString text() const;
        static Dimension fromPixels(int pixels) { return {double(pixels), false}; }
    };

    std::optional<Dimension> width;
    std::optional<Dimension> height;
    QString fit;
    QString position;
    QString background; ///< #RRGGBB

    /// A declared default size (the thumbnails' width) applies only when the request gives
    /// neither width nor height: with one side given, the other follows the input's shape.
    static FrameSettings read(const OptionReader &options);
};

} // namespace spool
