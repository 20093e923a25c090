#include "testdata.h"

#include <support/mediafixtures.h>
#include <support/taskrunner.h>

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

namespace {

// Output sizes and time ranges that depend on the input (percent sizes, one side following
// the aspect, thumbnails by interval, a start past the end) are checked once the input is
// known, before any encoding: a clean task error, and no file left behind.
class InputLimitsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_fixtures = std::make_unique<test::MediaFixtures>(m_media.path());
        m_clip = m_fixtures->video(u"clip.mp4"_s, 320, 240, 1.0);
        ASSERT_FALSE(m_clip.isEmpty()) << m_fixtures->lastError().toStdString();
    }

    spool::Run run(const QString &kind, const QJsonObject &options, const QString &input = {})
    {
        return test::runUnderIngest(m_workspace.path(),
                                    input.isEmpty() ? m_clip : input,
                                    kind,
                                    options);
    }

    // The task failed with `kind`, its message names each of `words`, and its folder holds no
    // file at all.
    void expectRefused(const spool::Run &run,
                       const QString &task,
                       const QString &kind,
                       const QStringList &words)
    {
        const Task *found = test::taskOfKind(run, task);
        ASSERT_NE(found, nullptr);
        ASSERT_EQ(found->lifecycle.status(), Status::Failed);
        ASSERT_TRUE(found->lifecycle.error());
        const QString message = found->lifecycle.error()->message;
        EXPECT_EQ(found->lifecycle.error()->kind, kind) << message.toStdString();
        for (const QString &word : words)
            EXPECT_TRUE(message.contains(word))
                << message.toStdString() << " lacks " << word.toStdString();
        EXPECT_TRUE(found->outputs.isEmpty());
        const QString taskDir = m_workspace.path() + u"/runs/"_s + run.id + u'/' + found->id;
        QDirIterator files(taskDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        EXPECT_FALSE(files.hasNext()) << files.next().toStdString();
    }

    test::MediaFixtures &fixtures() { return *m_fixtures; }

    // A large source, so that the largest percentage the validator allows (1000 %) goes past
    // the codecs: 2000×1500, a fifth of a second.
    QString large()
    {
        const QString path = m_fixtures->video(u"large.mp4"_s, 2000, 1500, 0.2);
        EXPECT_FALSE(path.isEmpty()) << m_fixtures->lastError().toStdString();
        return path;
    }

private:
    QTemporaryDir m_media;
    QTemporaryDir m_workspace;
    std::unique_ptr<test::MediaFixtures> m_fixtures;
    QString m_clip;
};

using VideoInputLimitsTest = InputLimitsTest;
using ImageInputLimitsTest = InputLimitsTest;
using ThumbnailsInputLimitsTest = InputLimitsTest;
using AdaptiveInputLimitsTest = InputLimitsTest;

} // namespace

TEST_F(VideoInputLimitsTest, PercentSizesBeyondTheCodecFailBeforeEncoding)
{
    // 1000 % of 2000×1500 is 20000×15000: beyond H.264 level 6.2.
    expectRefused(run(u"video"_s, {{u"codec"_s, u"h264"_s}, {u"width"_s, u"1000%"_s}}, large()),
                  u"video"_s,
                  u"size_unsupported"_s,
                  {u"20000×15000"_s, u"16880"_s, u"h264"_s, u"width \"1000%\""_s, u"2000×1500"_s});
    // One side in pixels, the other following the aspect: 16000 wide makes 12000 high.
    expectRefused(run(u"video"_s,
                      {{u"codec"_s, u"vp9"_s}, {u"format"_s, u"webm"_s}, {u"width"_s, 16000}}),
                  u"video"_s,
                  u"size_unsupported"_s,
                  {u"16000×12000"_s, u"vp9"_s});
    // A fitting percentage still works.
    const spool::Run fitting = run(u"video"_s, {{u"width"_s, u"50%"_s}});
    const Task *task = test::taskOfKind(fitting, u"video"_s);
    ASSERT_NE(task, nullptr);
    EXPECT_EQ(task->lifecycle.status(), Status::Succeeded)
        << (task->lifecycle.error() ? task->lifecycle.error()->message.toStdString() : "");
}

TEST_F(VideoInputLimitsTest, StartAtOrPastTheEndFailsNamingBoth)
{
    expectRefused(run(u"video"_s, {{u"start"_s, 5.0}}),
                  u"video"_s,
                  u"range_invalid"_s,
                  {u"start (5 s)"_s, u"clip.mp4"_s});
}

