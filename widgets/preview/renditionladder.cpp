#include "renditionladder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace spool {

using namespace Qt::Literals::StringLiterals;

Result<QList<RenditionLadder::Rendition>> RenditionLadder::parse(const QByteArray &text,
                                                                 const QString &baseFolder)
{
    // ATTR=value pairs; a quoted value may hold commas (CODECS="avc1.64001f,mp4a.40.2").
    static const QRegularExpression attribute(u"([A-Z0-9-]+)=(\"[^\"]*\"|[^,]*)"_s);
    const QStringList lines = QString::fromUtf8(text).remove(u'\r').split(u'\n');
    if (lines.isEmpty() || !lines.constFirst().trimmed().startsWith(u"#EXTM3U"_s))
        return Error{u"playlist_unreadable"_s,
                     u"line 1: an HLS playlist starts with #EXTM3U"_s,
                     QString(),
                     1};
    QList<Rendition> ladder;
    std::optional<Rendition> pending;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.startsWith(u"#EXT-X-STREAM-INF:"_s)) {
            Rendition rendition;
            auto matches = attribute.globalMatch(line.mid(18));
            while (matches.hasNext()) {
                const QRegularExpressionMatch match = matches.next();
                QString value = match.captured(2);
                if (value.startsWith(u'"'))
                    value = value.mid(1, value.size() - 2);
                const QString key = match.captured(1);
                if (key == u"BANDWIDTH")
                    rendition.bandwidth = value.toLongLong();
                else if (key == u"RESOLUTION") {
                    const QStringList size = value.split(u'x');
                    if (size.size() == 2)
                        rendition.resolution = QSize(size.at(0).toInt(), size.at(1).toInt());
                } else if (key == u"CODECS")
                    rendition.codecs = value;
            }
            pending = rendition;
        } else if (!line.isEmpty() && !line.startsWith(u'#') && pending) {
            pending->playlist = QDir::isAbsolutePath(line) ? line : QDir(baseFolder).filePath(line);
            ladder.append(*pending);
            pending.reset();
        }
    }
    if (pending)
        return Error{u"playlist_unreadable"_s,
                     u"the last #EXT-X-STREAM-INF has no playlist after it"_s};
    return ladder;
}

Result<QList<RenditionLadder::Rendition>> RenditionLadder::read(const QString &masterPath)
{
    QFile file(masterPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"file_unreadable"_s,
                     u"cannot read %1: %2"_s.arg(masterPath, file.errorString()),
                     masterPath};
    Result<QList<Rendition>> ladder = parse(file.readAll(), QFileInfo(masterPath).absolutePath());
    if (!ladder) {
        Error error = ladder.error();
        error.message = masterPath + u": "_s + error.message;
        error.path = masterPath;
        return error;
    }
    return ladder;
}

} // namespace spool
