#include "mediaprobe.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <cerrno>
#include <cmath>

#include <sys/stat.h>

#include "ffmpeg.h"

extern "C" {
#include <libavutil/display.h>
}

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

bool isImageFormat(const QString &demuxer)
{
    return demuxer == u"image2" || demuxer.endsWith(u"_pipe");
}

struct FormatName
{
    QString format;
    QString mimetype;
};

// A short format name and a MIME type from the demuxer, the file's extension and its kind.
FormatName formatName(const QString &demuxer,
                      const QString &suffix,
                      const QString &kind,
                      const QString &videoCodec)
{
    const bool audioOnly = kind == u"audio";
    if (demuxer.startsWith(u"mov,mp4")) {
        if (suffix == u"mov")
            return {u"mov"_s, u"video/quicktime"_s};
        if (suffix == u"m4a" || (audioOnly && suffix != u"mp4"))
            return {u"m4a"_s, u"audio/mp4"_s};
        return {u"mp4"_s, audioOnly ? u"audio/mp4"_s : u"video/mp4"_s};
    }
    if (demuxer.startsWith(u"matroska")) {
        const bool webm = suffix == u"webm" || videoCodec == u"vp8" || videoCodec == u"vp9"
                          || videoCodec == u"av1";
        if (webm)
            return {u"webm"_s, audioOnly ? u"audio/webm"_s : u"video/webm"_s};
        return {u"mkv"_s, audioOnly ? u"audio/x-matroska"_s : u"video/x-matroska"_s};
    }
    static const QHash<QString, FormatName> known{
        {u"mp3"_s, {u"mp3"_s, u"audio/mpeg"_s}},
        {u"wav"_s, {u"wav"_s, u"audio/wav"_s}},
        {u"flac"_s, {u"flac"_s, u"audio/flac"_s}},
        {u"aac"_s, {u"aac"_s, u"audio/aac"_s}},
        {u"mpegts"_s, {u"ts"_s, u"video/mp2t"_s}},
        {u"avi"_s, {u"avi"_s, u"video/x-msvideo"_s}},
        {u"gif"_s, {u"gif"_s, u"image/gif"_s}},
        {u"png_pipe"_s, {u"png"_s, u"image/png"_s}},
        {u"jpeg_pipe"_s, {u"jpeg"_s, u"image/jpeg"_s}},
        {u"webp_pipe"_s, {u"webp"_s, u"image/webp"_s}},
        {u"bmp_pipe"_s, {u"bmp"_s, u"image/bmp"_s}},
        {u"tiff_pipe"_s, {u"tiff"_s, u"image/tiff"_s}},
    };
    if (demuxer == u"ogg")
        return {u"ogg"_s, audioOnly ? u"audio/ogg"_s : u"video/ogg"_s};
    if (known.contains(demuxer))
        return known.value(demuxer);
    if (demuxer == u"image2") {
        if (suffix == u"jpg" || suffix == u"jpeg")
            return {u"jpeg"_s, u"image/jpeg"_s};
        return {suffix, u"image/"_s + suffix};
    }
    const QString first = demuxer.section(u',', 0, 0);
    return {first, kind + u"/"_s + first};
}

int rotationOf(const AVStream *stream)
{
    const uint8_t *matrix = av_stream_get_side_data(stream, AV_PKT_DATA_DISPLAYMATRIX, nullptr);
    if (!matrix)
        return 0;
    const double counterClockwise = av_display_rotation_get(
        reinterpret_cast<const int32_t *>(matrix));
    if (std::isnan(counterClockwise))
        return 0;
    int clockwise = int(std::lround(-counterClockwise)) % 360;
    if (clockwise < 0)
        clockwise += 360;
    return (clockwise + 45) / 90 * 90 % 360;
}

// The format FFmpeg recognises from the first bytes of a file, with reasonable confidence.
QString recognisedFormat(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    constexpr qint64 ProbeBytes = 4096;
    QByteArray head = file.read(ProbeBytes);
    const int size = int(head.size());
    head.append(QByteArray(AVPROBE_PADDING_SIZE, '\0'));
    const QByteArray name = QFile::encodeName(path);
    AVProbeData probe = {};
    probe.filename = name.constData();
    probe.buf = reinterpret_cast<unsigned char *>(head.data());
    probe.buf_size = size;
    int score = 0;
    const AVInputFormat *format = av_probe_input_format2(&probe, 1, &score);
    if (!format || score < AVPROBE_SCORE_MAX / 4)
        return {};
    return QString::fromUtf8(format->long_name ? format->long_name : format->name);
}

