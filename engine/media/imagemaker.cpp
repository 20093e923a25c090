#include "imagemaker.h"

#include "ffmpeg.h"
#include "framegeometry.h"
#include "mediainput.h"
#include "mediaoutput.h"
#include "stillencoder.h"

#include <QFile>
#include <QFileInfo>

extern "C" {
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavutil/opt.h>
#include <libavutil/pixdesc.h>
}

#include <cmath>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int RepresentativeBatch = 50;

int jpegScale(const QString &quality)
{
    if (quality == u"very_low")
        return 24;
    if (quality == u"low")
        return 12;
    if (quality == u"high")
        return 3;
    if (quality == u"very_high")
        return 2;
    return 5;
}

double webpQuality(const QString &quality)
{
    if (quality == u"very_low")
        return 30;
    if (quality == u"low")
        return 50;
    if (quality == u"high")
        return 85;
    if (quality == u"very_high")
        return 95;
    return 75;
}

int avifCrf(const QString &quality)
{
    if (quality == u"very_low")
        return 50;
    if (quality == u"low")
        return 40;
    if (quality == u"high")
        return 24;
    if (quality == u"very_high")
        return 16;
    return 32;
}

} // namespace

QString ImageMaker::pixelFormatFilter(const Format &format)
{
    // What each encoder takes: full-range 4:2:0 for JPEG, RGB for PNG, 4:2:0 for the others.
    if (format.name == u"png")
        return u"format=rgb24"_s;
    if (format.name == u"jpeg")
        return u"format=yuvj420p"_s;
    return u"format=yuv420p"_s;
}

std::optional<ImageMaker::Format> ImageMaker::format(const QString &name)
{
    if (name == u"jpeg")
        return Format{name, u"jpg"_s, u"image/jpeg"_s, "image2", "mjpeg"};
    if (name == u"png")
        return Format{name, u"png"_s, u"image/png"_s, "image2", "png"};
    if (name == u"webp")
        return Format{name, u"webp"_s, u"image/webp"_s, "webp", "libwebp"};
    if (name == u"avif")
        return Format{name, u"avif"_s, u"image/avif"_s, "avif", "libaom-av1"};
    return std::nullopt;
}

std::optional<Error> ImageMaker::make(const QString &inputPath,
                                      const QJsonObject &input,
                                      const QString &outputPath,
                                      const ImageSettings &settings,
                                      const CancelToken &cancel)
{
    ffmpeg::silenceLogging();
    const ffmpeg::Failure fail{QFileInfo(inputPath).fileName()};
    const std::optional<Format> target = format(settings.format);
    if (!target)
        return fail(u"format_unsupported"_s, u"no image format \"%1\""_s.arg(settings.format));
    const AVCodec *encoderCodec = avcodec_find_encoder_by_name(target->encoder);
    if (!encoderCodec) {
        return fail(u"format_unsupported"_s,
                    u"this FFmpeg has no %1 encoder, so it cannot write %2 images"_s
                        .arg(QString::fromLatin1(target->encoder), target->name));
    }

    Result<std::unique_ptr<MediaInput>> opened = MediaInput::open(inputPath, fail);
    if (!opened)
        return opened.error();
    const std::unique_ptr<MediaInput> media = std::move(opened).value();
    Result<std::unique_ptr<MediaInput::Stream>> videoStream
        = media->openStream(AVMEDIA_TYPE_VIDEO, 0, u"there is no picture to make an image from"_s);
    if (!videoStream)
        return videoStream.error();
    AVFormatContext *in = media->context();
    AVStream *stream = (*videoStream)->stream;
    const int streamIndex = (*videoStream)->index;
    int status = 0;

    // Which frame.
    const bool still = input.value(u"kind").toString() == u"image";
    const double streamStart = stream->start_time != AV_NOPTS_VALUE
                                   ? double(stream->start_time) * av_q2d(stream->time_base)
                                   : 0.0;
    const double duration = input.value(u"duration").toDouble();
    const bool exact = settings.start && !still;
    double seekTo = 0;
    if (exact) {
        seekTo = *settings.start;
        if (duration > 0 && seekTo >= duration) {
            return Error{u"range_invalid"_s,
                         u"%1: start (%2 s) is past the end (%3 s)"_s.arg(fail.file).arg(seekTo).arg(
                             duration)};
        }
    } else if (!still && duration > 2) {
        seekTo = duration / 10;
    }
    if (seekTo > 0)
        av_seek_frame(in, -1, qint64((streamStart + seekTo) * AV_TIME_BASE), AVSEEK_FLAG_BACKWARD);

    QStringList chain;
    if (!exact && !still)
        chain.append(u"thumbnail=n=%1"_s.arg(RepresentativeBatch));
    chain += FrameGeometry::filters(settings.frame, input);

    chain.append(pixelFormatFilter(*target));

    ffmpeg::Graph graph(avfilter_graph_alloc());
    const QByteArray sourceArgs = (*videoStream)->bufferArguments();
    AVFilterContext *source = nullptr;
    AVFilterContext *sink = nullptr;
    status = ffmpeg::buildGraph(graph.get(), false, sourceArgs, chain.join(u','), &source, &sink);
    if (status < 0)
        return fail(u"encoder_failed"_s, u"cannot configure the image filter graph"_s, status);

    // Decode until the filter hands back the frame.
    ffmpeg::Packet packet(av_packet_alloc());
    ffmpeg::Frame decoded(av_frame_alloc());
    ffmpeg::Frame picture(av_frame_alloc());
    bool havePicture = false;
    bool inputDone = false;
    int fed = 0;
    const auto pull = [&]() -> int {
        const int got = av_buffersink_get_frame(sink, picture.get());
        if (got >= 0)
            havePicture = true;
        return got;
    };
    const auto feed = [&](AVFrame *frame) -> int {
        const int added = av_buffersrc_add_frame_flags(source, frame, AV_BUFFERSRC_FLAG_KEEP_REF);
        if (added < 0)
            return added;
        ++fed;
        pull();
        return 0;
    };
    while (!havePicture && !inputDone) {
        if (cancel.isCancelled())
            return Error{u"cancelled"_s, u"cancelled"_s};
        status = media->readPacket(packet.get());
        if (status < 0) {
            inputDone = true;
            (*videoStream)->sendPacket(nullptr);
        } else if (packet->stream_index != streamIndex) {
            av_packet_unref(packet.get());
            continue;
        } else {
            (*videoStream)->sendPacket(packet.get());
            av_packet_unref(packet.get());
        }
        while (!havePicture && (*videoStream)->receiveFrame(decoded.get()) >= 0) {
            const int64_t pts = decoded->best_effort_timestamp;
            const double seconds = pts == AV_NOPTS_VALUE
                                       ? 0.0
                                       : double(pts) * av_q2d(stream->time_base) - streamStart;
            // Frame-accurate: skip what lies before `start` (the seek lands on a keyframe).
            const bool wanted = !exact || seconds + 1e-6 >= seekTo;
            decoded->pts = pts;
            if (wanted && (status = feed(decoded.get())) < 0)
                return fail(u"encoder_failed"_s, u"the image filter refused a frame"_s, status);
            av_frame_unref(decoded.get());
            // The representative frame is chosen among a batch; feed it, then close the graph.
            if (!exact && !still && fed >= RepresentativeBatch)
                break;
        }
        if (!exact && !still && fed >= RepresentativeBatch && !havePicture)
            break;
    }
    if (!havePicture && fed > 0) {
        if ((status = av_buffersrc_add_frame_flags(source, nullptr, 0)) < 0)
            return fail(u"encoder_failed"_s, u"the image filter cannot finish"_s, status);
        pull();
    }
    // The file ended before the frame asked for: say where it stops.
    if (!havePicture && inputDone && exact)
        if (std::optional<Error> damaged = media->checkReachedEnd(**videoStream,
                                                                  (*videoStream)->lastSeconds,
                                                                  0,
                                                                  seekTo))
            return *damaged;
    if (!havePicture)
        return fail(u"file_corrupt"_s, u"no frame could be decoded"_s);
    // Damage on the way to the frame asked for (from the keyframe before it) refuses it too.
    if (std::optional<Error> damaged = media->checkDamage(**videoStream))
        return *damaged;

    return writeImage(picture.get(), *target, settings.quality, outputPath, fail.file, cancel);
}

