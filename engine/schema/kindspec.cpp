#include "kindspec.h"

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

using Type = OptionSpec::Type;

OptionSpec option(const QString &name, Type type, const QString &description)
{
    OptionSpec spec;
    spec.name = name;
    spec.type = type;
    spec.description = description;
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
                  const QString &description,
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
    return ranged(option(u"width"_s,
                         Type::Dimension,
                         u"Width in pixels, or a percentage of the input such as \"50%\""_s),
                  1,
                  MaxPixels);
}

OptionSpec height()
{
    return ranged(option(u"height"_s,
                         Type::Dimension,
                         u"Height in pixels, or a percentage of the input such as \"50%\""_s),
                  1,
                  MaxPixels);
}

OptionSpec fit()
{
    return choice(u"fit"_s,
                  {u"fill"_s, u"contain"_s, u"cover"_s},
                  u"How the picture fills width × height when both are given"_s,
                  u"contain"_s);
}

OptionSpec position()
{
    return choice(u"position"_s,
                  {u"center"_s, u"top"_s, u"bottom"_s, u"left"_s, u"right"_s},
                  u"Which part stays in view when cropping or padding"_s,
                  u"center"_s);
}

OptionSpec background()
{
    return withDefault(option(u"background"_s,
                              Type::Color,
                              u"Padding colour for fit \"contain\", as #RRGGBB"_s),
                       u"#000000"_s);
}

OptionSpec quality()
{
    return choice(u"quality"_s,
                  {u"very_low"_s, u"low"_s, u"medium"_s, u"high"_s, u"very_high"_s},
                  u"Encoder quality level"_s,
                  u"medium"_s);
}

OptionSpec start(const QString &description = u"Start of the trim, in seconds"_s)
{
    return ranged(option(u"start"_s, Type::Number, description), 0, MaxSeconds);
}

OptionSpec end()
{
    return ranged(option(u"end"_s, Type::Number, u"End of the trim, in seconds"_s), 0, MaxSeconds);
}

OptionSpec fps()
{
    return ranged(option(u"fps"_s, Type::Number, u"Frame rate, 1 to 60 frames a second"_s), 1, 60);
}

OptionSpec videoCodec(const QStringList &codecs)
{
    return choice(u"codec"_s,
                  codecs,
                  u"Video codec; it must fit the container (default: the container's own)"_s,
                  u"h264"_s);
}

OptionSpec bitrate(double minimum, double maximum, const QString &description)
{
    return ranged(option(u"bitrate"_s, Type::Integer, description), minimum, maximum);
}

OptionSpec trackFormat()
{
    return choice(u"format"_s, {u"vtt"_s, u"srt"_s}, u"Track format: WebVTT or SubRip"_s, u"vtt"_s);
}

