#include "videotranscoder.h"

#include "ffmpeg.h"
#include "framegeometry.h"
#include "mediainput.h"
#include "mediaoutput.h"

#include <QFile>
#include <QFileInfo>

extern "C" {
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavutil/channel_layout.h>
#include <libavutil/opt.h>
#include <libavutil/pixdesc.h>
}

#include <cmath>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 AacBitrate = 128000;
constexpr qint64 OpusBitrate = 96000;

QString encoderName(const QString &codec)
{
    if (codec == u"h265")
        return u"libx265"_s;
    if (codec == u"vp9")
        return u"libvpx-vp9"_s;
    if (codec == u"av1")
        return avcodec_find_encoder_by_name("libsvtav1") ? u"libsvtav1"_s : u"libaom-av1"_s;
    return u"libx264"_s;
}

// One elementary stream through the pipeline: decoder, filter graph, encoder, output stream.
struct Path
{
    std::unique_ptr<MediaInput::Stream> opened;
    AVStream *input = nullptr;
    AVCodecContext *decoder = nullptr;
    ffmpeg::Graph graph;
    AVFilterContext *bufferSource = nullptr;
    AVFilterContext *sink = nullptr;
    ffmpeg::Codec encoder;
    AVStream *output = nullptr;

    void take(std::unique_ptr<MediaInput::Stream> stream)
    {
        opened = std::move(stream);
        input = opened->stream;
        decoder = opened->decoder.get();
    }
};

} // namespace

std::optional<VideoTranscoder::Container> VideoTranscoder::container(const QString &name)
{
    if (name == u"mp4")
        return Container{name, u"mp4"_s, u"video/mp4"_s, "mp4"};
    if (name == u"webm")
        return Container{name, u"webm"_s, u"video/webm"_s, "webm"};
    if (name == u"mov")
        return Container{name, u"mov"_s, u"video/quicktime"_s, "mov"};
    if (name == u"hls")
        return Container{name, u"m3u8"_s, u"application/vnd.apple.mpegurl"_s, "hls"};
    return std::nullopt;
}

int VideoTranscoder::crf(const QString &codec, const QString &quality)
{
    static const QStringList levels{u"very_low"_s, u"low"_s, u"medium"_s, u"high"_s, u"very_high"_s};
    const qsizetype level = qMax(qsizetype(0), levels.indexOf(quality));
    const int index = int(levels.contains(quality) ? level : 2);
    static const int h264[] = {32, 28, 23, 20, 17};
    static const int h265[] = {34, 31, 28, 24, 20};
    static const int vp9[] = {45, 38, 33, 28, 23};
    static const int av1[] = {50, 42, 35, 30, 25};
    if (codec == u"h265")
        return h265[index];
    if (codec == u"vp9")
        return vp9[index];
    if (codec == u"av1")
        return av1[index];
    return h264[index];
}