std::optional<Error> ImageMaker::writeImage(AVFrame *picture,
                                            const Format &format,
                                            const QString &quality,
                                            const QString &outputPath,
                                            const QString &fileName,
                                            const CancelToken &cancel)
{
    const ffmpeg::Failure fail{fileName};
    const Format *target = &format;
    const AVCodec *encoderCodec = avcodec_find_encoder_by_name(format.encoder);
    if (!encoderCodec) {
        return fail(u"format_unsupported"_s,
                    u"this FFmpeg has no %1 encoder, so it cannot write %2 images"_s
                        .arg(QString::fromLatin1(format.encoder), format.name));
    }
    ffmpeg::Codec encoder(avcodec_alloc_context3(encoderCodec));
    int status = 0;
    // Encode and write.
    encoder->width = picture->width;
    encoder->height = picture->height;
    encoder->pix_fmt = AVPixelFormat(picture->format);
    encoder->time_base = AVRational{1, 25};
    encoder->sample_aspect_ratio = AVRational{1, 1};
    if (target->name == u"jpeg") {
        encoder->flags |= AV_CODEC_FLAG_QSCALE;
        encoder->global_quality = FF_QP2LAMBDA * jpegScale(quality);
    } else if (target->name == u"webp") {
        av_opt_set_double(encoder->priv_data, "quality", webpQuality(quality), 0);
    } else if (target->name == u"avif") {
        av_opt_set_int(encoder->priv_data, "crf", avifCrf(quality), 0);
        av_opt_set_int(encoder->priv_data, "cpu-used", 6, 0);
        encoder->bit_rate = 0;
    }
    Result<std::unique_ptr<MediaOutput>> output = MediaOutput::create(outputPath,
                                                                      target->muxer,
                                                                      fail);
    if (!output)
        return output.error();
    if ((*output)->wantsGlobalHeader())
        encoder->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    if ((status = avcodec_open2(encoder.get(), encoderCodec, nullptr)) < 0)
        return fail(u"encoder_failed"_s, u"cannot open the %1 encoder"_s.arg(target->name), status);
    AVStream *outStream = (*output)->addStream(encoder.get());
    QMap<QString, QString> muxerOptions;
    if (qstrcmp(target->muxer, "image2") == 0)
        muxerOptions.insert(u"update"_s, u"1"_s); // one file, not a numbered sequence
    if (std::optional<Error> error = (*output)->start(muxerOptions))
        return error;
    picture->pts = 0;
    const AVRational timeBase = encoder->time_base;
    Result<std::vector<ffmpeg::Packet>> packets = StillEncoder::encode(std::move(encoder),
                                                                       picture,
                                                                       cancel,
                                                                       fail);
    if (!packets)
        return packets.error();
    for (const ffmpeg::Packet &packet : *packets) {
        if (std::optional<Error> error = (*output)->write(packet.get(), timeBase, outStream))
            return error;
    }
    if (std::optional<Error> error = (*output)->finish())
        return error;
    return std::nullopt;
}

} // namespace spool
