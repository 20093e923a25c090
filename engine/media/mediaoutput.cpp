#include "mediaoutput.h"

#include <QFile>

namespace spool {

using namespace Qt::Literals::StringLiterals;

MediaOutput::MediaOutput(ffmpeg::Output context, QString path, ffmpeg::Failure fail)
    : m_context(std::move(context))
    , m_path(std::move(path))
    , m_fail(std::move(fail))
    , m_packet(av_packet_alloc())
{}

Result<std::unique_ptr<MediaOutput>> MediaOutput::create(const QString &path,
                                                         const char *muxer,
                                                         const ffmpeg::Failure &fail)
{
    AVFormatContext *raw = nullptr;
    const QByteArray name = QFile::encodeName(path);
    const int status = avformat_alloc_output_context2(&raw, nullptr, muxer, name.constData());
    if (status < 0) {
        return fail(u"format_unsupported"_s,
                    u"cannot make a %1 file"_s.arg(QString::fromLatin1(muxer)),
                    status);
    }
    return std::unique_ptr<MediaOutput>(new MediaOutput(ffmpeg::Output(raw), path, fail));
}

bool MediaOutput::wantsGlobalHeader() const
{
    return m_context->oformat->flags & AVFMT_GLOBALHEADER;
}

AVStream *MediaOutput::addStream(const AVCodecContext *encoder)
{
    AVStream *stream = avformat_new_stream(m_context.get(), nullptr);
    avcodec_parameters_from_context(stream->codecpar, encoder);
    stream->time_base = encoder->time_base;
    if (encoder->codec_type == AVMEDIA_TYPE_VIDEO)
        stream->avg_frame_rate = encoder->framerate;
    return stream;
}

std::optional<Error> MediaOutput::start(const QMap<QString, QString> &options)
{
    const QByteArray name = QFile::encodeName(m_path);
    int status = 0;
    // Muxers that write several files (HLS) open them themselves.
    if (!(m_context->oformat->flags & AVFMT_NOFILE)
        && (status = avio_open(&m_context->pb, name.constData(), AVIO_FLAG_WRITE)) < 0)
        return m_fail(u"file_unwritable"_s, u"cannot write %1"_s.arg(m_path), status);
    AVDictionary *dictionary = nullptr;
    for (auto it = options.begin(); it != options.end(); ++it)
        av_dict_set(&dictionary, it.key().toUtf8().constData(), it.value().toUtf8().constData(), 0);
    status = avformat_write_header(m_context.get(), &dictionary);
    av_dict_free(&dictionary);
    if (status < 0)
        return m_fail(u"encoder_failed"_s, u"cannot start the output file"_s, status);
    return std::nullopt;
}

std::optional<Error> MediaOutput::encode(AVCodecContext *encoder,
                                         AVStream *stream,
                                         AVFrame *frame,
                                         const CancelToken *cancel)
{
    const int sent = avcodec_send_frame(encoder, frame);
    if (sent < 0 && sent != AVERROR_EOF)
        return m_fail(u"encoder_failed"_s, u"encoding failed"_s, sent);
    while (true) {
        // Draining (frame null) an encoder with a deep lookahead (x265, libaom) encodes every
        // frame it holds, one per call: seconds in all at large sizes. A cancel is obeyed
        // between them.
        if (cancel && cancel->isCancelled())
            return Error{u"cancelled"_s, u"cancelled"_s};
        const int received = avcodec_receive_packet(encoder, m_packet.get());
        if (received == AVERROR(EAGAIN) || received == AVERROR_EOF)
            return std::nullopt;
        if (received < 0)
            return m_fail(u"encoder_failed"_s, u"encoding failed"_s, received);
        av_packet_rescale_ts(m_packet.get(), encoder->time_base, stream->time_base);
        m_packet->stream_index = stream->index;
        const int written = av_interleaved_write_frame(m_context.get(), m_packet.get());
        if (written < 0)
            return m_fail(u"file_unwritable"_s, u"cannot write the output"_s, written);
    }
}

std::optional<Error> MediaOutput::write(AVPacket *packet, AVRational timeBase, AVStream *stream)
{
    av_packet_rescale_ts(packet, timeBase, stream->time_base);
    packet->stream_index = stream->index;
    const int written = av_interleaved_write_frame(m_context.get(), packet);
    if (written < 0)
        return m_fail(u"file_unwritable"_s, u"cannot write the output"_s, written);
    return std::nullopt;
}

std::optional<Error> MediaOutput::finish()
{
    const int status = av_write_trailer(m_context.get());
    if (status < 0)
        return m_fail(u"file_unwritable"_s, u"cannot finish the output file"_s, status);
    return std::nullopt;
}

} // namespace spool
