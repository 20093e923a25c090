#include "testdata.h"

#include <support/mediafixtures.h>
#include <support/taskrunner.h>

#include <media/audiosettings.h>
#include <media/imagesettings.h>
#include <media/thumbnailsettings.h>
#include <media/videosettings.h>
#include <schema/kindspec.h>
#include <schema/optionreader.h>

#include <QTemporaryDir>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

namespace {

// What an executor hands to media/ for `options`, written back as options JSON under the
// option names of the kind table, so that it compares with the table.
using Effective = std::function<QJsonObject(const QJsonObject &options)>;

QJsonValue dimension(const std::optional<FrameSettings::Dimension> &side)
{
    if (!side)
        return QJsonValue(QJsonValue::Undefined);
    if (side->percent)
        return u"%1%"_s.arg(side->value);
    return side->value;
}

void put(QJsonObject &json, const QString &name, const QJsonValue &value)
{
    if (!value.isUndefined())
        json.insert(name, value);
}

template<typename T>
QJsonValue optional(const std::optional<T> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Undefined);
}

QJsonValue text(const QString &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(value);
}

void putFrame(QJsonObject &json, const FrameSettings &frame)
{
    put(json, u"width"_s, dimension(frame.width));
    put(json, u"height"_s, dimension(frame.height));
    put(json, u"fit"_s, text(frame.fit));
    put(json, u"position"_s, text(frame.position));
    put(json, u"background"_s, text(frame.background));
}

QJsonObject fromVideo(const VideoSettings &settings)
{
    QJsonObject json;
    putFrame(json, settings.frame);
    put(json, u"quality"_s, text(settings.quality));
    put(json, u"start"_s, optional(settings.start));
    put(json, u"end"_s, optional(settings.end));
    put(json, u"fps"_s, optional(settings.fps));
    put(json, u"format"_s, text(settings.format));
    put(json, u"codec"_s, text(settings.codec));
    put(json, u"bitrate"_s, optional(settings.bitrate));
    return json;
}

// Every kind whose options the embedded engine reads, and what its executor makes of them.
const QMap<QString, Effective> &effectiveSettings()
{
    static const QMap<QString, Effective> table{
        {u"ingest"_s,
         [](const QJsonObject &options) {
             // The url is required: it has no default and is read as given.
             QJsonObject json;
             put(json, u"url"_s, text(OptionReader(u"ingest", options).text(u"url")));
             return json;
         }},
        {u"video"_s,
         [](const QJsonObject &options) {
             return fromVideo(VideoSettings::read(OptionReader(u"video", options)));
         }},
        {u"adaptive_video"_s,
         [](const QJsonObject &options) {
             return fromVideo(VideoSettings::read(OptionReader(u"adaptive_video", options)));
         }},
        {u"image"_s,
         [](const QJsonObject &options) {
             const ImageSettings settings = ImageSettings::read(OptionReader(u"image", options));
             QJsonObject json;
             putFrame(json, settings.frame);
             put(json, u"quality"_s, text(settings.quality));
             put(json, u"start"_s, optional(settings.start));
             put(json, u"format"_s, text(settings.format));
             return json;
         }},
        {u"audio"_s,
         [](const QJsonObject &options) {
             const AudioSettings settings = AudioSettings::read(OptionReader(u"audio", options));
             QJsonObject json;
             put(json, u"format"_s, text(settings.format));
             put(json, u"bitrate"_s, optional(settings.bitrate));
             put(json, u"quality"_s, text(settings.quality));
             put(json, u"start"_s, optional(settings.start));
             put(json, u"end"_s, optional(settings.end));
             return json;
         }},
        {u"thumbnails"_s,
         [](const QJsonObject &options) {
             const ThumbnailSettings settings = ThumbnailSettings::read(
                 OptionReader(u"thumbnails", options));
             QJsonObject json;
             put(json, u"count"_s, settings.count);
             put(json, u"interval"_s, optional(settings.interval));
             putFrame(json, settings.frame);
             put(json, u"quality"_s, text(settings.quality));
             put(json, u"start"_s, optional(settings.start));
             put(json, u"end"_s, optional(settings.end));
             put(json, u"format"_s, text(settings.format));
             return json;
         }},
        {u"subtitles"_s,
         [](const QJsonObject &options) {
             QJsonObject json;
             put(json, u"format"_s, text(OptionReader(u"subtitles", options).text(u"format")));
             return json;
         }},
        {u"chapters"_s,
         [](const QJsonObject &options) {
             QJsonObject json;
             put(json, u"format"_s, text(OptionReader(u"chapters", options).text(u"format")));
             return json;
         }},
    };
    return table;
}

// A valid value of `option` other than its default, to show the builder reads the option.
QJsonValue otherValue(const OptionSpec &option)
{
    switch (option.type) {
    case OptionSpec::Type::Enum:
        for (const QString &allowed : option.allowed) {
            if (allowed != option.defaultValue.toString())
                return allowed;
        }
        return option.allowed.value(0);
    case OptionSpec::Type::Integer:
    case OptionSpec::Type::Number:
    case OptionSpec::Type::Dimension: {
        const double value = qBound(option.minimum, 7.0, option.maximum);
        return value == option.defaultValue.toDouble() ? value + 1 : value;
    }
    case OptionSpec::Type::Color:
        return u"#123456"_s;
    case OptionSpec::Type::Url:
    case OptionSpec::Type::String:
        return u"elsewhere.mp4"_s;
    }
    return {};
}

std::string where(const KindSpec &spec, const OptionSpec &option)
{
    return QString(spec.kind + u'.' + option.name).toStdString();
}

} // namespace