TEST_F(ImageInputLimitsTest, PercentSizesBeyondTheFormatFailBeforeEncoding)
{
    const QString source = large();
    // 20000×15000 is within JPEG's sides but beyond its pixel budget.
    expectRefused(run(u"image"_s, {{u"format"_s, u"jpeg"_s}, {u"width"_s, u"1000%"_s}}, source),
                  u"image"_s,
                  u"size_unsupported"_s,
                  {u"20000×15000"_s, u"jpeg"_s, u"268435456"_s});
    expectRefused(run(u"image"_s, {{u"format"_s, u"webp"_s}, {u"height"_s, u"1000%"_s}}, source),
                  u"image"_s,
                  u"size_unsupported"_s,
                  {u"20000×15000"_s, u"webp"_s, u"16383"_s, u"height"_s});
    // Both sides given with a fit: the frame is the box asked for.
    expectRefused(run(u"image"_s,
                      {{u"format"_s, u"avif"_s},
                       {u"width"_s, u"500%"_s},
                       {u"height"_s, u"100%"_s},
                       {u"fit"_s, u"cover"_s}},
                      source),
                  u"image"_s,
                  u"size_unsupported"_s,
                  {u"10000×1500"_s, u"avif"_s, u"8192"_s, u"fit cover"_s});
    const spool::Run fitting = run(u"image"_s, {{u"format"_s, u"webp"_s}, {u"width"_s, u"200%"_s}});
    const Task *task = test::taskOfKind(fitting, u"image"_s);
    ASSERT_NE(task, nullptr);
    EXPECT_EQ(task->lifecycle.status(), Status::Succeeded)
        << (task->lifecycle.error() ? task->lifecycle.error()->message.toStdString() : "");
}

TEST_F(ThumbnailsInputLimitsTest, SheetsFromIntervalsOrPercentSizesFailBeforeDecoding)
{
    const QString longer = fixtures().video(u"longer.mp4"_s, 320, 240, 10.0);
    ASSERT_FALSE(longer.isEmpty()) << fixtures().lastError().toStdString();
    // 0.1 s over 10 s is about 100 frames, known only from the duration; at 1280×960 each, the
    // sheet is about 123 Mpx.
    expectRefused(run(u"thumbnails"_s, {{u"interval"_s, 0.1}, {u"width"_s, u"400%"_s}}, longer),
                  u"thumbnails"_s,
                  u"size_unsupported"_s,
                  {u"frames of 1280×960"_s, u"interval"_s, u"67108864"_s});
    // A single frame beyond the sheet's format.
    expectRefused(run(u"thumbnails"_s, {{u"count"_s, 1}, {u"width"_s, u"1000%"_s}}, large()),
                  u"thumbnails"_s,
                  u"size_unsupported"_s,
                  {u"20000×15000"_s});
    const spool::Run fitting = run(u"thumbnails"_s,
                                   {{u"interval"_s, 1.0}, {u"width"_s, u"50%"_s}},
                                   longer);
    const Task *task = test::taskOfKind(fitting, u"thumbnails"_s);
    ASSERT_NE(task, nullptr);
    EXPECT_EQ(task->lifecycle.status(), Status::Succeeded)
        << (task->lifecycle.error() ? task->lifecycle.error()->message.toStdString() : "");
}

TEST_F(AdaptiveInputLimitsTest, PercentSizesBeyondTheCodecFailBeforeEncoding)
{
    expectRefused(run(u"adaptive_video"_s, {{u"width"_s, u"1000%"_s}}, large()),
                  u"adaptive_video"_s,
                  u"size_unsupported"_s,
                  {u"20000×15000"_s, u"h264"_s});
    expectRefused(run(u"adaptive_video"_s, {{u"start"_s, 1.0}}),
                  u"adaptive_video"_s,
                  u"range_invalid"_s,
                  {u"start (1 s)"_s});
}

// A start or end beyond the input's duration is refused by every task that takes a range,
// naming the option, its pointer in the task and the file's duration; an end at the duration
// (as probed, give or take rounding) is the whole file and succeeds.
TEST_F(InputLimitsTest, ARangeBeyondTheDurationIsRefusedNamingTheOptionAndTheDuration)
{
    for (const QString &kind : {u"video"_s, u"audio"_s, u"thumbnails"_s, u"adaptive_video"_s}) {
        for (const QString &option : {u"start"_s, u"end"_s}) {
            const spool::Run refused = run(kind, {{option, 30.0}});
            expectRefused(refused,
                          kind,
                          u"range_invalid"_s,
                          {u"/options/"_s + option, option + u" (30 s)"_s, u"1.000 s"_s});
            const Task *task = test::taskOfKind(refused, kind);
            ASSERT_NE(task, nullptr);
            ASSERT_TRUE(task->lifecycle.error());
        }
        const spool::Run whole = run(kind, {{u"end"_s, 1.0}});
        const Task *task = test::taskOfKind(whole, kind);
        ASSERT_NE(task, nullptr);
        EXPECT_EQ(task->lifecycle.status(), Status::Succeeded)
            << kind.toStdString() << ": "
            << (task->lifecycle.error() ? task->lifecycle.error()->message.toStdString() : "");
    }
}
