#include "speechaudio.h"

#include "ffmpeg.h"
#include "mediainput.h"

#include <QFileInfo>

extern "C" {
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavutil/channel_layout.h>
}

namespace spool {

using namespace Qt::Literals::StringLiterals;

Result<std::vector<int16_t>> SpeechAudio::decode(const QString &path,
                                                 const CancelToken &cancel,
                                                 const std::function<void(double)> &progress)
{
    const ffmpeg::Failure fail{QFileInfo(path).fileName()};
    Result<std::unique_ptr<MediaInput>> opened = MediaInput::open(path, fail);
    if (!opened)
        return opened.error();
    const std::unique_ptr<MediaInput> media = std::move(opened).value();
    Result<std::unique_ptr<MediaInput::Stream>> sound
        = media->openStream(AVMEDIA_TYPE_AUDIO, 0, u"there is no sound to transcribe"_s);
    if (!sound)
        return sound.error();
    MediaInput::Stream &stream = **sound;
    AVCodecContext *decoder = stream.decoder.get();

    const QByteArray args = stream.bufferArguments();
    ffmpeg::Graph graph(avfilter_graph_alloc());
    AVFilterContext *source = nullptr;
    AVFilterContext *sink = nullptr;
    int status = ffmpeg::buildGraph(
        graph.get(),
        true,
        args,
        u"aresample=%1,aformat=sample_fmts=s16:sample_rates=%1:channel_layouts=mono"_s.arg(
            SampleRate),
        &source,
        &sink);
    if (status < 0)
        return fail(u"encoder_failed"_s, u"cannot configure the resampler"_s, status);

    std::vector<int16_t> samples;
    const double duration = media->duration();
    if (duration > 0)
        samples.reserve(size_t(duration * SampleRate) + SampleRate);
    ffmpeg::Packet packet(av_packet_alloc());
    ffmpeg::Frame decoded(av_frame_alloc());
    ffmpeg::Frame resampled(av_frame_alloc());
    const auto drainGraph = [&] {
        while (av_buffersink_get_frame(sink, resampled.get()) >= 0) {
            const auto *data = reinterpret_cast<const int16_t *>(resampled->data[0]);
            samples.insert(samples.end(), data, data + resampled->nb_samples);
            av_frame_unref(resampled.get());
        }
    };
    double reached = -1; // where the last decoded sound ends, for the damage rule
    const auto drainDecoder = [&]() -> std::optional<Error> {
        while (stream.receiveFrame(decoded.get()) >= 0) {
            decoded->pts = decoded->best_effort_timestamp;
            if (decoded->pts != AV_NOPTS_VALUE && decoder->sample_rate > 0)
                reached = qMax(reached,
                               stream.seconds(decoded->pts)
                                   + double(decoded->nb_samples) / decoder->sample_rate);
            if (progress && duration > 0 && decoded->pts != AV_NOPTS_VALUE)
                progress(stream.seconds(decoded->pts) / duration);
            const int added = av_buffersrc_add_frame_flags(source, decoded.get(), 0);
            av_frame_unref(decoded.get());
            if (added < 0)
                return fail(u"encoder_failed"_s, u"the resampler refused a frame"_s, added);
            drainGraph();
        }
        return std::nullopt;
    };
    while (true) {
        if (cancel.isCancelled())
            return Error{u"cancelled"_s, u"cancelled"_s};
        status = media->readPacket(packet.get());
        if (status == AVERROR_EOF)
            break;
        if (status < 0)
            return fail(u"file_corrupt"_s, u"cannot read the file"_s, status);
        if (packet->stream_index == stream.index) {
            stream.sendPacket(packet.get());
            if (std::optional<Error> error = drainDecoder())
                return *error;
        }
        av_packet_unref(packet.get());
    }
    stream.sendPacket(nullptr);
    if (std::optional<Error> error = drainDecoder())
        return *error;
    if (std::optional<Error> damaged = media->checkReachedEnd(stream, reached))
        return *damaged;
    if (av_buffersrc_add_frame_flags(source, nullptr, 0) >= 0)
        drainGraph();
    return samples;
}

} // namespace spool