TEST(OptionDefaults, TheReaderGivesEachDeclaredDefaultWhenTheOptionIsAbsent)
{
    for (const KindSpec &spec : KindSpec::all()) {
        const OptionReader reader(spec, {});
        for (const OptionSpec &option : spec.options) {
            EXPECT_FALSE(reader.given(option.name)) << where(spec, option);
            EXPECT_EQ(reader.value(option.name), option.defaultValue) << where(spec, option);
            const QJsonValue other = otherValue(option);
            const OptionReader given(spec, {{option.name, other}});
            EXPECT_TRUE(given.given(option.name)) << where(spec, option);
            EXPECT_EQ(given.value(option.name), other) << where(spec, option);
        }
    }
}

TEST(OptionDefaults, TheCodecDefaultIsTheOwnCodecOfTheContainer)
{
    for (const QString &kind : {u"video"_s, u"adaptive_video"_s}) {
        const KindSpec *spec = KindSpec::find(kind);
        ASSERT_NE(spec, nullptr);
        for (const QString &format : spec->option(u"format")->allowed) {
            const OptionReader reader(*spec, {{u"format"_s, format}});
            EXPECT_EQ(reader.text(u"codec"), KindSpec::codecsForContainer(format).value(0))
                << kind.toStdString() << " in " << format.toStdString();
        }
    }
    EXPECT_EQ(OptionReader(u"video", {{u"format"_s, u"webm"_s}}).text(u"codec"), u"vp9");
    EXPECT_EQ(OptionReader(u"video", {{u"format"_s, u"webm"_s}, {u"codec"_s, u"av1"_s}})
                  .text(u"codec"),
              u"av1");
}

TEST(OptionDefaults, EveryKindsSettingsCarryTheDeclaredDefaultsAndEveryOption)
{
    const QMap<QString, Effective> &table = effectiveSettings();
    for (const KindSpec &spec : KindSpec::all()) {
        if (spec.hostedOnly || spec.conditionOptions || spec.options.isEmpty()) {
            EXPECT_FALSE(table.contains(spec.kind)) << spec.kind.toStdString();
            continue;
        }
        ASSERT_TRUE(table.contains(spec.kind))
            << spec.kind.toStdString() << " declares options that no executor reads";
        const Effective effective = table.value(spec.kind);
        const QJsonObject defaults = effective({});
        for (auto it = defaults.begin(); it != defaults.end(); ++it)
            EXPECT_NE(spec.option(it.key()), nullptr)
                << spec.kind.toStdString() << "." << it.key().toStdString() << " is not declared";
        for (const OptionSpec &option : spec.options) {
            // Absent: exactly the declared default, or nothing when none is declared.
            EXPECT_EQ(defaults.value(option.name), option.defaultValue) << where(spec, option);
            // Given: the given value reaches the settings.
            const QJsonValue other = otherValue(option);
            EXPECT_EQ(effective({{option.name, other}}).value(option.name), other)
                << where(spec, option);
        }
    }
}

TEST(OptionDefaults, AThumbnailSizeGivenByHeightAloneLeavesTheWidthToTheAspect)
{
    const ThumbnailSettings byHeight = ThumbnailSettings::read(
        OptionReader(u"thumbnails", {{u"height"_s, 90}}));
    EXPECT_FALSE(byHeight.frame.width.has_value());
    ASSERT_TRUE(byHeight.frame.height.has_value());
    EXPECT_EQ(byHeight.frame.height->pixels(240), 90);
    const ThumbnailSettings unsized = ThumbnailSettings::read(OptionReader(u"thumbnails", {}));
    ASSERT_TRUE(unsized.frame.width.has_value());
    EXPECT_EQ(unsized.frame.width->pixels(320),
              KindSpec::find(u"thumbnails")->option(u"width")->defaultValue.toDouble());
}

// Where a default shows in the output cheaply: the format of an image, of the sound, of the
// sprite sheet and the width of its frames, for a task without options.
TEST(OptionDefaults, TasksWithoutOptionsWriteWhatTheTableDeclares)
{
    QTemporaryDir media;
    QTemporaryDir workspace;
    test::MediaFixtures fixtures(media.path());
    const QString clip = fixtures.video(u"clip.mp4"_s, 320, 240, 1.0);
    ASSERT_FALSE(clip.isEmpty()) << fixtures.lastError().toStdString();
    for (const QString &kind : {u"image"_s, u"audio"_s, u"thumbnails"_s}) {
        const spool::Run run = test::runUnderIngest(workspace.path(), clip, kind, {});
        const Task *task = test::taskOfKind(run, kind);
        ASSERT_NE(task, nullptr) << kind.toStdString();
        ASSERT_FALSE(task->outputs.isEmpty()) << kind.toStdString();
        EXPECT_EQ(task->outputs[0].format,
                  KindSpec::find(kind)->option(u"format")->defaultValue.toString())
            << kind.toStdString();
        if (kind == u"image") {
            EXPECT_EQ(task->outputs[0].width, 320) << "no declared size: the input's";
        }
        if (kind == u"thumbnails") {
            const KindSpec *spec = KindSpec::find(kind);
            const qint64 count = spec->option(u"count")->defaultValue.toInteger();
            EXPECT_EQ(task->outputs[0].extra.value(u"count").toInteger(), count);
            // 3 frames make a 2 × 2 grid of frames the declared width wide.
            EXPECT_EQ(task->outputs[0].width, 2 * spec->option(u"width")->defaultValue.toInteger());
        }
    }
}
