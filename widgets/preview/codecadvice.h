#pragma once

#include <QString>
#include <QStringList>

namespace spool {

/// Says why Qt Multimedia (on GStreamer) cannot play a file, and what brings the missing
/// part: for each container and codec Spool writes or reads, the GStreamer plugin that
/// handles it and the Debian package that ships that plugin. Whether each plugin is installed
/// is looked up in GStreamer's plugin folders, so the advice says which one is missing.
class CodecAdvice
{
public:
    /// A part of a file a plugin must handle: a container ("MP4") or a codec ("H.264 video").
    struct Need
    {
        QString what;
        QString plugin;
        QString package;
        bool installed = false;
    };

    /// What playing a file of `container` (Spool's format names: mp4, webm, mov, mp3, m4a,
    /// ogg, flac, wav, hls...) with these codecs (FFmpeg's names: h264, vp9, aac...) needs.
    static QList<Need> needs(const QString &container,
                             const QString &videoCodec,
                             const QString &audioCodec);
    /// The sentence the preview shows when the file cannot be played (`playerError`: what the
    /// player said). `part` narrows it: "video" when only the picture is missing, "audio" when
    /// only the sound is, empty when nothing plays.
    static QString explain(const QString &container,
                           const QString &videoCodec,
                           const QString &audioCodec,
                           const QString &part,
                           const QString &playerError);
    /// Whether GStreamer's plugin `plugin` (the file libgst<plugin>.so) is in one of the
    /// folders GStreamer loads plugins from.
    static bool pluginInstalled(const QString &plugin);
    static QStringList pluginFolders();
};

} // namespace spool
