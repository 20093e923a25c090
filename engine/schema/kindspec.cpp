#include "kindspec.h"

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

using Type = OptionSpec::Type;

// The descriptions and group names are English data, as spool-cli and the server show them.
// QT_TRANSLATE_NOOP marks them for lupdate under the context "spool::KindSpec", where the
// editor's SpecText and the validator's "needs the option" message look up their translations.
QString text(const char *english)
{
    return QString::fromUtf8(english);
}

OptionSpec option(const QString &name, Type type, const char *description)
{
    OptionSpec spec;
    spec.name = name;
    spec.type = type;
    spec.description = text(description);
    return spec;
}

OptionSpec ranged(OptionSpec spec, double minimum, double maximum)
{
    spec.minimum = minimum;
    spec.maximum = maximum;
    return spec;
}

OptionSpec choice(const QString &name,
                  const QStringList &allowed,
                  const char *description,
                  const QJsonValue &defaultValue = QJsonValue(QJsonValue::Undefined))
{
    OptionSpec spec = option(name, Type::Enum, description);
    spec.allowed = allowed;
    spec.defaultValue = defaultValue;
    return spec;
}

OptionSpec withDefault(OptionSpec spec, const QJsonValue &value)
{
    spec.defaultValue = value;
    return spec;
}

OptionSpec required(OptionSpec spec)
{
    spec.required = true;
    return spec;
}

constexpr double MaxPixels = 16384;
constexpr double MaxSeconds = 7 * 24 * 3600;

OptionSpec width()
{
    return ranged(
        option(u"width"_s,
               Type::Dimension,
               QT_TRANSLATE_NOOP("spool::KindSpec",
                                 "Width in pixels, or a percentage of the input such as \"50%\"")),
        1,
        MaxPixels);
}

OptionSpec height()
{
    return ranged(
        option(u"height"_s,
               Type::Dimension,
               QT_TRANSLATE_NOOP("spool::KindSpec",
                                 "Height in pixels, or a percentage of the input such as \"50%\"")),
        1,
        MaxPixels);
}

OptionSpec fit()
{
    return choice(u"fit"_s,
                  {u"fill"_s, u"contain"_s, u"cover"_s},
                  QT_TRANSLATE_NOOP("spool::KindSpec",
                                    "How the picture fills width × height when both are given"),
                  u"contain"_s);
}

OptionSpec position()
{
    return choice(u"position"_s,
                  {u"center"_s, u"top"_s, u"bottom"_s, u"left"_s, u"right"_s},
                  QT_TRANSLATE_NOOP("spool::KindSpec",
                                    "Which part stays in view when cropping or padding"),
                  u"center"_s);
}

OptionSpec background()
{
    return withDefault(option(u"background"_s,
                              Type::Color,
                              QT_TRANSLATE_NOOP("spool::KindSpec",
                                                "Padding colour for fit \"contain\", as #RRGGBB")),
                       u"#000000"_s);
}

OptionSpec quality()
{
    return choice(u"quality"_s,
                  {u"very_low"_s, u"low"_s, u"medium"_s, u"high"_s, u"very_high"_s},
                  QT_TRANSLATE_NOOP("spool::KindSpec", "Encoder quality level"),
                  u"medium"_s);
}

OptionSpec start(const char *description = QT_TRANSLATE_NOOP("spool::KindSpec",
                                                             "Start of the trim, in seconds"))
{
    return ranged(option(u"start"_s, Type::Number, description), 0, MaxSeconds);
}

OptionSpec end()
{
    return ranged(option(u"end"_s,
                         Type::Number,
                         QT_TRANSLATE_NOOP("spool::KindSpec", "End of the trim, in seconds")),
                  0,
                  MaxSeconds);
}

OptionSpec fps()
{
    return ranged(option(u"fps"_s,
                         Type::Number,
                         QT_TRANSLATE_NOOP("spool::KindSpec",
                                           "Frame rate, 1 to 60 frames a second")),
                  1,
                  60);
}

