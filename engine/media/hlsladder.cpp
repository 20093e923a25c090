#include "hlsladder.h"

#include "framegeometry.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <array>
#include <cmath>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr std::array<int, 6> StandardHeights{1080, 720, 480, 360, 240, 144};

int even(double value)
{
    return qMax(2, int(std::lround(value / 2)) * 2);
}

// "avc1.PPCCLL" from the first sequence parameter set in a transport stream segment.
QString avcCodecs(const QByteArray &segment)
{
    for (qsizetype at = segment.indexOf(QByteArray("\x00\x00\x01", 3));
         at >= 0 && at + 6 < segment.size();
         at = segment.indexOf(QByteArray("\x00\x00\x01", 3), at + 3)) {
        if ((uchar(segment.at(at + 3)) & 0x1F) == 7) {
            return u"avc1.%1%2%3"_s.arg(uchar(segment.at(at + 4)), 2, 16, QChar(u'0'))
                .arg(uchar(segment.at(at + 5)), 2, 16, QChar(u'0'))
                .arg(uchar(segment.at(at + 6)), 2, 16, QChar(u'0'));
        }
    }
    return u"avc1.640028"_s;
}

} // namespace

QList<HlsLadder::Rendition> HlsLadder::plan(const VideoSettings &top,
                                            int sourceWidth,
                                            int sourceHeight)
{
    auto [topWidth, topHeight] = FrameGeometry::size(top.frame, sourceWidth, sourceHeight, true);
    // Without a size asked for, even rounding must not make the top larger than the source: a
    // source under 2 pixels on a side has no 4:2:0 rendition at all.
    const bool clamped = !top.frame.width && !top.frame.height && sourceWidth > 0
                         && sourceHeight > 0
                         && (topWidth > sourceWidth || topHeight > sourceHeight);
    if (clamped) {
        topWidth = qMin(topWidth, sourceWidth / 2 * 2);
        topHeight = qMin(topHeight, sourceHeight / 2 * 2);
        if (topWidth < 2 || topHeight < 2)
            return {};
    }
    QList<int> heights{topHeight};
    for (const int height : StandardHeights) {
        if (height < topHeight && height >= 2)
            heights.append(height);
    }
    if (heights.size() < 3) {
        heights = {topHeight, even(topHeight * 2.0 / 3), even(topHeight / 3.0)};
    }

    QList<Rendition> renditions;
    const double topPixels = double(topWidth) * topHeight;
    for (const int height : heights) {
        Rendition rendition;
        rendition.height = even(height);
        // The width the transcoder will give this height, rounded the same way; the top keeps
        // its own.
        FrameSettings byHeight;
        byHeight.height = FrameSettings::Dimension::fromPixels(rendition.height);
        rendition.width = renditions.isEmpty()
                              ? topWidth
                              : FrameGeometry::size(byHeight, topWidth, topHeight, true).first;
        rendition.name = u"%1p"_s.arg(rendition.height);
        // Small tops round several steps to one size; each size is listed once, below the top.
        if (!renditions.isEmpty()
            && (rendition.height >= renditions.last().height || rendition.width > topWidth))
            continue;
        VideoSettings settings = top;
        settings.format = u"hls"_s; // each rendition is one HLS media playlist
        // The top rendition's fit is kept: the others scale its picture.
        if (clamped || (top.frame.width && top.frame.height)) {
            settings.frame.width = FrameSettings::Dimension::fromPixels(rendition.width);
            settings.frame.height = FrameSettings::Dimension::fromPixels(rendition.height);
        } else {
            settings.frame.width.reset();
            settings.frame.height = FrameSettings::Dimension::fromPixels(rendition.height);
        }
        if (top.bitrate) {
            const double share = std::pow(double(rendition.width) * rendition.height / topPixels,
                                          0.75);
            settings.bitrate = qint64(double(*top.bitrate) * share);
        }
        rendition.settings = settings;
        renditions.append(rendition);
    }
    return renditions;
}

bool HlsLadder::measure(Rendition &rendition,
                        const QString &folder,
                        bool hasAudio,
                        const QString &codec)
{
    QFile playlist(folder + u"/index.m3u8"_s);
    if (!playlist.open(QIODevice::ReadOnly))
        return false;
    static const QRegularExpression extinf(u"^#EXTINF:([0-9.]+)"_s);
    double total = 0;
    qint64 bytes = 0;
    double pendingDuration = 0;
    QString firstSegment;
    for (const QByteArray &raw : playlist.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        const QRegularExpressionMatch match = extinf.match(line);
        if (match.hasMatch()) {
            pendingDuration = match.captured(1).toDouble();
            continue;
        }
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qint64 size = QFileInfo(folder + u'/' + line).size();
        if (firstSegment.isEmpty())
            firstSegment = folder + u'/' + line;
        bytes += size;
        total += pendingDuration;
        if (pendingDuration > 0)
            rendition.peakBandwidth = qMax(rendition.peakBandwidth,
                                           qint64(size * 8 / pendingDuration));
    }
    if (total <= 0)
        return false;
    rendition.averageBandwidth = qint64(bytes * 8 / total);
    rendition.duration = total;
    QString video = u"hvc1.1.6.L93.B0"_s;
    if (codec == u"h264") {
        QFile segment(firstSegment);
        video = segment.open(QIODevice::ReadOnly) ? avcCodecs(segment.read(1 << 20))
                                                  : u"avc1.640028"_s;
    }
    rendition.codecs = hasAudio ? video + u",mp4a.40.2"_s : video;
    return true;
}

QByteArray HlsLadder::masterPlaylist(const QList<Rendition> &renditions, double frameRate)
{
    QString text = u"#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-INDEPENDENT-SEGMENTS\n"_s;
    for (const Rendition &rendition : renditions) {
        text += u"#EXT-X-STREAM-INF:BANDWIDTH=%1,AVERAGE-BANDWIDTH=%2,RESOLUTION=%3x%4,"
                "CODECS=\"%5\",FRAME-RATE=%6\n%7/index.m3u8\n"_s.arg(rendition.peakBandwidth)
                    .arg(rendition.averageBandwidth)
                    .arg(rendition.width)
                    .arg(rendition.height)
                    .arg(rendition.codecs)
                    .arg(frameRate, 0, 'f', 3)
                    .arg(rendition.name);
    }
    return text.toUtf8();
}

} // namespace spool
