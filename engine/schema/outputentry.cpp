#include "outputentry.h"

#include <QUrl>

namespace spool {

using namespace Qt::Literals::StringLiterals;

OutputEntry OutputEntry::fromJson(const QJsonObject &json)
{
    OutputEntry entry;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == u"kind" && value.isString())
            entry.kind = value.toString();
        else if (key == u"type" && value.isString())
            entry.type = value.toString();
        else if (key == u"url" && value.isString())
            entry.url = value.toString();
        else if (key == u"filesize" && value.isDouble())
            entry.filesize = value.toInteger();
        else if (key == u"width" && value.isDouble())
            entry.width = int(value.toInteger());
        else if (key == u"height" && value.isDouble())
            entry.height = int(value.toInteger());
        else if (key == u"duration" && value.isDouble())
            entry.duration = value.toDouble();
        else if (key == u"format" && value.isString())
            entry.format = value.toString();
        else
            entry.extra.insert(key, value);
    }
    return entry;
}

QJsonObject OutputEntry::toJson() const
{
    QJsonObject json = extra;
    json.insert(u"kind"_s, kind);
    json.insert(u"type"_s, type);
    json.insert(u"url"_s, url);
    if (filesize)
        json.insert(u"filesize"_s, *filesize);
    if (width)
        json.insert(u"width"_s, *width);
    if (height)
        json.insert(u"height"_s, *height);
    if (duration)
        json.insert(u"duration"_s, *duration);
    if (format)
        json.insert(u"format"_s, *format);
    return json;
}

OutputEntry OutputEntry::forSource(const QString &path, const QJsonObject &properties)
{
    OutputEntry entry;
    entry.kind = u"source"_s;
    entry.type = properties.value(u"mimetype").toString();
    entry.url = QUrl::fromLocalFile(path).toString();
    entry.filesize = properties.value(u"filesize").toInteger();
    if (properties.contains(u"width"))
        entry.width = properties.value(u"width").toInt();
    if (properties.contains(u"height"))
        entry.height = properties.value(u"height").toInt();
    if (properties.contains(u"duration"))
        entry.duration = properties.value(u"duration").toDouble();
    entry.format = properties.value(u"format").toString();
    // The media kind is `kind` among the file's properties, but `kind` of an output entry is
    // source/track/intelligence; it is carried as `media_kind`.
    entry.extra.insert(u"media_kind"_s, properties.value(u"kind"));
    for (const QString &key :
         {u"filename"_s, u"fps"_s, u"bitrate"_s, u"video_codec"_s, u"audio_codec"_s, u"rotation"_s}) {
        if (properties.contains(key))
            entry.extra.insert(key, properties.value(key));
    }
    return entry;
}

std::optional<MediaFile> OutputEntry::toSourceFile() const
{
    const QUrl location(url);
    if (!location.isLocalFile())
        return std::nullopt;
    QJsonObject properties;
    const QJsonValue mediaKind = extra.value(u"media_kind");
    if (mediaKind.isString())
        properties.insert(u"kind"_s, mediaKind);
    if (!type.isEmpty())
        properties.insert(u"mimetype"_s, type);
    if (filesize)
        properties.insert(u"filesize"_s, *filesize);
    if (width)
        properties.insert(u"width"_s, *width);
    if (height)
        properties.insert(u"height"_s, *height);
    if (duration)
        properties.insert(u"duration"_s, *duration);
    if (format && !format->isEmpty())
        properties.insert(u"format"_s, *format);
    for (const QString &key :
         {u"filename"_s, u"fps"_s, u"bitrate"_s, u"video_codec"_s, u"audio_codec"_s, u"rotation"_s}) {
        if (extra.contains(key))
            properties.insert(key, extra.value(key));
    }
    if (mediaKind == u"video"_s || mediaKind == u"audio"_s || mediaKind == u"image"_s)
        properties.insert(u"has_audio"_s, extra.contains(u"audio_codec"));
    return MediaFile{location.toLocalFile(), properties};
}

} // namespace spool
