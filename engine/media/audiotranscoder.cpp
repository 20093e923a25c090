#include "audiotranscoder.h"

#include "ffmpeg.h"

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
    ffmpeg::silenceLogging();
    const ffmpeg::Failure fail{QFileInfo(inputPath).fileName()};
    const std::optional<Format> target = format(settings.format);
    if (!target)
        return fail(u"format_unsupported"_s, u"no audio format \"%1\""_s.arg(settings.format));

    // Input and decoder.
    AVFormatContext *rawInput = nullptr;
    const QByteArray inputName = QFile::encodeName(inputPath);
    int status = avformat_open_input(&rawInput, inputName.constData(), nullptr, nullptr);
    if (status < 0)
        return fail(u"file_corrupt"_s, u"cannot open"_s, status);
    ffmpeg::Input input(rawInput);
    if ((status = avformat_find_stream_info(input.get(), nullptr)) < 0)
        return fail(u"file_corrupt"_s, u"cannot read the streams"_s, status);
    const AVCodec *decoderCodec = nullptr;
    const int streamIndex
        = av_find_best_stream(input.get(), AVMEDIA_TYPE_AUDIO, -1, -1, &decoderCodec, 0);
    if (streamIndex < 0)
        return fail(u"input_unsupported"_s, u"there is no sound to extract"_s);
    AVStream *stream = input->streams[streamIndex];
    if (!decoderCodec)
        return fail(u"format_unsupported"_s, u"no decoder for its audio codec"_s);
    ffmpeg::Codec decoder(avcodec_alloc_context3(decoderCodec));
    avcodec_parameters_to_context(decoder.get(), stream->codecpar);
    decoder->pkt_timebase = stream->time_base;
    if ((status = avcodec_open2(decoder.get(), decoderCodec, nullptr)) < 0)
        return fail(u"file_corrupt"_s, u"cannot open the audio decoder"_s, status);
    if (decoder->ch_layout.order == AV_CHANNEL_ORDER_UNSPEC)
        av_channel_layout_default(&decoder->ch_layout, decoder->ch_layout.nb_channels);

    // Encoder.
    const AVCodec *encoderCodec = avcodec_find_encoder_by_name(target->encoder);
    if (!encoderCodec) {
        return fail(u"format_unsupported"_s,
                    u"this FFmpeg has no %1 encoder"_s.arg(QString::fromLatin1(target->encoder)));
    }
    ffmpeg::Codec encoder(avcodec_alloc_context3(encoderCodec));
    encoder->sample_rate = pickSampleRate(encoderCodec, decoder->sample_rate);
    encoder->sample_fmt = pickSampleFormat(encoderCodec, decoder->sample_fmt);
    // Mono stays mono; anything wider than stereo is mixed down to stereo.
    av_channel_layout_default(&encoder->ch_layout, qMin(decoder->ch_layout.nb_channels, 2));
    encoder->time_base = AVRational{1, encoder->sample_rate};
    const bool lossless = target->name == u"wav" || target->name == u"flac";
    if (!lossless)
        encoder->bit_rate = settings.bitrate.value_or(bitrateForQuality(settings.quality));
    if (target->name == u"flac")
        encoder->compression_level = settings.quality == u"very_high" ? 8 : 5;

    // Output.
    AVFormatContext *rawOutput = nullptr;
    const QByteArray outputName = QFile::encodeName(outputPath);
    if ((status = avformat_alloc_output_context2(&rawOutput,
                                                 nullptr,
                                                 target->muxer,
                                                 outputName.constData()))
        < 0)
        return fail(u"format_unsupported"_s, u"cannot make a %1 file"_s.arg(target->name), status);
    ffmpeg::Output output(rawOutput);
    if (output->oformat->flags & AVFMT_GLOBALHEADER)
        encoder->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    if ((status = avcodec_open2(encoder.get(), encoderCodec, nullptr)) < 0)
        return fail(u"encoder_failed"_s, u"cannot open the %1 encoder"_s.arg(target->name), status);
    AVStream *outStream = avformat_new_stream(output.get(), nullptr);
    avcodec_parameters_from_context(outStream->codecpar, encoder.get());
    outStream->time_base = encoder->time_base;
    if ((status = avio_open(&output->pb, outputName.constData(), AVIO_FLAG_WRITE)) < 0)
        return fail(u"file_unwritable"_s, u"cannot write %1"_s.arg(outputPath), status);
    if ((status = avformat_write_header(output.get(), nullptr)) < 0)
        return fail(u"encoder_failed"_s, u"cannot start the output file"_s, status);

    // Filter graph: trim to [start, end), then fit the sound to the encoder.
    const double streamStart = stream->start_time != AV_NOPTS_VALUE
                                   ? double(stream->start_time) * av_q2d(stream->time_base)
                                   : 0.0;
    const double start = settings.start.value_or(0.0);
    ffmpeg::Graph graph(avfilter_graph_alloc());
    char layoutName[64] = {};
    av_channel_layout_describe(&decoder->ch_layout, layoutName, sizeof layoutName);
    const QByteArray sourceArgs
        = QStringLiteral("time_base=%1/%2:sample_rate=%3:sample_fmt=%4:channel_layout=%5")
              .arg(stream->time_base.num)
              .arg(stream->time_base.den)
              .arg(decoder->sample_rate)
              .arg(QString::fromLatin1(av_get_sample_fmt_name(decoder->sample_fmt)),
                   QString::fromLatin1(layoutName))
              .toLatin1();
    AVFilterContext *source = nullptr;
    AVFilterContext *sink = nullptr;
    char outLayout[64] = {};
    av_channel_layout_describe(&encoder->ch_layout, outLayout, sizeof outLayout);
    QString description;
    if (settings.start || settings.end) {
        description += u"atrim=start=%1"_s.arg(streamStart + start, 0, 'f', 6);
        if (settings.end)
            description += u":end=%1"_s.arg(streamStart + *settings.end, 0, 'f', 6);
        description += u",asetpts=PTS-STARTPTS,"_s;
    }
    description += u"aresample=%1,aformat=sample_fmts=%2:sample_rates=%1:channel_layouts=%3"_s
                       .arg(encoder->sample_rate)
                       .arg(QString::fromLatin1(av_get_sample_fmt_name(encoder->sample_fmt)),
                            QString::fromLatin1(outLayout));
    status = ffmpeg::buildGraph(graph.get(), true, sourceArgs, description, &source, &sink);
    if (status < 0)
        return fail(u"encoder_failed"_s, u"cannot configure the audio filter graph"_s, status);
    if (!(encoderCodec->capabilities & AV_CODEC_CAP_VARIABLE_FRAME_SIZE) && encoder->frame_size > 0)
        av_buffersink_set_frame_size(sink, unsigned(encoder->frame_size));

    if (start > 0)
        av_seek_frame(input.get(),
                      -1,
                      qint64((streamStart + start) * AV_TIME_BASE),
                      AVSEEK_FLAG_BACKWARD);

    double total = 0;
    if (input->duration != AV_NOPTS_VALUE && input->duration > 0)
        total = double(input->duration) / AV_TIME_BASE;
    if (total > 0 && start >= total) {
        return Error{u"range_invalid"_s,
                     u"%1: start (%2 s) is past the end of the input (%3 s)"_s
                         .arg(fail.file, QString::number(start), QString::number(total, 'f', 3))};
    }
    const double span = (settings.end ? qMin(*settings.end, total > 0 ? total : *settings.end)
                                      : total)
                        - start;

    ffmpeg::Packet packet(av_packet_alloc());
    ffmpeg::Packet encoded(av_packet_alloc());
    ffmpeg::Frame decoded(av_frame_alloc());
    ffmpeg::Frame filtered(av_frame_alloc());

    // Encodes `frame` (null flushes) and writes every packet that comes out.
    const auto encode = [&](AVFrame *frame) -> std::optional<Error> {
        int sent = avcodec_send_frame(encoder.get(), frame);
        if (sent < 0 && sent != AVERROR_EOF)
            return fail(u"encoder_failed"_s, u"encoding failed"_s, sent);
        while (true) {
            const int received = avcodec_receive_packet(encoder.get(), encoded.get());
            if (received == AVERROR(EAGAIN) || received == AVERROR_EOF)
                return std::nullopt;
            if (received < 0)
                return fail(u"encoder_failed"_s, u"encoding failed"_s, received);
            av_packet_rescale_ts(encoded.get(), encoder->time_base, outStream->time_base);
            encoded->stream_index = outStream->index;
            const int written = av_interleaved_write_frame(output.get(), encoded.get());
            if (written < 0)
                return fail(u"file_unwritable"_s, u"cannot write the sound"_s, written);
        }
    };
    // Moves every frame the graph has ready to the encoder.
    const auto drainGraph = [&]() -> std::optional<Error> {
        while (true) {
            const int got = av_buffersink_get_frame(sink, filtered.get());
            if (got == AVERROR(EAGAIN) || got == AVERROR_EOF)
                return std::nullopt;
            if (got < 0)
                return fail(u"encoder_failed"_s, u"the audio filter failed"_s, got);
            std::optional<Error> error = encode(filtered.get());
            av_frame_unref(filtered.get());
            if (error)
                return error;
        }
    };
    // Decodes what the decoder has ready and feeds the graph; false once past `end`.
    bool pastEnd = false;
    const auto drainDecoder = [&]() -> std::optional<Error> {
        while (true) {
            const int got = avcodec_receive_frame(decoder.get(), decoded.get());
            if (got == AVERROR(EAGAIN) || got == AVERROR_EOF)
                return std::nullopt;
            if (got < 0)
                return fail(u"file_corrupt"_s, u"the sound cannot be decoded"_s, got);
            const int64_t pts = decoded->best_effort_timestamp;
            if (pts != AV_NOPTS_VALUE) {
                const double seconds = double(pts) * av_q2d(stream->time_base) - streamStart;
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

    int corrupt = 0;
    while (!pastEnd) {
        if (cancel.isCancelled())
            return Error{u"cancelled"_s, u"cancelled"_s};
        status = av_read_frame(input.get(), packet.get());
        if (status == AVERROR_EOF)
            break;
        if (status < 0)
            return fail(u"file_corrupt"_s, u"cannot read the file"_s, status);
        if (packet->stream_index == streamIndex) {
            const int sent = avcodec_send_packet(decoder.get(), packet.get());
            // A damaged packet here and there is skipped, as players do; many are an error.
            if (sent < 0 && sent != AVERROR(EAGAIN) && ++corrupt > 50) {
                av_packet_unref(packet.get());
                return fail(u"file_corrupt"_s, u"the sound is damaged"_s, sent);
            }
            if (std::optional<Error> error = drainDecoder()) {
                av_packet_unref(packet.get());
                return error;
            }
        }
        av_packet_unref(packet.get());
    }
    avcodec_send_packet(decoder.get(), nullptr);
    if (std::optional<Error> error = drainDecoder())
        return error;
    if ((status = av_buffersrc_add_frame_flags(source, nullptr, 0)) < 0)
        return fail(u"encoder_failed"_s, u"the audio filter cannot finish"_s, status);
    if (std::optional<Error> error = drainGraph())
        return error;
    if (std::optional<Error> error = encode(nullptr))
        return error;
    if ((status = av_write_trailer(output.get())) < 0)
        return fail(u"file_unwritable"_s, u"cannot finish the output file"_s, status);
    if (output->pb->error < 0 || (output->pb && avio_tell(output->pb) <= 0))
        return fail(u"file_unwritable"_s, u"the output file is empty"_s);
    if (progress)
        progress(1.0);
    return std::nullopt;
}

} // namespace spool
