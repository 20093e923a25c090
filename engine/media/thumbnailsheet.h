#pragma once

#include "thumbnailsettings.h"

#include <core/canceltoken.h>
#include <core/result.h>

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace spool {

/// A sprite sheet of video frames and the WebVTT track that points into it, the way players
/// show previews on a seek bar.
///
/// Frames: `count` spread evenly, each from the middle of its share of the video,
/// or one every `interval` seconds; both within `start`/`end` when given. Each frame is
/// sized by FrameGeometry (the kind's declared width when neither side is given); the sheet
/// is a grid of ceil(√n) columns. Each cue of the track covers its frame's share of the time
/// and names the region `sheet.jpg#xywh=x,y,w,h`.
class ThumbnailSheet
{
public:
    static constexpr int MaxFrames = 1000;
    /// Frames further ahead than this are reached by seeking, nearer ones by decoding on.
    static constexpr double SeekAheadSeconds = 10.0;

    struct Tile
    {
        double start = 0;
        double end = 0;
        double frameTime = 0;
        int x = 0;
        int y = 0;
        int width = 0;
        int height = 0;
    };

    /// Where the frames are taken and which time each cue covers, for a video of `duration`.
    static QList<Tile> plan(const ThumbnailSettings &settings, double duration);

    /// Writes the sheet to `sheetPath`; returns the tiles with their regions.
    static Result<QList<Tile>> make(const QString &inputPath,
                                    const QJsonObject &input,
                                    const QString &sheetPath,
                                    const ThumbnailSettings &settings,
                                    const CancelToken &cancel,
                                    const std::function<void(double)> &progress);

    /// The WebVTT track for `tiles` of the sheet called `sheetName`.
    static QByteArray webVtt(const QList<Tile> &tiles, const QString &sheetName);
};

} // namespace spool
