#pragma once

#include "videosettings.h"

#include <core/canceltoken.h>
#include <core/error.h>

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace spool {

/// Transcodes a video with the FFmpeg libraries, in one pass: demux; decode video and sound;
/// filter (upright, size and fit as FrameGeometry says, constant frame rate, 4:2:0); encode;
/// mux, mp4 and mov fast-start (the index first, so playback starts before the download
/// ends). Trims are frame-accurate: decoding starts at the keyframe before `start` and the
/// frames before it are dropped. Sound is re-encoded for the container (AAC in mp4 and mov,
/// Opus in webm), or absent when the input has none. Progress comes from the timestamps of the
/// decoded frames; cancellation is checked between packets.
///
/// Quality levels (CRF, lower is better; `bitrate`, when given, replaces them with a target):
///
/// | quality   | h264 | h265 | vp9 | av1 (SVT-AV1) |
/// |-----------|------|------|-----|---------------|
/// | very_low  | 32   | 34   | 45  | 50            |
/// | low       | 28   | 31   | 38  | 42            |
/// | medium    | 23   | 28   | 33  | 35            |
/// | high      | 20   | 24   | 28  | 30            |
/// | very_high | 17   | 20   | 23  | 25            |
///
/// x264 and x265 use their `medium` preset, libvpx-vp9 `good` with cpu-used 4 and row
/// multithreading, SVT-AV1 preset 8.
class VideoTranscoder
{
public:
    struct Container
    {
        QString name; ///< mp4, webm, mov; and hls, one rendition of adaptive_video
        QString extension;
        QString mimetype;
        const char *muxer;
    };
    static std::optional<Container> container(const QString &name);
    static int crf(const QString &codec, const QString &quality);

    /// `settings` are the video task's options (spec §4), read; `input` the file's probed
    /// properties.
    static std::optional<Error> transcode(const QString &inputPath,
                                          const QJsonObject &input,
                                          const QString &outputPath,
                                          const VideoSettings &settings,
                                          const CancelToken &cancel,
                                          const std::function<void(double)> &progress,
                                          const QMap<QString, QString> &extraMuxerOptions = {});
};

} // namespace spool
