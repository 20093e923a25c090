#include "thumbnailsheet.h"

#include "ffmpeg.h"
#include "framegeometry.h"
#include "imagemaker.h"
#include "mediainput.h"

#include <QFile>
#include <QFileInfo>

extern "C" {
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
}

#include <cmath>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

QString timestamp(double seconds)
{
    const qint64 millis = qint64(std::llround(seconds * 1000));
    return u"%1:%2:%3.%4"_s.arg(millis / 3600000, 2, 10, QChar(u'0'))
        .arg(millis / 60000 % 60, 2, 10, QChar(u'0'))
        .arg(millis / 1000 % 60, 2, 10, QChar(u'0'))
        .arg(millis % 1000, 3, 10, QChar(u'0'));
}

} // namespace

QList<ThumbnailSheet::Tile> ThumbnailSheet::plan(const ThumbnailSettings &settings, double duration)
{
    const double from = qBound(0.0, settings.start.value_or(0.0), duration);
    const double to = settings.end ? qBound(from, *settings.end, duration) : duration;
    const double span = to - from;
    QList<Tile> tiles;
    if (span <= 0)
        return tiles;
    if (settings.interval) {
        const double interval = *settings.interval;
        for (double at = from; at < to && tiles.size() < MaxFrames; at += interval) {
            Tile tile;
            tile.start = at;
            tile.end = qMin(at + interval, to);
            tile.frameTime = at;
            tiles.append(tile);
        }
        return tiles;
    }
    const int count = qBound(1, settings.count, MaxFrames);
    for (int i = 0; i < count; ++i) {
        Tile tile;
        tile.start = from + span * i / count;
        tile.end = from + span * (i + 1) / count;
        tile.frameTime = (tile.start + tile.end) / 2;
        tiles.append(tile);
    }
    return tiles;
}

QByteArray ThumbnailSheet::webVtt(const QList<Tile> &tiles, const QString &sheetName)
{
    QString text = u"WEBVTT\n"_s;
    for (const Tile &tile : tiles) {
        text += u"\n%1 --> %2\n%3#xywh=%4,%5,%6,%7\n"_s
                    .arg(timestamp(tile.start), timestamp(tile.end), sheetName)
                    .arg(tile.x)
                    .arg(tile.y)
                    .arg(tile.width)
                    .arg(tile.height);
    }
    return text.toUtf8();
}

