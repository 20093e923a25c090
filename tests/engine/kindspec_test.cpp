#include "testdata.h"

#include <schema/kindspec.h>
#include <schema/validator.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using spool::KindSpec;
using spool::OptionSpec;

TEST(KindSpec, CoversEveryKindOfTheSpec)
{
    const QStringList expected{u"ingest"_s,
                               u"video"_s,
                               u"image"_s,
                               u"audio"_s,
                               u"thumbnails"_s,
                               u"adaptive_video"_s,
                               u"subtitles"_s,
                               u"chapters"_s,
                               u"speech"_s,
                               u"outline"_s,
                               u"summary"_s,
                               u"conditions"_s,
                               u"nsfw"_s,
                               u"upload"_s};
    QStringList names = KindSpec::kindNames();
    EXPECT_EQ(names.size(), expected.size());
    for (const QString &kind : expected)
        EXPECT_NE(KindSpec::find(kind), nullptr) << kind.toStdString();
    EXPECT_EQ(KindSpec::find(u"transcode"), nullptr);
}

TEST(KindSpec, EveryOptionIsDescribedAndItsDefaultIsValid)
{
    for (const KindSpec &spec : KindSpec::all()) {
        EXPECT_FALSE(spec.group.isEmpty()) << spec.kind.toStdString();
        EXPECT_FALSE(spec.description.isEmpty()) << spec.kind.toStdString();
        for (const OptionSpec &option : spec.options) {
            const std::string where = QString(spec.kind + u'.' + option.name).toStdString();
            EXPECT_FALSE(option.description.isEmpty()) << where;
            EXPECT_LE(option.minimum, option.maximum) << where;
            if (option.type == OptionSpec::Type::Enum) {
                EXPECT_FALSE(option.allowed.isEmpty()) << where;
            }
            if (option.defaultValue.isUndefined())
                continue;
            if (option.type == OptionSpec::Type::Enum) {
                EXPECT_TRUE(option.allowed.contains(option.defaultValue.toString())) << where;
            }
            // The default, written out, passes the validator under an ingest.
            QJsonObject task{{u"kind"_s, spec.kind},
                             {u"options"_s, QJsonObject{{option.name, option.defaultValue}}}};
            if (spec.kind == u"video" && option.name == u"codec")
                continue; // h264 is the default of mp4, the default container; checked below
            const QJsonObject request{
                {u"tasks"_s,
                 QJsonArray{QJsonObject{{u"kind"_s, u"ingest"_s},
                                        {u"options"_s, QJsonObject{{u"url"_s, u"a.mp4"_s}}},
                                        {u"next"_s, QJsonArray{task}}}}}};
            const QList<spool::Error> problems = spool::Validator().validate(request);
            EXPECT_TRUE(problems.isEmpty())
                << where << ": " << (problems.isEmpty() ? "" : problems[0].message.toStdString());
        }
    }
}

TEST(KindSpec, DefaultCodecsFitTheirContainers)
{
    EXPECT_EQ(KindSpec::codecsForContainer(u"mp4").first(), u"h264");
    EXPECT_EQ(KindSpec::codecsForContainer(u"webm").first(), u"vp9");
    EXPECT_FALSE(KindSpec::codecsForContainer(u"webm").contains(u"h264"));
    EXPECT_TRUE(KindSpec::codecsForContainer(u"avi").isEmpty());
}

TEST(KindSpec, HostedOnlyKindsAreMarked)
{
    EXPECT_TRUE(KindSpec::find(u"nsfw")->hostedOnly);
    EXPECT_TRUE(KindSpec::find(u"upload")->hostedOnly);
    EXPECT_FALSE(KindSpec::find(u"speech")->hostedOnly);
    EXPECT_EQ(KindSpec::find(u"ingest")->accepts, unsigned(KindSpec::NoMedia));
    ASSERT_NE(KindSpec::find(u"ingest")->option(u"url"), nullptr);
    EXPECT_TRUE(KindSpec::find(u"ingest")->option(u"url")->required);
}
