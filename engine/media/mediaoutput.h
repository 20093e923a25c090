#pragma once

#include "ffmpeg.h"

#include <core/canceltoken.h>
#include <core/result.h>

#include <QMap>
#include <QString>

namespace spool {

/// The muxing end of a pipeline: an output file (or set of files, for HLS) of one container,
/// its streams, and the encode-and-write step every pipeline ends with.
class MediaOutput
{
public:
    /// Prepares `path` for `muxer` (mp4, webm, image2, hls, ...). Nothing is written yet.
    static Result<std::unique_ptr<MediaOutput>> create(const QString &path,
                                                       const char *muxer,
                                                       const ffmpeg::Failure &fail);

    /// Whether encoders must put their headers out of band (AV_CODEC_FLAG_GLOBAL_HEADER).
    bool wantsGlobalHeader() const;
    /// A stream for an opened encoder.
    AVStream *addStream(const AVCodecContext *encoder);
    /// Opens the file (unless the muxer writes its own files) and writes the header.
    std::optional<Error> start(const QMap<QString, QString> &options = {});
    /// Encodes `frame` (null flushes the encoder) and writes every packet that comes out;
    /// `cancel`, when given, is checked between packets and ends the drain with `cancelled`.
    std::optional<Error> encode(AVCodecContext *encoder,
                                AVStream *stream,
                                AVFrame *frame,
                                const CancelToken *cancel = nullptr);
    /// Writes a packet an encoder gave in `timeBase` (see StillEncoder).
    std::optional<Error> write(AVPacket *packet, AVRational timeBase, AVStream *stream);
    std::optional<Error> finish();

    AVFormatContext *context() const { return m_context.get(); }

private:
    MediaOutput(ffmpeg::Output context, QString path, ffmpeg::Failure fail);

    ffmpeg::Output m_context;
    QString m_path;
    ffmpeg::Failure m_fail;
    ffmpeg::Packet m_packet;
};

} // namespace spool