OptionSpec videoCodec(const QStringList &codecs)
{
    OptionSpec spec = choice(
        u"codec"_s,
        codecs,
        QT_TRANSLATE_NOOP("spool::KindSpec",
                          "Video codec; it must fit the container (default: the container's own)"),
        u"h264"_s);
    spec.defaultFollowsContainer = true;
    return spec;
}

OptionSpec bitrate(double minimum, double maximum, const char *description)
{
    return ranged(option(u"bitrate"_s, Type::Integer, description), minimum, maximum);
}

OptionSpec trackFormat()
{
    return choice(u"format"_s,
                  {u"vtt"_s, u"srt"_s},
                  QT_TRANSLATE_NOOP("spool::KindSpec", "Track format: WebVTT or SubRip"),
                  u"vtt"_s);
}

QList<KindSpec> buildTable()
{
    QList<KindSpec> table;

    KindSpec ingest;
    ingest.kind = u"ingest"_s;
    ingest.group = text(QT_TRANSLATE_NOOP("spool::KindSpec", "Sources"));
    ingest.description = text(
        QT_TRANSLATE_NOOP("spool::KindSpec", "Fetches a file and probes its properties"));
    ingest.produces = KindSpec::AnyMedia;
    ingest.options = {required(option(
        u"url"_s,
        Type::Url,
        QT_TRANSLATE_NOOP("spool::KindSpec",
                          "Where the file is: https://, http://, file:// or a local path")))};
    table.append(ingest);

    KindSpec video;
    video.kind = u"video"_s;
    video.group = text(QT_TRANSLATE_NOOP("spool::KindSpec", "Media"));
    video.description = text(QT_TRANSLATE_NOOP("spool::KindSpec", "Transcodes to a new video"));
    video.accepts = KindSpec::Video;
    video.produces = KindSpec::Video;
    video.options = {width(),
                     height(),
                     fit(),
                     position(),
                     background(),
                     quality(),
                     start(),
                     end(),
                     fps(),
                     choice(u"format"_s,
                            {u"mp4"_s, u"webm"_s, u"mov"_s},
                            QT_TRANSLATE_NOOP("spool::KindSpec", "Container format"),
                            u"mp4"_s),
                     videoCodec({u"h264"_s, u"h265"_s, u"vp9"_s, u"av1"_s}),
                     bitrate(10'000,
                             500'000'000,
                             QT_TRANSLATE_NOOP("spool::KindSpec",
                                               "Video bitrate in bits per second"))};
    table.append(video);

    KindSpec image;
    image.kind = u"image"_s;
    image.group = text(QT_TRANSLATE_NOOP("spool::KindSpec", "Media"));
    image.description = text(
        QT_TRANSLATE_NOOP("spool::KindSpec", "Makes an image from a video frame or an image"));
    image.accepts = KindSpec::Video | KindSpec::Image;
    image.produces = KindSpec::Image;
    image.options
        = {width(),
           height(),
           fit(),
           position(),
           background(),
           quality(),
           start(QT_TRANSLATE_NOOP(
               "spool::KindSpec",
               "Time of the frame in a video, in seconds (default: a representative frame)")),
           choice(u"format"_s,
                  {u"jpeg"_s, u"png"_s, u"webp"_s, u"avif"_s},
                  QT_TRANSLATE_NOOP("spool::KindSpec", "Image format"),
                  u"jpeg"_s)};
    table.append(image);

    KindSpec audio;
    audio.kind = u"audio"_s;
    audio.group = text(QT_TRANSLATE_NOOP("spool::KindSpec", "Media"));
    audio.description = text(
        QT_TRANSLATE_NOOP("spool::KindSpec", "Extracts or transcodes the sound"));
    audio.accepts = KindSpec::Audio | KindSpec::Video;
    audio.produces = KindSpec::Audio;
    audio.options = {quality(),
                     start(),
                     end(),
                     choice(u"format"_s,
                            {u"mp3"_s, u"aac"_s, u"wav"_s, u"ogg"_s, u"flac"_s},
                            QT_TRANSLATE_NOOP("spool::KindSpec", "Audio format"),
                            u"mp3"_s),
                     bitrate(8'000,
                             1'536'000,
                             QT_TRANSLATE_NOOP("spool::KindSpec",
                                               "Audio bitrate in bits per second"))};
    table.append(audio);

    KindSpec thumbnails;
    thumbnails.kind = u"thumbnails"_s;
    thumbnails.group = text(QT_TRANSLATE_NOOP("spool::KindSpec", "Media"));
    thumbnails.description = text(
        QT_TRANSLATE_NOOP("spool::KindSpec",
                          "A sprite sheet of frames and a WebVTT track pointing into it"));
    thumbnails.accepts = KindSpec::Video;
    thumbnails.produces = KindSpec::Image | KindSpec::Track;
    thumbnails.options
        = {withDefault(ranged(option(u"count"_s,
                                     Type::Integer,
                                     QT_TRANSLATE_NOOP("spool::KindSpec",
                                                       "How many frames, spread evenly")),
                              1,
                              1000),
                       3),
           ranged(option(u"interval"_s,
                         Type::Number,
                         QT_TRANSLATE_NOOP("spool::KindSpec",
                                           "Seconds between frames, instead of a count")),
                  0.04,
                  MaxSeconds),
           // The frame width when the request gives no size; with height alone, the width
           // follows the input's shape (FrameSettings::read).
           withDefault(width(), 160),
           height(),
           fit(),
           position(),
           background(),
           quality(),
           start(),
           end(),
           choice(u"format"_s,
                  {u"jpeg"_s, u"png"_s},
                  QT_TRANSLATE_NOOP("spool::KindSpec", "Sprite-sheet image format"),
                  u"jpeg"_s)};
    table.append(thumbnails);

    KindSpec adaptive;
    adaptive.kind = u"adaptive_video"_s;
    adaptive.group = text(QT_TRANSLATE_NOOP("spool::KindSpec", "Media"));
    adaptive.description = text(
        QT_TRANSLATE_NOOP("spool::KindSpec", "HLS: a master playlist and its renditions"));
    adaptive.accepts = KindSpec::Video;
    adaptive.produces = KindSpec::Playlist;
    adaptive.options
        = {choice(u"format"_s,
                  {u"hls"_s},
                  QT_TRANSLATE_NOOP("spool::KindSpec", "Streaming format"),
                  u"hls"_s),
           width(),
           height(),
           fit(),
           position(),
           background(),
           quality(),
           start(),
           end(),
           fps(),
           videoCodec({u"h264"_s, u"h265"_s}),
           bitrate(10'000,
                   500'000'000,
                   QT_TRANSLATE_NOOP("spool::KindSpec",
                                     "Bitrate of the top rendition, in bits per second"))};
    table.append(adaptive);

    KindSpec subtitles;
    subtitles.kind = u"subtitles"_s;
    subtitles.group = text(QT_TRANSLATE_NOOP("spool::KindSpec", "Tracks"));
    subtitles.description = text(QT_TRANSLATE_NOOP("spool::KindSpec", "Subtitles from the speech"));
    subtitles.accepts = KindSpec::Transcript | KindSpec::Audio | KindSpec::Video;
    subtitles.produces = KindSpec::Track;
    subtitles.options = {trackFormat()};
    table.append(subtitles);

    KindSpec chapters;
    chapters.kind = u"chapters"_s;
    chapters.group = text(QT_TRANSLATE_NOOP("spool::KindSpec", "Tracks"));
    chapters.description = text(
        QT_TRANSLATE_NOOP("spool::KindSpec", "Titled chapters from the topics of the speech"));
    chapters.accepts = KindSpec::Transcript | KindSpec::Audio | KindSpec::Video;
    chapters.produces = KindSpec::Track;
    chapters.options = {trackFormat()};
    table.append(chapters);

    KindSpec speech;
    speech.kind = u"speech"_s;
    speech.group = text(QT_TRANSLATE_NOOP("spool::KindSpec", "Intelligence"));
    speech.description = text(
        QT_TRANSLATE_NOOP("spool::KindSpec", "Transcribes the speech, offline"));
    speech.accepts = KindSpec::Audio | KindSpec::Video;
    speech.produces = KindSpec::Transcript;
    table.append(speech);

    KindSpec outline;
    outline.kind = u"outline"_s;
    outline.group = text(QT_TRANSLATE_NOOP("spool::KindSpec", "Intelligence"));
    outline.description = text(
        QT_TRANSLATE_NOOP("spool::KindSpec", "A timeline of titled sections"));
    outline.accepts = KindSpec::Transcript | KindSpec::Audio | KindSpec::Video;
    outline.produces = KindSpec::Intelligence;
    table.append(outline);

    KindSpec summary;
    summary.kind = u"summary"_s;
    summary.group = text(QT_TRANSLATE_NOOP("spool::KindSpec", "Intelligence"));
    summary.description = text(
        QT_TRANSLATE_NOOP("spool::KindSpec", "A title, a short description and tags"));
    summary.accepts = KindSpec::Transcript | KindSpec::Audio | KindSpec::Video;
    summary.produces = KindSpec::Intelligence;
    table.append(summary);

    KindSpec conditions;
    conditions.kind = u"conditions"_s;
    conditions.group = text(QT_TRANSLATE_NOOP("spool::KindSpec", "Logic"));
    conditions.description = text(
        QT_TRANSLATE_NOOP("spool::KindSpec", "Goes on only when the file's properties match"));
    conditions.accepts = KindSpec::Anything;
    conditions.passesInputThrough = true;
    conditions.conditionOptions = true;
    table.append(conditions);

    KindSpec nsfw;
    nsfw.kind = u"nsfw"_s;
    nsfw.group = text(QT_TRANSLATE_NOOP("spool::KindSpec", "Hosted only"));
    nsfw.description = text(
        QT_TRANSLATE_NOOP("spool::KindSpec", "Detects explicit content (hosted service only)"));
    nsfw.accepts = KindSpec::Video | KindSpec::Image;
    nsfw.produces = KindSpec::Intelligence;
    nsfw.hostedOnly = true;
    nsfw.freeFormOptions = true;
    table.append(nsfw);

    KindSpec upload;
    upload.kind = u"upload"_s;
    upload.group = text(QT_TRANSLATE_NOOP("spool::KindSpec", "Hosted only"));
    upload.description = text(
        QT_TRANSLATE_NOOP("spool::KindSpec", "Copies the file to storage (hosted service only)"));
    upload.accepts = KindSpec::Anything;
    upload.passesInputThrough = true;
    upload.hostedOnly = true;
    upload.freeFormOptions = true;
    table.append(upload);

    return table;
}

} // namespace

