#pragma once

#include "videosettings.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace spool {

/// The renditions of an HLS package and its master playlist.
///
/// The top rendition has the size the options ask for (the source's by default); below it
/// come the standard heights 1080, 720, 480, 360, 240 and 144 that are smaller, and at least
/// two more (two thirds and one third of the top) when the top is already small, so there are
/// at least three when the source has that many distinct even sizes, none larger than the
/// source, each size once (a source a few pixels high gets one or two; one under 2 pixels on a
/// side, none). Each rendition keeps the top one's
/// aspect ratio and fit. With `bitrate`, the top rendition gets it and the others a share by
/// their pixel count (to the power 0.75, as perceived quality goes); without, every rendition
/// is encoded at the CRF of `quality`.
class HlsLadder
{
public:
    static constexpr int SegmentSeconds = 4;

    struct Rendition
    {
        QString name; ///< its folder: "720p"
        int width = 0;
        int height = 0;
        VideoSettings settings; ///< what makes it
        // Measured after encoding, for the master playlist:
        qint64 averageBandwidth = 0;
        qint64 peakBandwidth = 0;
        QString codecs;
        double duration = 0; ///< seconds, the sum of its segments
    };

    /// The renditions of the adaptive_video task read as `top`. Empty when no rendition fits
    /// in the source.
    static QList<Rendition> plan(const VideoSettings &top, int sourceWidth, int sourceHeight);

    /// Fills in a rendition's bandwidths from its media playlist and segments in `folder`, and
    /// its codecs (avc1/hvc1 with profile and level read from the stream, mp4a.40.2).
    static bool measure(Rendition &rendition,
                        const QString &folder,
                        bool hasAudio,
                        const QString &codec);

    static QByteArray masterPlaylist(const QList<Rendition> &renditions, double frameRate);
};

} // namespace spool
