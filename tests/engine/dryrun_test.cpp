// Dry Run: a request's conditions evaluated on a probed sample, nothing run.

#include <runtime/dryrun.h>
#include <support/mediafixtures.h>

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

namespace {

constexpr auto Branches = R"({"tasks": [{"kind": "ingest", "options": {"url": "clip.mp4"},
    "next": [
      {"kind": "conditions", "options": {"kind": {"eq": "video"}, "width": {"gt": 1920}},
       "next": [{"kind": "video", "options": {"width": 1920}}]},
      {"kind": "conditions", "options": {"kind": {"eq": "video"}},
       "next": [{"kind": "image"}]},
      {"kind": "conditions", "options": {"kind": {"eq": "audio"}}},
      {"kind": "video", "options": {"width": 100},
       "next": [{"kind": "conditions", "options": {"width": {"lt": 200}},
                 "next": [{"kind": "image"}]}]}]}]})";

RunRequest request(const char *text)
{
    Result<RunRequest> parsed = RunRequest::fromText(QByteArray(text));
    EXPECT_TRUE(parsed);
    return parsed ? *parsed : RunRequest();
}

const DryRun::Conditions *conditionsAt(const DryRun::Report &report, const QString &pointer)
{
    for (const DryRun::Conditions &conditions : report.conditions) {
        if (conditions.requestNode == pointer)
            return &conditions;
    }
    return nullptr;
}

} // namespace

TEST(DryRun, AVideoTakesTheBranchesItsPropertiesHoldFor)
{
    QTemporaryDir dir;
    test::MediaFixtures media(dir.path());
    const QString clip = media.video(u"clip.mp4"_s, 320, 240);
    ASSERT_FALSE(clip.isEmpty()) << media.lastError().toStdString();
    // The ingest's own url, read from the request's folder.
    const Result<DryRun::Report> report = DryRun::evaluate(request(Branches),
                                                           std::nullopt,
                                                           dir.path());
    ASSERT_TRUE(report) << report.error().message.toStdString();
    EXPECT_EQ(report->sample, clip);
    EXPECT_EQ(report->properties.value(u"width").toInt(), 320);

    const DryRun::Conditions *wide = conditionsAt(*report, u"/tasks/0/next/0"_s);
    ASSERT_TRUE(wide);
    EXPECT_TRUE(wide->evaluated);
    EXPECT_FALSE(wide->holds);
    ASSERT_EQ(wide->checks.size(), 2);
    // The rule that failed, with the value the file has.
    const DryRun::Check &width = wide->checks.at(1).property == u"width" ? wide->checks.at(1)
                                                                         : wide->checks.at(0);
    EXPECT_EQ(width.op, u"gt");
    EXPECT_EQ(width.expected.toInt(), 1920);
    EXPECT_EQ(width.actual.toInt(), 320);
    EXPECT_FALSE(width.holds);
    EXPECT_EQ(report->nodes.value(u"/tasks/0/next/0/next/0"_s), DryRun::Verdict::NotTaken);

    const DryRun::Conditions *isVideo = conditionsAt(*report, u"/tasks/0/next/1"_s);
    ASSERT_TRUE(isVideo);
    EXPECT_TRUE(isVideo->holds);
    EXPECT_EQ(report->nodes.value(u"/tasks/0/next/1/next/0"_s), DryRun::Verdict::Runs);

    // A conditions task without next tasks is evaluated too.
    const DryRun::Conditions *isAudio = conditionsAt(*report, u"/tasks/0/next/2"_s);
    ASSERT_TRUE(isAudio);
    EXPECT_TRUE(isAudio->evaluated);
    EXPECT_FALSE(isAudio->holds);
    EXPECT_EQ(isAudio->checks.constFirst().actual.toString(), u"video");

    // Under a video task the input is its output, which only a run makes.
    const DryRun::Conditions *afterVideo = conditionsAt(*report, u"/tasks/0/next/3/next/0"_s);
    ASSERT_TRUE(afterVideo);
    EXPECT_FALSE(afterVideo->evaluated);
    EXPECT_EQ(afterVideo->undeterminedReason, u"video");
    EXPECT_EQ(report->nodes.value(u"/tasks/0/next/3/next/0/next/0"_s),
              DryRun::Verdict::Undetermined);
    EXPECT_EQ(report->nodes.value(u"/tasks/0"_s), DryRun::Verdict::Runs);
}

TEST(DryRun, AnAudioFileGivenAsTheSampleFailsTheVideoRulesWithItsKind)
{
    QTemporaryDir dir;
    test::MediaFixtures media(dir.path());
    const QString tone = media.audio(u"tone.mp3"_s);
    ASSERT_FALSE(tone.isEmpty()) << media.lastError().toStdString();
    const Result<DryRun::Report> report = DryRun::evaluate(request(Branches), tone, QString());
    ASSERT_TRUE(report) << report.error().message.toStdString();
    EXPECT_EQ(report->properties.value(u"kind").toString(), u"audio");
    const DryRun::Conditions *wide = conditionsAt(*report, u"/tasks/0/next/0"_s);
    ASSERT_TRUE(wide);
    EXPECT_FALSE(wide->holds);
    // A sound has no width: the rule fails with no value.
    for (const DryRun::Check &check : wide->checks) {
        EXPECT_FALSE(check.holds) << check.property.toStdString();
        if (check.property == u"width")
            EXPECT_TRUE(check.actual.isNull());
        else
            EXPECT_EQ(check.actual.toString(), u"audio");
    }
    EXPECT_FALSE(conditionsAt(*report, u"/tasks/0/next/1"_s)->holds);
    EXPECT_EQ(report->nodes.value(u"/tasks/0/next/1/next/0"_s), DryRun::Verdict::NotTaken);
    EXPECT_TRUE(conditionsAt(*report, u"/tasks/0/next/2"_s)->holds);
}

TEST(DryRun, WithoutASampleItSaysWhatIsMissing)
{
    const Result<DryRun::Report> none = DryRun::evaluate(
        request(R"({"tasks": [{"kind": "conditions", "options": {"kind": {"eq": "video"}}}]})"),
        std::nullopt,
        QString());
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().kind, u"sample_missing");
    const Result<DryRun::Report> remote = DryRun::evaluate(
        request(
            R"({"tasks": [{"kind": "ingest", "options": {"url": "https://example.com/a.mp4"}}]})"),
        std::nullopt,
        QString());
    ASSERT_FALSE(remote);
    EXPECT_EQ(remote.error().kind, u"sample_remote");
    QTemporaryDir dir;
    const Result<DryRun::Report> missing = DryRun::evaluate(request(Branches),
                                                            dir.filePath(u"gone.mp4"_s),
                                                            QString());
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().kind, u"file_not_found");
}
