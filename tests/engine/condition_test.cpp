#include "testdata.h"

#include <schema/condition.h>

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using spool::Condition;

namespace {

const QJsonObject VideoFile{{u"kind"_s, u"video"_s},
                            {u"mimetype"_s, u"video/mp4"_s},
                            {u"format"_s, u"mp4"_s},
                            {u"filename"_s, u"talk-2026.mp4"_s},
                            {u"filesize"_s, 1048576},
                            {u"width"_s, 1920},
                            {u"height"_s, 1080},
                            {u"duration"_s, 12.5},
                            {u"fps"_s, 25}};

const QJsonObject AudioFile{{u"kind"_s, u"audio"_s},
                            {u"mimetype"_s, u"audio/mpeg"_s},
                            {u"format"_s, u"mp3"_s},
                            {u"filename"_s, u"voice.mp3"_s},
                            {u"filesize"_s, 2048},
                            {u"duration"_s, 3.0}};

// Whether every check read from `options` holds for `file`; fails the test on any problem.
bool allHold(const char *options, const QJsonObject &file)
{
    QList<spool::Error> problems;
    const QList<Condition> conditions = Condition::read(QJsonDocument::fromJson(options).object(),
                                                        u"/options"_s,
                                                        &problems);
    EXPECT_TRUE(problems.isEmpty()) << options;
    EXPECT_FALSE(conditions.isEmpty()) << options;
    return std::all_of(conditions.begin(), conditions.end(), [&](const Condition &condition) {
        return condition.holds(file);
    });
}

} // namespace

TEST(Condition, EqAndNot)
{
    EXPECT_TRUE(allHold(R"({"kind": {"eq": "video"}})", VideoFile));
    EXPECT_FALSE(allHold(R"({"kind": {"eq": "video"}})", AudioFile));
    EXPECT_TRUE(allHold(R"({"kind": {"not": "image"}})", AudioFile));
    EXPECT_FALSE(allHold(R"({"width": {"not": 1920}})", VideoFile));
    EXPECT_TRUE(allHold(R"({"fps": {"eq": 25}})", VideoFile));
}

TEST(Condition, Orderings)
{
    EXPECT_TRUE(allHold(R"({"width": {"gt": 1280}})", VideoFile));
    EXPECT_FALSE(allHold(R"({"width": {"gt": 1920}})", VideoFile));
    EXPECT_TRUE(allHold(R"({"width": {"gte": 1920}})", VideoFile));
    EXPECT_TRUE(allHold(R"({"duration": {"lt": 12.6}})", VideoFile));
    EXPECT_FALSE(allHold(R"({"duration": {"lt": 12.5}})", VideoFile));
    EXPECT_TRUE(allHold(R"({"duration": {"lte": 12.5}})", VideoFile));
    EXPECT_TRUE(allHold(R"({"filesize": {"gte": 1000, "lt": 2000000}})", VideoFile));
}

TEST(Condition, InStartsWithEndsWith)
{
    EXPECT_TRUE(allHold(R"({"format": {"in": ["mov", "mp4"]}})", VideoFile));
    EXPECT_FALSE(allHold(R"({"format": {"in": ["mov", "webm"]}})", VideoFile));
    EXPECT_TRUE(allHold(R"({"height": {"in": [720, 1080]}})", VideoFile));
    EXPECT_TRUE(allHold(R"({"filename": {"startsWith": "talk-"}})", VideoFile));
    EXPECT_FALSE(allHold(R"({"filename": {"startsWith": "Talk"}})", VideoFile));
    EXPECT_TRUE(allHold(R"({"mimetype": {"endsWith": "/mp4"}})", VideoFile));
}

TEST(Condition, EveryEntryMustHold)
{
    EXPECT_TRUE(allHold(R"({"kind": {"eq": "video"}, "width": {"gt": 1000}})", VideoFile));
    EXPECT_FALSE(allHold(R"({"kind": {"eq": "video"}, "width": {"gt": 3000}})", VideoFile));
}

TEST(Condition, MissingPropertiesFail)
{
    // A sound has no width: "width > 0" does not hold, and neither does "width not 0".
    EXPECT_FALSE(allHold(R"({"width": {"gt": 0}})", AudioFile));
    EXPECT_FALSE(allHold(R"({"width": {"not": 0}})", AudioFile));
}

TEST(Condition, LegacyFormWithAliasesAndMimeWildcards)
{
    EXPECT_TRUE(allHold(R"({"conditions": [{"prop": "media.kind", "value": "video"}]})", VideoFile));
    EXPECT_TRUE(
        allHold(R"({"conditions": [{"prop": "file.type", "value": "video/*"}]})", VideoFile));
    EXPECT_FALSE(
        allHold(R"({"conditions": [{"prop": "file.type", "value": "image/*"}]})", VideoFile));
    EXPECT_TRUE(allHold(R"({"conditions": [{"prop": "file.size", "value": 2048}]})", AudioFile));
    EXPECT_TRUE(allHold(R"({"conditions": [{"prop": "kind", "value": "audio"},
                                          {"prop": "file.type", "value": "audio/*"}]})",
                        AudioFile));
}

TEST(Condition, ReadsBothFormsIntoTheSameChecks)
{
    QList<spool::Error> problems;
    const QList<Condition> current
        = Condition::read(QJsonDocument::fromJson(R"({"mimetype": {"eq": "video/mp4"}})").object(),
                          {},
                          &problems);
    const QList<Condition> legacy
        = Condition::read(QJsonDocument::fromJson(
                              R"({"conditions": [{"prop": "file.type", "value": "video/mp4"}]})")
                              .object(),
                          {},
                          &problems);
    ASSERT_TRUE(problems.isEmpty());
    ASSERT_EQ(current.size(), 1);
    ASSERT_EQ(legacy.size(), 1);
    EXPECT_EQ(current[0].property, legacy[0].property);
    EXPECT_EQ(current[0].op, legacy[0].op);
    EXPECT_EQ(current[0].value, legacy[0].value);
    EXPECT_EQ(current[0].toJson().value(u"operator").toString(), u"eq");
}
