#include "outputentry.h"

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

} // namespace spool
