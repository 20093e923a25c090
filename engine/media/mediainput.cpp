#include "mediainput.h"

#include <QFile>

extern "C" {
#include <libavutil/channel_layout.h>
}

namespace spool {

using namespace Qt::Literals::StringLiterals;

double MediaInput::Stream::seconds(int64_t pts) const
{
    return double(pts) * av_q2d(stream->time_base) - startTime;
}

QByteArray MediaInput::Stream::bufferArguments(AVRational timeBase) const
{
    if (timeBase.num <= 0)
        timeBase = stream->time_base;
    const AVCodecContext *codec = decoder.get();
    if (codec->codec_type == AVMEDIA_TYPE_AUDIO) {
        char layout[64] = {};
        av_channel_layout_describe(&codec->ch_layout, layout, sizeof layout);
        return u"time_base=%1/%2:sample_rate=%3:sample_fmt=%4:channel_layout=%5"_s.arg(timeBase.num)
            .arg(timeBase.den)
            .arg(codec->sample_rate)
            .arg(QString::fromLatin1(av_get_sample_fmt_name(codec->sample_fmt)),
                 QString::fromLatin1(layout))
            .toLatin1();
    }
    const AVRational aspect = codec->sample_aspect_ratio.num > 0 ? codec->sample_aspect_ratio
                                                                 : AVRational{1, 1};
    return u"video_size=%1x%2:pix_fmt=%3:time_base=%4/%5:pixel_aspect=%6/%7"_s.arg(codec->width)
        .arg(codec->height)
        .arg(int(codec->pix_fmt))
        .arg(timeBase.num)
        .arg(timeBase.den)
        .arg(aspect.num)
        .arg(aspect.den)
        .toLatin1();
}

void MediaInput::Stream::noteDamage(int64_t pts)
{
    ++damaged;
    if (firstDamage < 0)
        firstDamage = pts != AV_NOPTS_VALUE ? qMax(0.0, seconds(pts)) : lastSeconds;
}

int MediaInput::Stream::sendPacket(const AVPacket *packet)
{
    if (packet && packet->pts != AV_NOPTS_VALUE) {
        lastSeconds = qMax(0.0, seconds(packet->pts));
        if (stream->codecpar->codec_type == AVMEDIA_TYPE_AUDIO) {
            const double at = seconds(packet->pts);
            if (nextDue >= 0 && at - nextDue > GapSeconds) {
                missingSeconds += at - nextDue;
                if (firstGap < 0)
                    firstGap = qMax(0.0, nextDue);
            }
            const double length = packet->duration > 0
                                      ? double(packet->duration) * av_q2d(stream->time_base)
                                      : 0.0;
            // Without a packet duration the next one's time is not known: no gap is judged.
            nextDue = length > 0 ? qMax(nextDue, at + length) : -1;
        }
    }
    const int status = avcodec_send_packet(decoder.get(), packet);
    if (packet
        && ((packet->flags & AV_PKT_FLAG_CORRUPT)
            || (status < 0 && status != AVERROR(EAGAIN) && status != AVERROR_EOF)))
        noteDamage(packet->pts);
    return status;
}

int MediaInput::Stream::receiveFrame(AVFrame *frame)
{
    const int status = avcodec_receive_frame(decoder.get(), frame);
    if (status < 0) {
        if (status != AVERROR(EAGAIN) && status != AVERROR_EOF)
            noteDamage(AV_NOPTS_VALUE);
    } else if ((frame->flags & AV_FRAME_FLAG_CORRUPT) || frame->decode_error_flags) {
        noteDamage(frame->best_effort_timestamp);
    }
    return status;
}

MediaInput::MediaInput(ffmpeg::Input context, ffmpeg::Failure fail)
    : m_context(std::move(context))
    , m_fail(std::move(fail))
{}

Result<std::unique_ptr<MediaInput>> MediaInput::open(const QString &path,
                                                     const ffmpeg::Failure &fail)
{
    ffmpeg::silenceLogging();
    AVFormatContext *raw = nullptr;
    const QByteArray name = QFile::encodeName(path);
    int status = avformat_open_input(&raw, name.constData(), nullptr, nullptr);
    if (status < 0)
        return fail(u"file_corrupt"_s, u"cannot open"_s, status);
    ffmpeg::Input context(raw);
    if ((status = avformat_find_stream_info(context.get(), nullptr)) < 0)
        return fail(u"file_corrupt"_s, u"cannot read the streams"_s, status);
    return std::unique_ptr<MediaInput>(new MediaInput(std::move(context), fail));
}

Result<std::unique_ptr<MediaInput::Stream>> MediaInput::openStream(AVMediaType type,
                                                                   int threads,
                                                                   const QString &missing,
                                                                   int related)
{
    const AVCodec *codec = nullptr;
    const int index = av_find_best_stream(m_context.get(), type, -1, related, &codec, 0);
    if (index < 0
        || (type == AVMEDIA_TYPE_VIDEO
            && (m_context->streams[index]->disposition & AV_DISPOSITION_ATTACHED_PIC)))
        return m_fail(u"input_unsupported"_s, missing);
    if (!codec)
        return m_fail(u"format_unsupported"_s,
                      u"no decoder for its %1 stream"_s.arg(
                          QString::fromLatin1(av_get_media_type_string(type))));
    auto stream = std::make_unique<Stream>();
    stream->stream = m_context->streams[index];
    stream->index = index;
    stream->startTime = stream->stream->start_time != AV_NOPTS_VALUE
                            ? double(stream->stream->start_time) * av_q2d(stream->stream->time_base)
                            : 0.0;
    stream->decoder.reset(avcodec_alloc_context3(codec));
    avcodec_parameters_to_context(stream->decoder.get(), stream->stream->codecpar);
    stream->decoder->pkt_timebase = stream->stream->time_base;
    stream->decoder->thread_count = threads;
    const int status = avcodec_open2(stream->decoder.get(), codec, nullptr);
    if (status < 0)
        return m_fail(u"file_corrupt"_s, u"cannot open a decoder"_s, status);
    if (type == AVMEDIA_TYPE_AUDIO && stream->decoder->ch_layout.order == AV_CHANNEL_ORDER_UNSPEC)
        av_channel_layout_default(&stream->decoder->ch_layout,
                                  stream->decoder->ch_layout.nb_channels);
    return stream;
}

double MediaInput::duration() const
{
    return m_context->duration != AV_NOPTS_VALUE && m_context->duration > 0
               ? double(m_context->duration) / AV_TIME_BASE
               : 0.0;
}

int MediaInput::readPacket(AVPacket *packet)
{
    const int status = av_read_frame(m_context.get(), packet);
    if (status >= 0 && packet->pts != AV_NOPTS_VALUE && packet->stream_index >= 0)
        m_lastReadSeconds = double(packet->pts)
                            * av_q2d(m_context->streams[packet->stream_index]->time_base);
    if (status < 0 && status != AVERROR_EOF && ++m_readErrors == 1)
        m_firstReadError = m_lastReadSeconds;
    return status;
}

std::optional<Error> MediaInput::checkDamage(const Stream &stream) const
{
    const bool video = stream.stream->codecpar->codec_type == AVMEDIA_TYPE_VIDEO;
    if (m_readErrors > 0)
        return m_fail(u"file_corrupt"_s,
                      u"damaged at %1 s: the file cannot be read further"_s.arg(m_firstReadError,
                                                                                0,
                                                                                'f',
                                                                                1));
    if (!video && stream.missingSeconds > MaxMissingSeconds)
        return m_fail(u"file_corrupt"_s,
                      u"the sound (stream %1) is damaged at %2 s: %3 s of it are missing"_s
                          .arg(stream.index)
                          .arg(stream.firstGap, 0, 'f', 1)
                          .arg(stream.missingSeconds, 0, 'f', 1));
    if (stream.damaged <= (video ? VideoTolerance : AudioTolerance))
        return std::nullopt;
    return m_fail(u"file_corrupt"_s,
                  video ? u"the video (stream %1) is damaged at %2 s: %3 frames could not be "
                          u"decoded"_s.arg(stream.index)
                              .arg(stream.firstDamage, 0, 'f', 1)
                              .arg(stream.damaged)
                        : u"the sound (stream %1) is damaged at %2 s: %3 packets could not be "
                          u"decoded"_s.arg(stream.index)
                              .arg(stream.firstDamage, 0, 'f', 1)
                              .arg(stream.damaged));
}

std::optional<Error> MediaInput::checkReachedEnd(const Stream &stream,
                                                 double reachedSeconds,
                                                 double frameSeconds,
                                                 std::optional<double> rangeEnd) const
{
    if (std::optional<Error> damage = checkDamage(stream))
        return damage;
    double promised = duration();
    if (stream.stream->duration != AV_NOPTS_VALUE && stream.stream->duration > 0)
        promised = double(stream.stream->duration) * av_q2d(stream.stream->time_base);
    const double expected = rangeEnd && (promised <= 0 || *rangeEnd < promised) ? *rangeEnd
                                                                                : promised;
    if (expected <= 0 || expected - reachedSeconds <= qMax(0.2, 4 * frameSeconds))
        return std::nullopt;
    const bool video = stream.stream->codecpar->codec_type == AVMEDIA_TYPE_VIDEO;
    return m_fail(u"file_corrupt"_s,
                  u"the %1 stops at %2 s of its %3 s: the file is truncated or damaged"_s
                      .arg(video ? u"video"_s : u"sound"_s)
                      .arg(qMax(0.0, reachedSeconds), 0, 'f', 2)
                      .arg(expected, 0, 'f', 2));
}

void MediaInput::seek(Stream &stream, double seconds)
{
    stream.nextDue = -1;
    av_seek_frame(m_context.get(),
                  -1,
                  int64_t((stream.startTime + seconds) * AV_TIME_BASE),
                  AVSEEK_FLAG_BACKWARD);
}

} // namespace spool