Result<QList<ThumbnailSheet::Tile>> ThumbnailSheet::make(const QString &inputPath,
                                                         const QJsonObject &input,
                                                         const QString &sheetPath,
                                                         const ThumbnailSettings &settings,
                                                         const CancelToken &cancel,
                                                         const std::function<void(double)> &progress)
{
    ffmpeg::silenceLogging();
    const ffmpeg::Failure fail{QFileInfo(inputPath).fileName()};
    const std::optional<ImageMaker::Format> format = ImageMaker::format(settings.format);
    if (!format)
        return fail(u"format_unsupported"_s, u"no sheet format \"%1\""_s.arg(settings.format));

    Result<std::unique_ptr<MediaInput>> opened = MediaInput::open(inputPath, fail);
    if (!opened)
        return opened.error();
    const std::unique_ptr<MediaInput> media = std::move(opened).value();
    Result<std::unique_ptr<MediaInput::Stream>> videoStream
        = media->openStream(AVMEDIA_TYPE_VIDEO, 0, u"there is no video to take thumbnails from"_s);
    if (!videoStream)
        return videoStream.error();
    AVFormatContext *in = media->context();
    AVStream *stream = (*videoStream)->stream;
    const int streamIndex = (*videoStream)->index;
    ffmpeg::Codec &decoder = (*videoStream)->decoder;
    int status = 0;

    double duration = input.value(u"duration").toDouble();
    if (duration <= 0 && in->duration != AV_NOPTS_VALUE)
        duration = double(in->duration) / AV_TIME_BASE;
    QList<Tile> tiles = plan(settings, duration);
    if (tiles.isEmpty())
        return fail(u"range_invalid"_s, u"the time range holds no frame to take"_s);

    const auto [tileWidth, tileHeight]
        = FrameGeometry::size(settings.frame,
                              input.value(u"width").toInt(decoder->width),
                              input.value(u"height").toInt(decoder->height));
    const int columns = int(std::ceil(std::sqrt(double(tiles.size()))));
    const int rows = int((tiles.size() + columns - 1) / columns);
    for (qsizetype i = 0; i < tiles.size(); ++i) {
        tiles[i].width = tileWidth;
        tiles[i].height = tileHeight;
        tiles[i].x = int(i % columns) * tileWidth;
        tiles[i].y = int(i / columns) * tileHeight;
    }

    QStringList chain = FrameGeometry::filters(settings.frame, input);
    chain.append(u"tile=%1x%2:nb_frames=%3"_s.arg(columns).arg(rows).arg(tiles.size()));
    chain.append(ImageMaker::pixelFormatFilter(*format));
    // Frames are numbered 0, 1, 2... for the tile filter.
    const QByteArray args = (*videoStream)->bufferArguments(AVRational{1, 1});
    ffmpeg::Graph graph(avfilter_graph_alloc());
    AVFilterContext *source = nullptr;
    AVFilterContext *sink = nullptr;
    status = ffmpeg::buildGraph(graph.get(), false, args, chain.join(u','), &source, &sink);
    if (status < 0)
        return fail(u"encoder_failed"_s, u"cannot configure the thumbnail filter graph"_s, status);

    const double streamStart = stream->start_time != AV_NOPTS_VALUE
                                   ? double(stream->start_time) * av_q2d(stream->time_base)
                                   : 0.0;
    ffmpeg::Packet packet(av_packet_alloc());
    ffmpeg::Frame decoded(av_frame_alloc());
    ffmpeg::Frame last(av_frame_alloc());
    // Frames are taken in order. Decoding on from the last one is cheaper than seeking when the
    // next is near (seeking lands on a keyframe that may be far back); far ahead, seek.
    double position = -1; // time of the last decoded frame; -1 after a seek
    bool ended = false;
    const AVRational rate = av_guess_frame_rate(in, stream, nullptr);
    const double frame = rate.num > 0 && rate.den > 0 ? 1 / av_q2d(rate) : 0.04;
    // A seek goes back to the keyframe at or before its time, so the first frame after it is
    // not later than the frame asked for. One much later means the seek failed (an index
    // that points wrong, or damage before it): taking that frame would show the wrong time
    // and repeat it on the tiles before it, so the damage rule refuses the file instead.
    const double seekSlack = qMax(1.0, 4 * frame);
    double soughtTo = -1; // the time of the last seek, until a frame after it is decoded
    for (qsizetype i = 0; i < tiles.size(); ++i) {
        if (cancel.isCancelled())
            return Error{u"cancelled"_s, u"cancelled"_s};
        const double target = tiles[i].frameTime;
        if (!ended && (position < 0 || target - position > ThumbnailSheet::SeekAheadSeconds)) {
            av_seek_frame(in,
                          -1,
                          int64_t((streamStart + target) * AV_TIME_BASE),
                          AVSEEK_FLAG_BACKWARD);
            avcodec_flush_buffers(decoder.get());
            position = -1;
            soughtTo = target;
        }
        bool found = last->data[0] && position + 1e-6 >= target;
        while (!found) {
            // What the decoder holds first, then more packets.
            while (!found && (*videoStream)->receiveFrame(decoded.get()) >= 0) {
                const int64_t pts = decoded->best_effort_timestamp;
                const double seconds = pts == AV_NOPTS_VALUE
                                           ? target
                                           : double(pts) * av_q2d(stream->time_base) - streamStart;
                // (Times count from the stream's own start, so its first frame is at 0.)
                if (soughtTo >= 0 && seconds - soughtTo > seekSlack) {
                    return fail(u"file_corrupt"_s,
                                u"the video is damaged at %1 s: seeking there resumes at %2 s"_s
                                    .arg(soughtTo, 0, 'f', 2)
                                    .arg(seconds, 0, 'f', 2));
                }
                soughtTo = -1;
                av_frame_unref(last.get());
                av_frame_move_ref(last.get(), decoded.get());
                position = seconds;
                found = seconds + 1e-6 >= target;
            }
            if (found || ended)
                break;
            status = media->readPacket(packet.get());
            if (status < 0) {
                ended = true;
                (*videoStream)->sendPacket(nullptr);
            } else {
                if (packet->stream_index == streamIndex)
                    (*videoStream)->sendPacket(packet.get());
                av_packet_unref(packet.get());
            }
        }
        if (!last->data[0])
            return fail(u"file_corrupt"_s,
                        u"no frame could be decoded near %1 s"_s.arg(target, 0, 'f', 2));
        // The file ended before the frame asked for: the last one is not it.
        if (ended && position + 1e-6 < target) {
            if (std::optional<Error> damaged = media->checkReachedEnd(**videoStream,
                                                                      position + frame,
                                                                      frame))
                return *damaged;
        }
        if (std::optional<Error> damaged = media->checkDamage(**videoStream))
            return *damaged;
        last->pts = i;
        if ((status = av_buffersrc_add_frame_flags(source, last.get(), AV_BUFFERSRC_FLAG_KEEP_REF))
            < 0)
            return fail(u"encoder_failed"_s, u"the thumbnail filter refused a frame"_s, status);
        if (progress)
            progress(double(i + 1) / double(tiles.size() + 1));
    }
    if ((status = av_buffersrc_add_frame_flags(source, nullptr, 0)) < 0)
        return fail(u"encoder_failed"_s, u"the thumbnail filter cannot finish"_s, status);
    ffmpeg::Frame sheet(av_frame_alloc());
    if ((status = av_buffersink_get_frame(sink, sheet.get())) < 0)
        return fail(u"encoder_failed"_s, u"the sprite sheet was not made"_s, status);
    if (std::optional<Error> error = ImageMaker::writeImage(sheet.get(),
                                                            *format,
                                                            settings.quality,
                                                            sheetPath,
                                                            fail.file,
                                                            cancel))
        return *error;
    return tiles;
}

} // namespace spool
