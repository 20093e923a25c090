#pragma once

#include <core/result.h>

#include <QJsonObject>
#include <QString>

namespace spool {

/// Reads a media file's properties with libavformat, the way the ingest task reports them.
///
/// The properties use the names conditions test (spec §5): `kind` (video, audio or image),
/// `mimetype`, `format`, `filename`, `filesize` (bytes), `width`, `height` (as displayed, so
/// a portrait phone video with a 90° rotation reports its upright size), `duration` (seconds),
/// `fps`; and besides them `bitrate` (bits a second), `video_codec`, `audio_codec`,
/// `rotation` (clockwise degrees: 0, 90, 180 or 270), `has_audio`. Properties a file does not
/// have are absent.
///
/// Errors: `file_not_found`, `file_unreadable` (a directory, no permission, a loop of
/// symbolic links), `file_empty`, `format_unsupported` (not a media file FFmpeg can read, or
/// a picture larger than it decodes), `file_corrupt` (a media file whose streams cannot be read),
/// `media_invalid` (a container with neither audio nor video).
class MediaProbe
{
public:
    static Result<QJsonObject> probe(const QString &path);
    /// The same, with messages naming the file `displayName` (the URL a download came from)
    /// rather than by its file name.
    static Result<QJsonObject> probe(const QString &path, const QString &displayName);

    /// FFmpeg's description of an AVERROR code.
    static QString describeError(int averror);
};

} // namespace spool
