#include "ffmpeg.h"

#include <core/logging.h>

#include <cstdarg>
#include <cstdio>
#include <mutex>
#include <thread>

namespace spool::ffmpeg {

namespace {

thread_local LogCapture *t_capture = nullptr;

} // namespace

namespace {

void captureLog(void *, int level, const char *format, va_list arguments)
{
    // FFmpeg's warnings go to spool.media (debug) when that is on; errors also to the
    // LogCapture of the task that runs on this thread, for its error message.
    const bool debug = level <= AV_LOG_WARNING && lcMedia().isDebugEnabled();
    if (!debug && (!t_capture || level > AV_LOG_ERROR))
        return;
    char line[512];
    va_list copy;
    va_copy(copy, arguments);
    std::vsnprintf(line, sizeof line, format, copy);
    va_end(copy);
    if (debug)
        qCDebug(lcMedia, "ffmpeg: %s", QByteArray(line).trimmed().constData());
    if (t_capture && level <= AV_LOG_ERROR)
        t_capture->append(line);
}

} // namespace

void freeInBackground(Codec codec)
{
    if (codec)
        std::thread([closing = std::move(codec)]() mutable { closing.reset(); }).detach();
}

QString describe(int averror)
{
    char buffer[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(averror, buffer, sizeof buffer);
    return QString::fromUtf8(buffer);
}

Error Failure::operator()(const QString &kind, const QString &step, int averror) const
{
    QString message = file + QStringLiteral(": ") + step;
    if (averror < 0)
        message += QStringLiteral(": ") + describe(averror);
    return Error{kind, message};
}

int buildGraph(AVFilterGraph *graph,
               bool audio,
               const QByteArray &sourceArgs,
               const QString &description,
               AVFilterContext **source,
               AVFilterContext **sink)
{
    int status = avfilter_graph_create_filter(source,
                                              avfilter_get_by_name(audio ? "abuffer" : "buffer"),
                                              "in",
                                              sourceArgs.constData(),
                                              nullptr,
                                              graph);
    if (status < 0)
        return status;
    status = avfilter_graph_create_filter(sink,
                                          avfilter_get_by_name(audio ? "abuffersink" : "buffersink"),
                                          "out",
                                          nullptr,
                                          nullptr,
                                          graph);
    if (status < 0)
        return status;
    AVFilterInOut *outputs = avfilter_inout_alloc();
    AVFilterInOut *inputs = avfilter_inout_alloc();
    outputs->name = av_strdup("in");
    outputs->filter_ctx = *source;
    inputs->name = av_strdup("out");
    inputs->filter_ctx = *sink;
    status = avfilter_graph_parse_ptr(graph,
                                      description.toUtf8().constData(),
                                      &inputs,
                                      &outputs,
                                      nullptr);
    avfilter_inout_free(&inputs);
    avfilter_inout_free(&outputs);
    if (status < 0)
        return status;
    return avfilter_graph_config(graph, nullptr);
}

void silenceLogging()
{
    static std::once_flag once;
    std::call_once(once, [] {
        av_log_set_level(AV_LOG_QUIET);
        // The default callback would print nothing at this level; this one prints nothing
        // either, and hands errors to a LogCapture on the logging thread.
        av_log_set_callback(&captureLog);
    });
}

LogCapture::LogCapture()
    : m_outer(t_capture)
{
    t_capture = this;
}

LogCapture::~LogCapture()
{
    t_capture = m_outer;
}

void LogCapture::append(const char *line)
{
    m_text.append(line);
}

} // namespace spool::ffmpeg
