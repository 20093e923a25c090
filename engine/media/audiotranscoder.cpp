#include "audiotranscoder.h"

#include "ffmpeg.h"
#include "mediainput.h"
#include "mediaoutput.h"

#include <QFile>
#include <QFileInfo>

extern "C" {
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavutil/channel_layout.h>
#include <libavutil/opt.h>
}

#include <cmath>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

int pickSampleRate(const AVCodec *encoder, int wanted)
{
    if (!encoder->supported_samplerates)
        return wanted;
    int best = encoder->supported_samplerates[0];
    for (const int *rate = encoder->supported_samplerates; *rate; ++rate) {
        if (std::abs(*rate - wanted) < std::abs(best - wanted))
            best = *rate;
    }
    return best;
}

AVSampleFormat pickSampleFormat(const AVCodec *encoder, AVSampleFormat wanted)
{
    if (!encoder->sample_fmts)
        return wanted;
    for (const AVSampleFormat *format = encoder->sample_fmts; *format != AV_SAMPLE_FMT_NONE;
         ++format) {
        if (*format == wanted)
            return wanted;
    }
    return encoder->sample_fmts[0];
}

} // namespace

std::optional<AudioTranscoder::Format> AudioTranscoder::format(const QString &name)
{
    if (name == u"mp3")
        return Format{name, u"mp3"_s, u"audio/mpeg"_s, "mp3", "libmp3lame"};
    if (name == u"aac")
        return Format{name, u"m4a"_s, u"audio/mp4"_s, "ipod", "aac"};
    if (name == u"wav")
        return Format{name, u"wav"_s, u"audio/wav"_s, "wav", "pcm_s16le"};
    if (name == u"ogg")
        return Format{name, u"ogg"_s, u"audio/ogg"_s, "ogg", "libvorbis"};
    if (name == u"flac")
        return Format{name, u"flac"_s, u"audio/flac"_s, "flac", "flac"};
    return std::nullopt;
}

qint64 AudioTranscoder::bitrateForQuality(const QString &quality)
{
    if (quality == u"very_low")
        return 64000;
    if (quality == u"low")
        return 96000;
    if (quality == u"high")
        return 192000;
    if (quality == u"very_high")
        return 256000;
    return 128000;
}