const OptionSpec *KindSpec::option(QStringView name) const
{
    for (const OptionSpec &spec : options) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

const QList<KindSpec> &KindSpec::all()
{
    static const QList<KindSpec> table = buildTable();
    return table;
}

const KindSpec *KindSpec::find(QStringView kind)
{
    for (const KindSpec &spec : all()) {
        if (spec.kind == kind)
            return &spec;
    }
    return nullptr;
}

bool KindSpec::readsInput(QStringView kind)
{
    const KindSpec *spec = find(kind);
    return spec && spec->accepts != NoMedia;
}

QStringList KindSpec::codecsForContainer(QStringView format)
{
    // mp4 and mov follow what players accept in them; webm allows only VP9 and AV1;
    // HLS segments carry H.264 or H.265.
    if (format == u"mp4")
        return {u"h264"_s, u"h265"_s, u"av1"_s};
    if (format == u"mov")
        return {u"h264"_s, u"h265"_s};
    if (format == u"webm")
        return {u"vp9"_s, u"av1"_s};
    if (format == u"hls")
        return {u"h264"_s, u"h265"_s};
    return {};
}

QStringList KindSpec::kindNames()
{
    QStringList names;
    for (const KindSpec &spec : all())
        names.append(spec.kind);
    return names;
}

} // namespace spool
