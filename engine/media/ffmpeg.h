#pragma once

#include <core/error.h>

#include <QByteArray>
#include <QString>

#include <memory>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavfilter/avfilter.h>
#include <libavformat/avformat.h>
#include <libavutil/frame.h>
}

namespace spool::ffmpeg {

// Owning handles for FFmpeg's objects: each frees its object the way FFmpeg asks, so no path
// through a pipeline (errors and cancellation included) leaks one.

struct InputCloser
{
    void operator()(AVFormatContext *context) const { avformat_close_input(&context); }
};
using Input = std::unique_ptr<AVFormatContext, InputCloser>;

struct OutputCloser
{
    void operator()(AVFormatContext *context) const
    {
        if (context && !(context->oformat->flags & AVFMT_NOFILE))
            avio_closep(&context->pb);
        avformat_free_context(context);
    }
};
using Output = std::unique_ptr<AVFormatContext, OutputCloser>;

struct CodecCloser
{
    void operator()(AVCodecContext *context) const { avcodec_free_context(&context); }
};
using Codec = std::unique_ptr<AVCodecContext, CodecCloser>;

struct FrameFreer
{
    void operator()(AVFrame *frame) const { av_frame_free(&frame); }
};
using Frame = std::unique_ptr<AVFrame, FrameFreer>;

struct PacketFreer
{
    void operator()(AVPacket *packet) const { av_packet_free(&packet); }
};
using Packet = std::unique_ptr<AVPacket, PacketFreer>;

struct GraphFreer
{
    void operator()(AVFilterGraph *graph) const { avfilter_graph_free(&graph); }
};
using Graph = std::unique_ptr<AVFilterGraph, GraphFreer>;

struct InOutFreer
{
    void operator()(AVFilterInOut *inOut) const { avfilter_inout_free(&inOut); }
};
using InOut = std::unique_ptr<AVFilterInOut, InOutFreer>;

/// FFmpeg's description of an AVERROR code.
QString describe(int averror);

/// Builds the errors of a pipeline on `file`: which file, which step, what FFmpeg said.
struct Failure
{
    QString file;

    Error operator()(const QString &kind, const QString &step, int averror = 0) const;
};

/// Builds and configures a filter graph: a `buffer` (video) or `abuffer` (audio) source with
/// `sourceArgs`, the filters of `description`, and a sink. Returns an AVERROR on failure.
int buildGraph(AVFilterGraph *graph,
               bool audio,
               const QByteArray &sourceArgs,
               const QString &description,
               AVFilterContext **source,
               AVFilterContext **sink);

/// Frees an encoder on a thread of its own. Closing an encoder that still holds frames (a
/// cancelled SVT-AV1 or x265 encode) joins its worker threads and can take over a second;
/// a cancelled task hands it here and returns at once.
void freeInBackground(Codec codec);

/// Quiets FFmpeg's own logging once per process: errors come back as values instead.
void silenceLogging();

/// Collects FFmpeg's error messages logged on this thread while it lives (FFmpeg tells some
/// causes only in its log, such as "Picture size 100000x100000 is invalid"); nothing is
/// printed either way. Needs silenceLogging(), which installs the collecting callback.
class LogCapture
{
public:
    LogCapture();
    ~LogCapture();
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    const QByteArray &text() const { return m_text; }
    void append(const char *line);

private:
    QByteArray m_text;
    LogCapture *m_outer = nullptr;
};

} // namespace spool::ffmpeg
