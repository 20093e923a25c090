#pragma once

#include <core/result.h>

#include <QList>
#include <QSize>
#include <QString>

namespace spool {

/// The variants of an HLS master playlist (`#EXT-X-STREAM-INF`), in the order written: each
/// rendition's resolution, bandwidth, codecs and the path of its media playlist, resolved
/// against the master's folder.
class RenditionLadder
{
public:
    struct Rendition
    {
        QSize resolution;
        qint64 bandwidth = 0;
        QString codecs;
        QString playlist;
    };

    static Result<QList<Rendition>> read(const QString &masterPath);
    static Result<QList<Rendition>> parse(const QByteArray &text, const QString &baseFolder);
};

} // namespace spool
