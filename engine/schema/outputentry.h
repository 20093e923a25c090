#pragma once

#include "mediafile.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace spool {

/// One entry of a task's `inputs` or `outputs` (spec §3). `kind` is `source` (media),
/// `track` (subtitles, chapters, thumbnails) or `intelligence` (JSON results). Members that
/// do not apply stay absent; other keys (fps, codecs, ...) are kept in `extra`.
struct OutputEntry
{
    QString kind;
    QString type;
    QString url;
    std::optional<qint64> filesize;
    std::optional<int> width;
    std::optional<int> height;
    std::optional<double> duration;
    std::optional<QString> format;
    QJsonObject extra;

    static OutputEntry fromJson(const QJsonObject &json);
    /// The entry (spec §3) of a probed media file at `path`, from its probed properties.
    static OutputEntry forSource(const QString &path, const QJsonObject &properties);
    /// The file forSource() described, with the properties it took from it (and `has_audio`,
    /// which a probe sets exactly when it finds an `audio_codec`): what the task the entry came
    /// from handed its `next` tasks. Nothing for an entry whose url is not a local file.
    std::optional<MediaFile> toSourceFile() const;
    QJsonObject toJson() const;

    bool operator==(const OutputEntry &other) const = default;
};

} // namespace spool