std::optional<Error> AudioTranscoder::transcode(const QString &inputPath,
                                                const QString &outputPath,
                                                const Settings &settings,
                                                const CancelToken &cancel,
                                                const std::function<void(double)> &progress)
{
    const ffmpeg::Failure fail{QFileInfo(inputPath).fileName()};
    const std::optional<Format> target = format(settings.format);
    if (!target)
        return fail(u"format_unsupported"_s, u"no audio format \"%1\""_s.arg(settings.format));

    Result<std::unique_ptr<MediaInput>> input = MediaInput::open(inputPath, fail);
    if (!input)
        return input.error();
    Result<std::unique_ptr<MediaInput::Stream>> opened
        = (*input)->openStream(AVMEDIA_TYPE_AUDIO, 0, u"there is no sound to extract"_s);
    if (!opened)
        return opened.error();
    MediaInput::Stream &sound = **opened;
    AVCodecContext *decoder = sound.decoder.get();

    const double start = settings.start.value_or(0.0);
    const double total = (*input)->duration();
    if (total > 0 && start >= total) {
        return Error{u"range_invalid"_s,
                     u"%1: start (%2 s) is past the end of the input (%3 s)"_s
                         .arg(fail.file, QString::number(start), QString::number(total, 'f', 3))};
    }

    // Encoder and output.
    const AVCodec *encoderCodec = avcodec_find_encoder_by_name(target->encoder);
    if (!encoderCodec) {
        return fail(u"format_unsupported"_s,
                    u"this FFmpeg has no %1 encoder"_s.arg(QString::fromLatin1(target->encoder)));
    }
    Result<std::unique_ptr<MediaOutput>> output = MediaOutput::create(outputPath,
                                                                      target->muxer,
                                                                      fail);
    if (!output)
        return output.error();
    const bool lossless = target->name == u"wav" || target->name == u"flac";
    const qint64 wantedBitrate = settings.bitrate.value_or(bitrateForQuality(settings.quality));
    // Some encoders take only some rates, and libvorbis and LAME only some bitrates for a
    // given rate and channel count (Vorbis has no 128 kb/s mode for 8 kHz mono and no managed
    // mode at 96 kHz at all). So the encoder is opened with what it takes, nearest first: the
    // input's rate (or the nearest the encoder lists) at the bitrate asked for, then lower
    // bitrates, then 48 and 44.1 kHz; the filter graph resamples to whatever opened.
    QList<int> rates{pickSampleRate(encoderCodec, decoder->sample_rate)};
    for (const int common : {48000, 44100}) {
        if (!rates.contains(common))
            rates.append(common);
    }
    QList<qint64> bitrates{lossless ? 0 : wantedBitrate};
    for (qint64 lower = wantedBitrate * 3 / 4; !lossless && lower >= 16000; lower = lower * 3 / 4)
        bitrates.append(lower);
    ffmpeg::Codec encoder;
    int status = 0;
    for (const int rate : std::as_const(rates)) {
        for (const qint64 bitrate : std::as_const(bitrates)) {
            encoder.reset(avcodec_alloc_context3(encoderCodec));
            encoder->sample_rate = rate;
            encoder->sample_fmt = pickSampleFormat(encoderCodec, decoder->sample_fmt);
            // Mono stays mono; anything wider than stereo is mixed down to stereo.
            av_channel_layout_default(&encoder->ch_layout, qMin(decoder->ch_layout.nb_channels, 2));
            encoder->time_base = AVRational{1, encoder->sample_rate};
            if (!lossless)
                encoder->bit_rate = bitrate;
            if (target->name == u"flac")
                encoder->compression_level = settings.quality == u"very_high" ? 8 : 5;
            if ((*output)->wantsGlobalHeader())
                encoder->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
            if ((status = avcodec_open2(encoder.get(), encoderCodec, nullptr)) >= 0)
                break;
        }
        if (status >= 0)
            break;
    }
    if (status < 0)
        return fail(u"encoder_failed"_s,
                    u"cannot open the %1 encoder for %2 Hz, %3 channels"_s.arg(target->name)
                        .arg(decoder->sample_rate)
                        .arg(decoder->ch_layout.nb_channels),
                    status);
    AVStream *outStream = (*output)->addStream(encoder.get());
    if (std::optional<Error> error = (*output)->start())
        return error;

    // Filter graph: trim to [start, end), then fit the sound to the encoder.
    const QByteArray sourceArgs = sound.bufferArguments();
    char outLayout[64] = {};
    av_channel_layout_describe(&encoder->ch_layout, outLayout, sizeof outLayout);
    QString description;
    if (settings.start || settings.end) {
        description += u"atrim=start=%1"_s.arg(sound.startTime + start, 0, 'f', 6);
        if (settings.end)
            description += u":end=%1"_s.arg(sound.startTime + *settings.end, 0, 'f', 6);
        description += u",asetpts=PTS-STARTPTS,"_s;
    }
    description += u"aresample=%1,aformat=sample_fmts=%2:sample_rates=%1:channel_layouts=%3"_s
                       .arg(encoder->sample_rate)
                       .arg(QString::fromLatin1(av_get_sample_fmt_name(encoder->sample_fmt)),
                            QString::fromLatin1(outLayout));
    ffmpeg::Graph graph(avfilter_graph_alloc());
    AVFilterContext *source = nullptr;
    AVFilterContext *sink = nullptr;
    status = ffmpeg::buildGraph(graph.get(), true, sourceArgs, description, &source, &sink);
    if (status < 0)
        return fail(u"encoder_failed"_s, u"cannot configure the audio filter graph"_s, status);
    if (!(encoderCodec->capabilities & AV_CODEC_CAP_VARIABLE_FRAME_SIZE) && encoder->frame_size > 0)
        av_buffersink_set_frame_size(sink, unsigned(encoder->frame_size));

    if (start > 0)
        (*input)->seek(sound, start);
    const double span = (settings.end ? qMin(*settings.end, total > 0 ? total : *settings.end)
                                      : total)
                        - start;

    ffmpeg::Packet packet(av_packet_alloc());
    ffmpeg::Frame decoded(av_frame_alloc());
    ffmpeg::Frame filtered(av_frame_alloc());
    // Moves every frame the graph has ready to the encoder.
    const auto drainGraph = [&]() -> std::optional<Error> {
        while (true) {
            const int got = av_buffersink_get_frame(sink, filtered.get());
            if (got == AVERROR(EAGAIN) || got == AVERROR_EOF)
                return std::nullopt;
            if (got < 0)
                return fail(u"encoder_failed"_s, u"the audio filter failed"_s, got);
            std::optional<Error> error = (*output)->encode(encoder.get(), outStream, filtered.get());
            av_frame_unref(filtered.get());
            if (error)
                return error;
        }
    };
    // Decodes what the decoder has ready and feeds the graph.
    bool pastEnd = false;
    double reached = -1; // where the last decoded sound ends, for the damage rule
    const auto drainDecoder = [&]() -> std::optional<Error> {
        while (true) {
            const int got = sound.receiveFrame(decoded.get());
            if (got == AVERROR(EAGAIN) || got == AVERROR_EOF)
                return std::nullopt;
            // A packet the decoder refuses is counted (MediaInput's damage rule) and skipped:
            // a few are tolerated, more fail here, saying where the damage starts.
            if (got < 0) {
                if (std::optional<Error> damage = (*input)->checkDamage(sound))
                    return damage;
                continue;
            }
            const int64_t pts = decoded->best_effort_timestamp;
            if (pts != AV_NOPTS_VALUE) {
                const double seconds = sound.seconds(pts);
                if (decoder->sample_rate > 0)
                    reached = qMax(reached,
                                   seconds + double(decoded->nb_samples) / decoder->sample_rate);
                if (progress && span > 0)
                    progress((seconds - start) / span);
                if (settings.end && seconds > *settings.end + 1.0)
                    pastEnd = true;
            }
            decoded->pts = pts;
            const int added = av_buffersrc_add_frame_flags(source,
                                                           decoded.get(),
                                                           AV_BUFFERSRC_FLAG_KEEP_REF);
            av_frame_unref(decoded.get());
            if (added < 0)
                return fail(u"encoder_failed"_s, u"the audio filter refused a frame"_s, added);
            if (std::optional<Error> error = drainGraph())
                return error;
        }
    };

    while (!pastEnd) {
        if (cancel.isCancelled())
            return Error{u"cancelled"_s, u"cancelled"_s};
        status = (*input)->readPacket(packet.get());
        if (status == AVERROR_EOF)
            break;
        if (status < 0)
            return fail(u"file_corrupt"_s, u"cannot read the file"_s, status);
        if (packet->stream_index == sound.index) {
            // Damaged packets are counted and judged at the end (MediaInput::checkDamage).
            sound.sendPacket(packet.get());
            if (std::optional<Error> error = drainDecoder()) {
                av_packet_unref(packet.get());
                return error;
            }
        }
        av_packet_unref(packet.get());
    }
    sound.sendPacket(nullptr);
    if (std::optional<Error> error = drainDecoder())
        return error;
    if (std::optional<Error> damaged = (*input)->checkReachedEnd(sound, reached, 0, settings.end))
        return damaged;
    if ((status = av_buffersrc_add_frame_flags(source, nullptr, 0)) < 0)
        return fail(u"encoder_failed"_s, u"the audio filter cannot finish"_s, status);
    if (std::optional<Error> error = drainGraph())
        return error;
    if (std::optional<Error> error = (*output)->encode(encoder.get(), outStream, nullptr, &cancel))
        return error;
    if (std::optional<Error> error = (*output)->finish())
        return error;
    if (progress)
        progress(1.0);
    return std::nullopt;
}

} // namespace spool
