#include "mediafacts.h"

#include <QFileInfo>
#include <QUrl>

namespace spool {

using namespace Qt::Literals::StringLiterals;

QString MediaFacts::localPath(const OutputEntry &entry)
{
    const QUrl url(entry.url);
    if (url.isLocalFile())
        return url.toLocalFile();
    if (url.scheme().isEmpty())
        return entry.url;
    return {};
}

MediaFacts MediaFacts::fromEntry(const OutputEntry &entry)
{
    MediaFacts facts;
    facts.path = localPath(entry);
    facts.container = entry.format.value_or(QFileInfo(facts.path).suffix().toLower());
    facts.videoCodec = entry.extra.value(u"video_codec").toString();
    facts.audioCodec = entry.extra.value(u"audio_codec").toString();
    facts.fps = entry.extra.value(u"fps").toDouble();
    facts.duration = entry.duration.value_or(0);
    facts.width = entry.width.value_or(0);
    facts.height = entry.height.value_or(0);
    // An image is a single picture: nothing to decode as video.
    if (entry.extra.value(u"media_kind").toString() == u"image")
        facts.videoCodec.clear();
    return facts;
}

} // namespace spool
