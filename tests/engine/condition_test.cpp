#include "testdata.h"

#include <schema/condition.h>
#include <support/mediafixtures.h>
#include <support/taskrunner.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

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

namespace {

// The legacy example of spec §5, three branches, each ending in a marker task whose presence
// says the branch was taken. `place` puts the legacy lists inside the options ("options") or
// beside them ("task"), as older files wrote them.
QByteArray legacyBranches(const QString &url, const QString &place)
{
    const auto branch = [&](const char *checks, const char *marker) {
        const QString list = QString::fromUtf8(checks);
        const QString conditions = place == u"options"
                                       ? u"\"options\": {\"conditions\": %1}"_s.arg(list)
                                       : u"\"conditions\": %1"_s.arg(list);
        return u"{\"kind\": \"conditions\", %1, \"next\": [{\"kind\": \"conditions\", "
               "\"options\": {\"filename\": {\"eq\": \"%2\"}}}]}"_s.arg(conditions,
                                                                        QString::fromUtf8(marker));
    };
    const QString next = QStringList{branch(R"([{"prop": "kind", "value": "video"},
                                {"prop": "file.type", "value": "video/*"}])",
                                            "video-branch"),
                                     branch(R"([{"prop": "media.kind", "value": "audio"},
                                {"prop": "file.type", "value": "audio/*"}])",
                                            "audio-branch"),
                                     branch(R"([{"prop": "file.type", "value": "image/*"},
                                {"prop": "file.size", "value": 0}])",
                                            "image-branch")}
                             .join(u", "_s);
    return u"{\"tasks\": [{\"kind\": \"ingest\", \"options\": {\"url\": \"%1\"}, "
           "\"next\": [%2]}]}"_s.arg(url, next)
               .toUtf8();
}

// The markers of the branches a run took, and the passed/failed counts of each legacy task.
QStringList takenBranches(const spool::Run &run, QStringList *tally)
{
    QStringList taken;
    for (const spool::Task &task : run.tasks) {
        if (task.kind != u"conditions")
            continue;
        const QJsonValue marker = task.options.value(u"filename").toObject().value(u"eq");
        if (marker.isString()) {
            taken.append(marker.toString());
            continue;
        }
        const spool::ConditionResults results = task.results.value_or(spool::ConditionResults());
        tally->append(u"%1/%2"_s.arg(results.passed.size()).arg(results.failed.size()));
    }
    taken.sort();
    return taken;
}

} // namespace

TEST(Condition, LegacyListsDecideWhichBranchesRun)
{
    QTemporaryDir media, workspace;
    spool::test::MediaFixtures fixtures(media.path());
    const QString video = fixtures.video(u"clip.mp4"_s, 160, 120, 0.5);
    const QString audio = fixtures.audio(u"tone.mp3"_s, 0.5);
    const QString image = fixtures.image(u"picture.png"_s);
    ASSERT_FALSE(video.isEmpty() || audio.isEmpty() || image.isEmpty())
        << fixtures.lastError().toStdString();
    struct Case
    {
        QString file;
        QString branch;
        QStringList tally; // passed/failed of the video, audio and image branches' checks
    };
    // file.size 0 never holds, so the image branch fails on the image too (one of two).
    const QList<Case> cases{{video, u"video-branch"_s, {u"2/0"_s, u"0/2"_s, u"0/2"_s}},
                            {audio, u"audio-branch"_s, {u"0/2"_s, u"2/0"_s, u"0/2"_s}},
                            {image, QString(), {u"0/2"_s, u"0/2"_s, u"1/1"_s}}};
    for (const QString &place : {u"options"_s, u"task"_s}) {
        for (const Case &c : cases) {
            spool::Error refusal;
            const spool::Run run = spool::test::runRequest(workspace.path(),
                                                           legacyBranches(c.file, place),
                                                           &refusal);
            ASSERT_EQ(run.lifecycle.status(), spool::Status::Succeeded)
                << refusal.message.toStdString();
            QStringList tally;
            const QStringList taken = takenBranches(run, &tally);
            EXPECT_EQ(taken, c.branch.isEmpty() ? QStringList() : QStringList{c.branch})
                << place.toStdString() << " " << c.file.toStdString();
            EXPECT_EQ(tally, c.tally) << place.toStdString() << " " << c.file.toStdString();
        }
    }
}