std::optional<Error> VideoTranscoder::transcode(const QString &inputPath,
                                                const QJsonObject &input,
                                                const QString &outputPath,
                                                const VideoSettings &settings,
                                                const CancelToken &cancel,
                                                const std::function<void(double)> &progress,
                                                const QMap<QString, QString> &extraMuxerOptions)
{
    ffmpeg::silenceLogging();
    const ffmpeg::Failure fail{QFileInfo(inputPath).fileName()};
    const std::optional<Container> target = container(settings.format);
    if (!target)
        return fail(u"format_unsupported"_s, u"no video format \"%1\""_s.arg(settings.format));
    const QString &codec = settings.codec;
    const QByteArray videoEncoderName = encoderName(codec).toLatin1();
    const AVCodec *videoEncoder = avcodec_find_encoder_by_name(videoEncoderName.constData());
    if (!videoEncoder)
        return fail(u"format_unsupported"_s,
                    u"this FFmpeg has no %1 encoder"_s.arg(QString::fromLatin1(videoEncoderName)));

    Result<std::unique_ptr<MediaInput>> opened = MediaInput::open(inputPath, fail);
    if (!opened)
        return opened.error();
    const std::unique_ptr<MediaInput> media = std::move(opened).value();
    AVFormatContext *in = media->context();
    int status = 0;

    Path video;
    Path audio;
    // Once cancelled, the encoders are closed in the background (after the output, which is
    // declared later and goes first), so that the task ends without waiting for them.
    struct CloseOnCancel
    {
        const CancelToken &cancel;
        Path &video;
        Path &audio;
        ~CloseOnCancel()
        {
            if (!cancel.isCancelled())
                return;
            ffmpeg::freeInBackground(std::move(video.encoder));
            ffmpeg::freeInBackground(std::move(audio.encoder));
        }
    } closeOnCancel{cancel, video, audio};
    // Two decoding threads keep up with any encoder here and hold fewer frames in memory.
    Result<std::unique_ptr<MediaInput::Stream>> pictures
        = media->openStream(AVMEDIA_TYPE_VIDEO, 2, u"there is no video to transcode"_s);
    if (!pictures)
        return pictures.error();
    video.take(std::move(pictures).value());
    const int videoIndex = video.opened->index;
    int audioIndex = -1;
    if (av_find_best_stream(in, AVMEDIA_TYPE_AUDIO, -1, videoIndex, nullptr, 0) >= 0) {
        Result<std::unique_ptr<MediaInput::Stream>> sound
            = media->openStream(AVMEDIA_TYPE_AUDIO, 2, u"there is no sound"_s, videoIndex);
        if (!sound)
            return sound.error();
        audio.take(std::move(sound).value());
        audioIndex = audio.opened->index;
    }

    // The time range.
    const double start = settings.start.value_or(0.0);
    const std::optional<double> end = settings.end;
    const double duration = in->duration != AV_NOPTS_VALUE ? double(in->duration) / AV_TIME_BASE
                                                           : input.value(u"duration").toDouble();
    if (duration > 0 && start >= duration)
        return Error{u"range_invalid"_s,
                     u"%1: start (%2 s) is past the end (%3 s)"_s.arg(fail.file).arg(start).arg(
                         duration)};
    const double span = (end && (duration <= 0 || *end < duration) ? *end : duration) - start;
    const double videoStart = video.input->start_time != AV_NOPTS_VALUE
                                  ? double(video.input->start_time) * av_q2d(video.input->time_base)
                                  : 0.0;

    // Frame rate: the fps option, else the input's.
    AVRational rate = av_guess_frame_rate(in, video.input, nullptr);
    if (settings.fps)
        rate = av_d2q(*settings.fps, 1001000);
    if (rate.num <= 0 || rate.den <= 0 || av_q2d(rate) > 240)
        rate = AVRational{25, 1};

    // Output container.
    Result<std::unique_ptr<MediaOutput>> created = MediaOutput::create(outputPath,
                                                                       target->muxer,
                                                                       fail);
    if (!created)
        return created.error();
    const std::unique_ptr<MediaOutput> output = std::move(created).value();
    const bool globalHeader = output->wantsGlobalHeader();

    // Video: filters, then the encoder sized from what the filters make.
    {
        QStringList chain = FrameGeometry::filters(settings.frame, input, true);
        chain.append(u"fps=%1/%2"_s.arg(rate.num).arg(rate.den));
        chain.append(u"format=yuv420p"_s);
        const QByteArray args = video.opened->bufferArguments()
                                + u":frame_rate=%1/%2"_s.arg(rate.num).arg(rate.den).toLatin1();
        video.graph.reset(avfilter_graph_alloc());
        status = ffmpeg::buildGraph(video.graph.get(),
                                    false,
                                    args,
                                    chain.join(u','),
                                    &video.bufferSource,
                                    &video.sink);
        if (status < 0)
            return fail(u"encoder_failed"_s, u"cannot configure the video filter graph"_s, status);
        video.encoder.reset(avcodec_alloc_context3(videoEncoder));
        AVCodecContext *encoder = video.encoder.get();
        encoder->width = av_buffersink_get_w(video.sink);
        encoder->height = av_buffersink_get_h(video.sink);
        encoder->pix_fmt = AV_PIX_FMT_YUV420P;
        encoder->time_base = av_inv_q(rate);
        encoder->framerate = rate;
        encoder->sample_aspect_ratio = AVRational{1, 1};
        encoder->thread_count = 0;
        if (globalHeader)
            encoder->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
        const int crfValue = crf(codec, settings.quality);
        if (settings.bitrate) {
            encoder->bit_rate = *settings.bitrate;
        } else if (codec == u"vp9") {
            encoder->bit_rate = 0;
            av_opt_set_int(encoder->priv_data, "crf", crfValue, 0);
        } else {
            av_opt_set_int(encoder->priv_data, "crf", crfValue, 0);
        }
        if (codec == u"h264" || codec == u"h265")
            av_opt_set(encoder->priv_data, "preset", "medium", 0);
        if (codec == u"h265")
            av_opt_set(encoder->priv_data, "x265-params", "log-level=error", 0);
        if (codec == u"vp9") {
            av_opt_set(encoder->priv_data, "deadline", "good", 0);
            av_opt_set_int(encoder->priv_data, "cpu-used", 4, 0);
            av_opt_set_int(encoder->priv_data, "row-mt", 1, 0);
        }
        if (codec == u"av1")
            av_opt_set_int(encoder->priv_data, "preset", 8, 0);
        if (target->name == u"hls") {
            // A keyframe every 2 s, so segments can be cut at the same times in every
            // rendition.
            encoder->gop_size = qMax(1, int(std::lround(2 * av_q2d(rate))));
            encoder->keyint_min = encoder->gop_size;
            if (codec == u"h264")
                av_opt_set(encoder->priv_data, "x264-params", "scenecut=0", 0);
        }
        if (codec == u"h265" && target->name != u"webm")
            encoder->codec_tag = MKTAG('h', 'v', 'c', '1'); // plays in Apple's players
        if ((status = avcodec_open2(encoder, videoEncoder, nullptr)) < 0)
            return fail(u"encoder_failed"_s, u"cannot open the %1 encoder"_s.arg(codec), status);
        video.output = output->addStream(encoder);
    }

    // Sound, re-encoded for the container.
    if (audio.input) {
        const bool opus = target->name == u"webm";
        const AVCodec *audioEncoder = avcodec_find_encoder_by_name(opus ? "libopus" : "aac");
        if (!audioEncoder)
            return fail(u"format_unsupported"_s,
                        u"this FFmpeg has no %1 encoder"_s.arg(opus ? u"opus"_s : u"aac"_s));
        audio.encoder.reset(avcodec_alloc_context3(audioEncoder));
        AVCodecContext *encoder = audio.encoder.get();
        encoder->sample_rate = opus ? 48000 : audio.decoder->sample_rate;
        encoder->sample_fmt = audioEncoder->sample_fmts ? audioEncoder->sample_fmts[0]
                                                        : AV_SAMPLE_FMT_FLTP;
        av_channel_layout_default(&encoder->ch_layout,
                                  qMin(audio.decoder->ch_layout.nb_channels, 2));
        encoder->bit_rate = opus ? OpusBitrate : AacBitrate;
        encoder->time_base = AVRational{1, encoder->sample_rate};
        if (globalHeader)
            encoder->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
        if ((status = avcodec_open2(encoder, audioEncoder, nullptr)) < 0)
            return fail(u"encoder_failed"_s, u"cannot open the audio encoder"_s, status);

        char outLayout[64] = {};
        av_channel_layout_describe(&encoder->ch_layout, outLayout, sizeof outLayout);
        const double audioStart = audio.input->start_time != AV_NOPTS_VALUE
                                      ? double(audio.input->start_time)
                                            * av_q2d(audio.input->time_base)
                                      : 0.0;
        QString description;
        if (start > 0 || end) {
            description = u"atrim=start=%1"_s.arg(audioStart + start, 0, 'f', 6);
            if (end)
                description += u":end=%1"_s.arg(audioStart + *end, 0, 'f', 6);
            description += u",asetpts=PTS-STARTPTS,"_s;
        }
        description += u"aresample=%1,aformat=sample_fmts=%2:sample_rates=%1:channel_layouts=%3"_s
                           .arg(encoder->sample_rate)
                           .arg(QString::fromLatin1(av_get_sample_fmt_name(encoder->sample_fmt)),
                                QString::fromLatin1(outLayout));
        const QByteArray args = audio.opened->bufferArguments();
        audio.graph.reset(avfilter_graph_alloc());
        status = ffmpeg::buildGraph(audio.graph.get(),
                                    true,
                                    args,
                                    description,
                                    &audio.bufferSource,
                                    &audio.sink);
        if (status < 0)
            return fail(u"encoder_failed"_s, u"cannot configure the audio filter graph"_s, status);
        if (!(audioEncoder->capabilities & AV_CODEC_CAP_VARIABLE_FRAME_SIZE)
            && encoder->frame_size > 0)
            av_buffersink_set_frame_size(audio.sink, unsigned(encoder->frame_size));
        audio.output = output->addStream(encoder);
    }

    QMap<QString, QString> muxerOptions = extraMuxerOptions;
    if (target->name == u"mp4" || target->name == u"mov")
        muxerOptions.insert(u"movflags"_s, u"+faststart"_s);
    if (std::optional<Error> error = output->start(muxerOptions))
        return error;

    ffmpeg::Packet packet(av_packet_alloc());
    ffmpeg::Frame decoded(av_frame_alloc());
    ffmpeg::Frame filtered(av_frame_alloc());

    const auto encode = [&](Path &path, AVFrame *frame) {
        return output->encode(path.encoder.get(), path.output, frame, &cancel);
    };
    const auto drainGraph = [&](Path &path) -> std::optional<Error> {
        const AVRational sinkBase = av_buffersink_get_time_base(path.sink);
        while (true) {
            const int got = av_buffersink_get_frame(path.sink, filtered.get());
            if (got == AVERROR(EAGAIN) || got == AVERROR_EOF)
                return std::nullopt;
            if (got < 0)
                return fail(u"encoder_failed"_s, u"a filter failed"_s, got);
            if (filtered->pts != AV_NOPTS_VALUE)
                filtered->pts = av_rescale_q(filtered->pts, sinkBase, path.encoder->time_base);
            if (path.encoder->codec_type == AVMEDIA_TYPE_VIDEO)
                filtered->pict_type = AV_PICTURE_TYPE_NONE;
            std::optional<Error> error = encode(path, filtered.get());
            av_frame_unref(filtered.get());
            if (error)
                return error;
        }
    };

    // Video frames before `start` are decoded (from the keyframe the seek found) and dropped;
    // the first kept frame is time 0 of the output.
    const int64_t startPts = int64_t(
        std::llround((videoStart + start) / av_q2d(video.input->time_base)));
    bool pastEnd = false;
    double lastVideoTime = -1;
    // Where the last kept frame ends, in the buffer source's time base (the stream's, shifted
    // to the trim): the fps filter learns a frame's length only from the next frame's time,
    // so the end of the last one is given to it when the source closes.
    int64_t videoEndPts = AV_NOPTS_VALUE;
    const AVRational inputRate = av_guess_frame_rate(in, video.input, nullptr);
    const int64_t nominalFrameLength
        = inputRate.num > 0 && inputRate.den > 0
              ? qMax<int64_t>(1, av_rescale_q(1, av_inv_q(inputRate), video.input->time_base))
              : qMax<int64_t>(1, av_rescale_q(1, AVRational{1, 25}, video.input->time_base));
    const std::optional<int64_t> endPts = end ? std::optional<int64_t>(std::llround(
                                              (*end - start) / av_q2d(video.input->time_base)))
                                              : std::nullopt;
    const auto drainDecoder = [&](Path &path) -> std::optional<Error> {
        const bool isVideo = &path == &video;
        while (true) {
            const int got = path.opened->receiveFrame(decoded.get());
            if (got == AVERROR(EAGAIN) || got == AVERROR_EOF)
                return std::nullopt;
            // A frame the decoder refuses is counted (MediaInput's damage rule) and skipped:
            // one glitch is tolerated, more fail here, saying where the damage starts.
            if (got < 0) {
                if (std::optional<Error> damage = media->checkDamage(*path.opened))
                    return damage;
                continue;
            }
            int64_t pts = decoded->best_effort_timestamp;
            if (isVideo) {
                const double seconds = pts == AV_NOPTS_VALUE
                                           ? 0.0
                                           : double(pts) * av_q2d(video.input->time_base)
                                                 - videoStart;
                if (seconds + 1e-6 < start || (end && seconds >= *end - 1e-6)) {
                    if (end && seconds >= *end)
                        pastEnd = true;
                    av_frame_unref(decoded.get());
                    continue;
                }
                lastVideoTime = seconds;
                if (progress && span > 0)
                    progress((seconds - start) / span);
                pts = pts == AV_NOPTS_VALUE ? AV_NOPTS_VALUE : pts - startPts;
                if (pts != AV_NOPTS_VALUE) {
                    const int64_t length = decoded->pkt_duration > 0 ? decoded->pkt_duration
                                                                     : nominalFrameLength;
                    int64_t frameEnd = pts + length;
                    // A trim's end cuts the last frame short.
                    if (endPts && frameEnd > *endPts)
                        frameEnd = qMax(pts + 1, *endPts);
                    videoEndPts = qMax(videoEndPts == AV_NOPTS_VALUE ? frameEnd : videoEndPts,
                                       frameEnd);
                }
            }
            decoded->pts = pts;
            const int added = av_buffersrc_add_frame_flags(path.bufferSource,
                                                           decoded.get(),
                                                           AV_BUFFERSRC_FLAG_KEEP_REF);
            av_frame_unref(decoded.get());
            if (added < 0)
                return fail(u"encoder_failed"_s, u"a filter refused a frame"_s, added);
            if (std::optional<Error> error = drainGraph(path))
                return error;
        }
    };

    if (start > 0)
        av_seek_frame(in, -1, int64_t((videoStart + start) * AV_TIME_BASE), AVSEEK_FLAG_BACKWARD);

    bool audioPastEnd = false;
    while (!(pastEnd && (!audio.input || audioPastEnd))) {
        if (cancel.isCancelled())
            return Error{u"cancelled"_s, u"cancelled"_s};
        status = media->readPacket(packet.get());
        if (status == AVERROR_EOF)
            break;
        if (status < 0)
            return fail(u"file_corrupt"_s, u"cannot read the file"_s, status);
        Path *path = packet->stream_index == videoIndex
                         ? &video
                         : (audio.input && packet->stream_index == audioIndex ? &audio : nullptr);
        if (path && !(path == &video && pastEnd)) {
            if (path == &audio && end && packet->pts != AV_NOPTS_VALUE
                && double(packet->pts) * av_q2d(audio.input->time_base) > *end + 1.0)
                audioPastEnd = true;
            // Damaged packets are counted and judged at the end (MediaInput::checkDamage).
            path->opened->sendPacket(packet.get());
            if (std::optional<Error> error = drainDecoder(*path)) {
                av_packet_unref(packet.get());
                return error;
            }
        }
        av_packet_unref(packet.get());
    }
    for (Path *path : {&video, &audio}) {
        if (!path->input)
            continue;
        path->opened->sendPacket(nullptr);
        if (std::optional<Error> error = drainDecoder(*path))
            return error;
        status = path == &video && videoEndPts != AV_NOPTS_VALUE
                     ? av_buffersrc_close(path->bufferSource, videoEndPts, AV_BUFFERSRC_FLAG_PUSH)
                     : av_buffersrc_add_frame_flags(path->bufferSource, nullptr, 0);
        if (status < 0)
            return fail(u"encoder_failed"_s, u"a filter cannot finish"_s, status);
        if (std::optional<Error> error = drainGraph(*path))
            return error;
        if (std::optional<Error> error = encode(*path, nullptr))
            return error;
    }
    if (audio.opened)
        if (std::optional<Error> damage = media->checkDamage(*audio.opened))
            return damage;
    if (video.encoder->frame_number == 0)
        return fail(u"file_corrupt"_s, u"no video frame could be decoded in the range asked"_s);
    // A file that stops well before the end its header promises is truncated or damaged.
    const double frameTime = 1.0 / av_q2d(rate);
    if (std::optional<Error> stopped = media->checkReachedEnd(*video.opened,
                                                              lastVideoTime + frameTime,
                                                              frameTime,
                                                              end))
        return stopped;
    if (std::optional<Error> error = output->finish())
        return error;
    if (progress)
        progress(1.0);
    return std::nullopt;
}

} // namespace spool