QList<KindSpec> buildTable()
{
    QList<KindSpec> table;

    KindSpec ingest;
    ingest.kind = u"ingest"_s;
    ingest.group = u"Sources"_s;
    ingest.description = u"Fetches a file and probes its properties"_s;
    ingest.produces = KindSpec::AnyMedia;
    ingest.options = {
        required(option(u"url"_s,
                        Type::Url,
                        u"Where the file is: https://, http://, file:// or a local path"_s))};
    table.append(ingest);

    KindSpec video;
    video.kind = u"video"_s;
    video.group = u"Media"_s;
    video.description = u"Transcodes to a new video"_s;
    video.accepts = KindSpec::Video;
    video.produces = KindSpec::Video;
    video.options
        = {width(),
           height(),
           fit(),
           position(),
           background(),
           quality(),
           start(),
           end(),
           fps(),
           choice(u"format"_s, {u"mp4"_s, u"webm"_s, u"mov"_s}, u"Container format"_s, u"mp4"_s),
           videoCodec({u"h264"_s, u"h265"_s, u"vp9"_s, u"av1"_s}),
           bitrate(10'000, 500'000'000, u"Video bitrate in bits per second"_s)};
    table.append(video);

    KindSpec image;
    image.kind = u"image"_s;
    image.group = u"Media"_s;
    image.description = u"Makes an image from a video frame or an image"_s;
    image.accepts = KindSpec::Video | KindSpec::Image;
    image.produces = KindSpec::Image;
    image.options
        = {width(),
           height(),
           fit(),
           position(),
           background(),
           quality(),
           start(u"Time of the frame in a video, in seconds (default: a representative frame)"_s),
           choice(u"format"_s,
                  {u"jpeg"_s, u"png"_s, u"webp"_s, u"avif"_s},
                  u"Image format"_s,
                  u"jpeg"_s)};
    table.append(image);

    KindSpec audio;
    audio.kind = u"audio"_s;
    audio.group = u"Media"_s;
    audio.description = u"Extracts or transcodes the sound"_s;
    audio.accepts = KindSpec::Audio | KindSpec::Video;
    audio.produces = KindSpec::Audio;
    audio.options = {quality(),
                     start(),
                     end(),
                     choice(u"format"_s,
                            {u"mp3"_s, u"aac"_s, u"wav"_s, u"ogg"_s, u"flac"_s},
                            u"Audio format"_s,
                            u"mp3"_s),
                     bitrate(8'000, 1'536'000, u"Audio bitrate in bits per second"_s)};
    table.append(audio);

    KindSpec thumbnails;
    thumbnails.kind = u"thumbnails"_s;
    thumbnails.group = u"Media"_s;
    thumbnails.description = u"A sprite sheet of frames and a WebVTT track pointing into it"_s;
    thumbnails.accepts = KindSpec::Video;
    thumbnails.produces = KindSpec::Image | KindSpec::Track;
    thumbnails.options = {
        withDefault(ranged(option(u"count"_s, Type::Integer, u"How many frames, spread evenly"_s),
                           1,
                           1000),
                    3),
        ranged(option(u"interval"_s, Type::Number, u"Seconds between frames, instead of a count"_s),
               0.04,
               MaxSeconds),
        width(),
        height(),
        fit(),
        position(),
        background(),
        quality(),
        start(),
        end(),
        choice(u"format"_s, {u"jpeg"_s, u"png"_s}, u"Sprite-sheet image format"_s, u"jpeg"_s)};
    table.append(thumbnails);

    KindSpec adaptive;
    adaptive.kind = u"adaptive_video"_s;
    adaptive.group = u"Media"_s;
    adaptive.description = u"HLS: a master playlist and its renditions"_s;
    adaptive.accepts = KindSpec::Video;
    adaptive.produces = KindSpec::Playlist;
    adaptive.options = {choice(u"format"_s, {u"hls"_s}, u"Streaming format"_s, u"hls"_s),
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
                                u"Bitrate of the top rendition, in bits per second"_s)};
    table.append(adaptive);

    KindSpec subtitles;
    subtitles.kind = u"subtitles"_s;
    subtitles.group = u"Tracks"_s;
    subtitles.description = u"Subtitles from the speech"_s;
    subtitles.accepts = KindSpec::Transcript | KindSpec::Audio | KindSpec::Video;
    subtitles.produces = KindSpec::Track;
    subtitles.options = {trackFormat()};
    table.append(subtitles);

    KindSpec chapters;
    chapters.kind = u"chapters"_s;
    chapters.group = u"Tracks"_s;
    chapters.description = u"Titled chapters from the topics of the speech"_s;
    chapters.accepts = KindSpec::Transcript | KindSpec::Audio | KindSpec::Video;
    chapters.produces = KindSpec::Track;
    chapters.options = {trackFormat()};
    table.append(chapters);

    KindSpec speech;
    speech.kind = u"speech"_s;
    speech.group = u"Intelligence"_s;
    speech.description = u"Transcribes the speech, offline"_s;
    speech.accepts = KindSpec::Audio | KindSpec::Video;
    speech.produces = KindSpec::Transcript;
    table.append(speech);

    KindSpec outline;
    outline.kind = u"outline"_s;
    outline.group = u"Intelligence"_s;
    outline.description = u"A timeline of titled sections"_s;
    outline.accepts = KindSpec::Transcript | KindSpec::Audio | KindSpec::Video;
    outline.produces = KindSpec::Intelligence;
    table.append(outline);

    KindSpec summary;
    summary.kind = u"summary"_s;
    summary.group = u"Intelligence"_s;
    summary.description = u"A title, a short description and tags"_s;
    summary.accepts = KindSpec::Transcript | KindSpec::Audio | KindSpec::Video;
    summary.produces = KindSpec::Intelligence;
    table.append(summary);

    KindSpec conditions;
    conditions.kind = u"conditions"_s;
    conditions.group = u"Logic"_s;
    conditions.description = u"Goes on only when the file's properties match"_s;
    conditions.accepts = KindSpec::Anything;
    conditions.passesInputThrough = true;
    conditions.conditionOptions = true;
    table.append(conditions);

    KindSpec nsfw;
    nsfw.kind = u"nsfw"_s;
    nsfw.group = u"Hosted only"_s;
    nsfw.description = u"Detects explicit content (hosted service only)"_s;
    nsfw.accepts = KindSpec::Video | KindSpec::Image;
    nsfw.produces = KindSpec::Intelligence;
    nsfw.hostedOnly = true;
    nsfw.freeFormOptions = true;
    table.append(nsfw);

    KindSpec upload;
    upload.kind = u"upload"_s;
    upload.group = u"Hosted only"_s;
    upload.description = u"Copies the file to storage (hosted service only)"_s;
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