// The first bytes of a file when they read as text (UTF-8 without control characters other
// than white space), else empty; at most 40 characters, for a message.
QString textStart(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.read(1024);
    for (const char c : head) {
        const auto byte = uchar(c);
        if (byte == 0x7f
            || (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f'))
            return {};
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    // A character cut at the end of the 1024 bytes is not an error.
    QString text = decoder.decode(head.left(head.size() - 4));
    if (decoder.hasError())
        return {};
    text = text.simplified();
    return text.size() > 40 ? text.left(40) + u"…"_s : text;
}

// FFmpeg opens a file with the demuxer whose probe scores highest, however low: a web page
// can score 26 of 100 as raw AMR and be "transcribed". A score from the content of at least
// AVPROBE_SCORE_EXTENSION is a recognition; below it, the guess stands only when the file's
// name agrees with it (two frames of MP3 in a.mp3) and the file is not text.
std::optional<Error> refuseGuess(const AVFormatContext *context,
                                 const QString &path,
                                 const QString &shown)
{
    if (context->probe_score >= AVPROBE_SCORE_EXTENSION)
        return std::nullopt;
    if (const QString text = textStart(path); !text.isEmpty()) {
        return Error{u"format_unsupported"_s,
                     u"%1 is text (it begins \"%2\"), not a media file"_s.arg(shown, text)};
    }
    const QByteArray name = QFile::encodeName(path);
    if (context->iformat->extensions && av_match_ext(name.constData(), context->iformat->extensions))
        return std::nullopt;
    return Error{u"format_unsupported"_s,
                 u"%1 is not a media file FFmpeg recognises: it resembles %2 only weakly (a "
                 "probe score of %3 of 100)"_s.arg(shown, QString::fromUtf8(context->iformat->name))
                     .arg(context->probe_score)};
}

// Why a path that does not exist as a file is missing: nothing there, a symbolic link to
// nothing, or a loop of symbolic links (which QFileInfo reports as "does not exist").
Error missing(const QString &path)
{
    struct stat target = {};
    const QByteArray name = QFile::encodeName(path);
    if (::stat(name.constData(), &target) != 0 && errno == ELOOP) {
        return Error{u"file_unreadable"_s,
                     u"%1 is a loop of symbolic links that never reaches a file"_s.arg(path)};
    }
    const QFileInfo info(path);
    if (info.isSymLink()) {
        return Error{u"file_not_found"_s,
                     u"%1 is a symbolic link to %2, which does not exist"_s
                         .arg(path, info.symLinkTarget())};
    }
    return Error{u"file_not_found"_s, u"%1 does not exist"_s.arg(path)};
}

} // namespace

QString MediaProbe::describeError(int averror)
{
    return ffmpeg::describe(averror);
}

Result<QJsonObject> MediaProbe::probe(const QString &path)
{
    return probe(path, QFileInfo(path).fileName());
}

Result<QJsonObject> MediaProbe::probe(const QString &path, const QString &shown)
{
    ffmpeg::silenceLogging();
    const QFileInfo info(path);
    if (!info.exists())
        return missing(path);
    if (!info.isFile() || !info.isReadable())
        return Error{u"file_unreadable"_s, u"%1 is not a readable file"_s.arg(path)};
    if (info.size() == 0)
        return Error{u"file_empty"_s, u"%1 is empty (0 bytes)"_s.arg(shown)};

    AVFormatContext *raw = nullptr;
    const QByteArray encodedPath = QFile::encodeName(path);
    int status = avformat_open_input(&raw, encodedPath.constData(), nullptr, nullptr);
    if (status < 0) {
        if (status != AVERROR_INVALIDDATA) {
            return Error{u"file_unreadable"_s,
                         u"cannot open %1: %2"_s.arg(shown, describeError(status))};
        }
        // A file whose start FFmpeg recognises but cannot open is damaged (a truncated mp4
        // without its index, say); one it does not recognise is not media it can read.
        if (const QString recognised = recognisedFormat(path); !recognised.isEmpty()) {
            return Error{u"file_corrupt"_s,
                         u"%1 looks like %2 but is damaged or truncated: %3"_s
                             .arg(shown, recognised, describeError(status))};
        }
        return Error{u"format_unsupported"_s,
                     u"%1 is not a media file FFmpeg can read: %2"_s.arg(shown,
                                                                         describeError(status))};
    }
    ffmpeg::Input context(raw);
    if (std::optional<Error> guess = refuseGuess(context.get(), path, shown))
        return *guess;
    ffmpeg::LogCapture log;
    status = avformat_find_stream_info(context.get(), nullptr);
    if (status < 0) {
        return Error{u"file_corrupt"_s,
                     u"cannot read the streams of %1: %2"_s.arg(shown, describeError(status))};
    }

    const int videoIndex = av_find_best_stream(context.get(), AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    const int audioIndex = av_find_best_stream(context.get(), AVMEDIA_TYPE_AUDIO, -1, -1, nullptr, 0);
    const AVStream *video = videoIndex >= 0 ? context->streams[videoIndex] : nullptr;
    const AVStream *audio = audioIndex >= 0 ? context->streams[audioIndex] : nullptr;
    // Cover art in a music file is a video stream too, but the file is a sound.
    if (video && (video->disposition & AV_DISPOSITION_ATTACHED_PIC))
        video = nullptr;
    if (!video && !audio) {
        return Error{u"media_invalid"_s, u"%1 holds neither audio nor video"_s.arg(shown)};
    }
    if (video && (video->codecpar->width <= 0 || video->codecpar->height <= 0)) {
        // FFmpeg refuses pictures beyond av_image_check_size()'s limit and says so only in
        // its log; that is a limit of the decoder, not damage.
        static const QRegularExpression tooLarge(u"Picture size (\\d+)x(\\d+) is invalid"_s);
        const QRegularExpressionMatch match = tooLarge.match(QString::fromUtf8(log.text()));
        if (match.hasMatch()) {
            return Error{u"format_unsupported"_s,
                         u"the picture of %1 is %2×%3 pixels, larger than FFmpeg decodes (about "
                         "268 million pixels, and less as the picture gets wider)"_s
                             .arg(shown, match.captured(1), match.captured(2))};
        }
        return Error{u"file_corrupt"_s,
                     u"the video stream of %1 has no picture size; the file is damaged"_s.arg(
                         shown)};
    }

    const QString demuxer = QString::fromUtf8(context->iformat->name);
    QString kind = u"audio"_s;
    if (video)
        kind = isImageFormat(demuxer) ? u"image"_s : u"video"_s;

    QJsonObject properties;
    properties.insert(u"kind"_s, kind);
    properties.insert(u"filename"_s, info.fileName());
    properties.insert(u"filesize"_s, info.size());

    QString videoCodec;
    if (video) {
        videoCodec = QString::fromUtf8(avcodec_get_name(video->codecpar->codec_id));
        const int rotation = rotationOf(video);
        int width = video->codecpar->width;
        int height = video->codecpar->height;
        if (rotation == 90 || rotation == 270)
            std::swap(width, height);
        properties.insert(u"width"_s, width);
        properties.insert(u"height"_s, height);
        properties.insert(u"rotation"_s, rotation);
        properties.insert(u"video_codec"_s, videoCodec);
        if (kind == u"video") {
            const AVRational rate = av_guess_frame_rate(context.get(),
                                                        const_cast<AVStream *>(video),
                                                        nullptr);
            if (rate.num > 0 && rate.den > 0)
                properties.insert(u"fps"_s, std::round(av_q2d(rate) * 1000) / 1000);
        }
    }
    if (audio)
        properties.insert(u"audio_codec"_s,
                          QString::fromUtf8(avcodec_get_name(audio->codecpar->codec_id)));
    properties.insert(u"has_audio"_s, audio != nullptr);

    if (kind != u"image") {
        double duration = 0;
        if (context->duration != AV_NOPTS_VALUE && context->duration > 0)
            duration = double(context->duration) / AV_TIME_BASE;
        else if (const AVStream *stream = video ? video : audio;
                 stream->duration != AV_NOPTS_VALUE && stream->duration > 0)
            duration = double(stream->duration) * av_q2d(stream->time_base);
        if (duration > 0)
            properties.insert(u"duration"_s, std::round(duration * 1000) / 1000);
        if (context->bit_rate > 0)
            properties.insert(u"bitrate"_s, qint64(context->bit_rate));
    }

    const FormatName name = formatName(demuxer, info.suffix().toLower(), kind, videoCodec);
    properties.insert(u"format"_s, name.format);
    properties.insert(u"mimetype"_s, name.mimetype);
    return properties;
}

} // namespace spool
