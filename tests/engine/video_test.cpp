#include "testdata.h"

#include <support/mediafixtures.h>
#include <support/taskrunner.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

namespace {

class VideoTaskTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_clip
            = ffmpeg(u"clip.mp4"_s,
                     {u"-f"_s,       u"lavfi"_s,     u"-i"_s,   u"testsrc2=size=320x240:rate=25"_s,
                      u"-f"_s,       u"lavfi"_s,     u"-i"_s,   u"sine"_s,
                      u"-t"_s,       u"2"_s,         u"-c:v"_s, u"libx264"_s,
                      u"-preset"_s,  u"ultrafast"_s, u"-g"_s,   u"50"_s,
                      u"-pix_fmt"_s, u"yuv420p"_s,   u"-c:a"_s, u"aac"_s,
                      u"-shortest"_s});
        ASSERT_FALSE(m_clip.isEmpty());
    }

    QString ffmpeg(const QString &name, const QStringList &arguments)
    {
        QProcess process;
        const QString path = m_media.filePath(name);
        process.start(u"ffmpeg"_s,
                      QStringList{u"-nostdin"_s, u"-v"_s, u"error"_s, u"-y"_s} + arguments
                          + QStringList{path});
        if (!process.waitForFinished(120000) || process.exitCode() != 0) {
            ADD_FAILURE() << process.readAllStandardError().toStdString();
            return {};
        }
        return path;
    }

    spool::Run video(const QJsonObject &options, const QString &input = {}, int cancelAfterMs = -1)
    {
        return test::runUnderIngest(m_workspace.path(),
                                    input.isEmpty() ? m_clip : input,
                                    u"video"_s,
                                    options,
                                    cancelAfterMs);
    }

    // The ffprobe view of the video a run made.
    QJsonObject probeOutput(const spool::Run &run)
    {
        const Task *task = test::taskOfKind(run, u"video"_s);
        EXPECT_NE(task, nullptr);
        if (!task)
            return {};
        EXPECT_EQ(task->lifecycle.status(), Status::Succeeded)
            << (task->lifecycle.error() ? task->lifecycle.error()->message.toStdString() : "");
        if (task->outputs.isEmpty())
            return {};
        return test::MediaFixtures::ffprobe(test::outputPath(*task));
    }

    QString clip() const { return m_clip; }
    QString media(const QString &name) const { return m_media.filePath(name); }
    QString workspace() const { return m_workspace.path(); }

private:
    QTemporaryDir m_media;
    QTemporaryDir m_workspace;
    QString m_clip;
};

QJsonObject streamOf(const QJsonObject &probe, const QString &type)
{
    for (const QJsonValue &stream : probe.value(u"streams").toArray()) {
        if (stream.toObject().value(u"codec_type").toString() == type)
            return stream.toObject();
    }
    return {};
}

double durationOf(const QJsonObject &probe)
{
    return probe.value(u"format").toObject().value(u"duration").toString().toDouble();
}

} // namespace

TEST_F(VideoTaskTest, ContainersCodecsAndSound)
{
    const QList<std::tuple<QJsonObject, QString, QString, QString>> cases{
        {{{u"format"_s, u"mp4"_s}}, u"h264"_s, u"aac"_s, u"mov,mp4,m4a,3gp,3g2,mj2"_s},
        {{{u"format"_s, u"webm"_s}}, u"vp9"_s, u"opus"_s, u"matroska,webm"_s},
        {{{u"format"_s, u"mov"_s}, {u"codec"_s, u"h265"_s}},
         u"hevc"_s,
         u"aac"_s,
         u"mov,mp4,m4a,3gp,3g2,mj2"_s},
        {{{u"format"_s, u"mp4"_s}, {u"codec"_s, u"av1"_s}},
         u"av1"_s,
         u"aac"_s,
         u"mov,mp4,m4a,3gp,3g2,mj2"_s},
    };
    for (const auto &[options, videoCodec, audioCodec, container] : cases) {
        const QJsonObject probe = probeOutput(video(options));
        EXPECT_EQ(streamOf(probe, u"video"_s).value(u"codec_name").toString(), videoCodec);
        EXPECT_EQ(streamOf(probe, u"audio"_s).value(u"codec_name").toString(), audioCodec);
        EXPECT_EQ(probe.value(u"format").toObject().value(u"format_name").toString(), container);
        EXPECT_NEAR(durationOf(probe), 2.0, 0.1) << videoCodec.toStdString();
        EXPECT_EQ(streamOf(probe, u"video"_s).value(u"pix_fmt").toString(), u"yuv420p");
    }
}

TEST_F(VideoTaskTest, SizesKeepTheAspectAndAreEven)
{
    QJsonObject stream = streamOf(probeOutput(video({{u"width"_s, 161}})), u"video"_s);
    EXPECT_EQ(stream.value(u"width").toInt(), 160) << "4:2:0 needs even sizes";
    EXPECT_EQ(stream.value(u"height").toInt(), 120);
    stream = streamOf(probeOutput(video({{u"height"_s, u"50%"_s}})), u"video"_s);
    EXPECT_EQ(stream.value(u"width").toInt(), 160);
    EXPECT_EQ(stream.value(u"height").toInt(), 120);
    stream = streamOf(probeOutput(
                          video({{u"width"_s, 200}, {u"height"_s, 200}, {u"fit"_s, u"cover"_s}})),
                      u"video"_s);
    EXPECT_EQ(stream.value(u"width").toInt(), 200);
    EXPECT_EQ(stream.value(u"height").toInt(), 200);
}

TEST_F(VideoTaskTest, TrimsAndFrameRate)
{
    const QJsonObject probe = probeOutput(
        video({{u"start"_s, 0.52}, {u"end"_s, 1.52}, {u"fps"_s, 10}}));
    const QJsonObject stream = streamOf(probe, u"video"_s);
    EXPECT_EQ(stream.value(u"r_frame_rate").toString(), u"10/1");
    EXPECT_NEAR(stream.value(u"duration").toString().toDouble(), 1.0, 0.11);
    EXPECT_EQ(stream.value(u"nb_frames").toString().toInt(), 10);
}

TEST_F(VideoTaskTest, TheTrimStartsOnTheExactFrame)
{
    // Black for 1 s then white; keyframes only every 2 s, so a keyframe-rounded cut would
    // start black.
    const QString flash = ffmpeg(
        u"flash.mp4"_s,
        {u"-f"_s,
         u"lavfi"_s,
         u"-i"_s,
         u"color=black:size=64x64:rate=25:d=1[a];color=white:size=64x64:rate=25:d=1[b];[a][b]concat=n=2:v=1:a=0"_s,
         u"-c:v"_s,
         u"libx264"_s,
         u"-preset"_s,
         u"ultrafast"_s,
         u"-g"_s,
         u"100"_s,
         u"-pix_fmt"_s,
         u"yuv420p"_s});
    const spool::Run run = video({{u"start"_s, 1.0}, {u"format"_s, u"mp4"_s}}, flash);
    const Task *task = test::taskOfKind(run, u"video"_s);
    ASSERT_TRUE(task && !task->outputs.isEmpty());
    int width = 0;
    int height = 0;
    const QByteArray first = test::MediaFixtures::pixels(test::outputPath(*task), &width, &height);
    ASSERT_FALSE(first.isEmpty());
    double sum = 0;
    for (const char byte : first)
        sum += uchar(byte);
    EXPECT_GT(sum / first.size(), 200) << "the first frame is the white one at 1.0 s";
}

// Every frame is kept, the last one too: the count of what the ffmpeg command line writes
// with the same trim and frame rate, within one frame, and a one-frame video stays one frame.
TEST_F(VideoTaskTest, FrameCountsMatchTheFfmpegCommandLine)
{
    struct Case
    {
        int frames; // of the 25 fps input
        QJsonObject options;
    };
    const QList<Case> cases{
        {1, {}},
        {1, {{u"fps"_s, 50}}},
        {2, {}},
        {2, {{u"fps"_s, 10}}},
        {10, {}},
        {10, {{u"fps"_s, 50}}},
        {10, {{u"format"_s, u"webm"_s}}},
        {250, {}},
        {250, {{u"fps"_s, 10}}},
        {250, {{u"start"_s, 1.0}, {u"end"_s, 6.0}}},
        {250, {{u"start"_s, 2.0}, {u"end"_s, 3.0}, {u"fps"_s, 30}}},
        {250, {{u"start"_s, 9.0}}},
    };
    QMap<int, QString> inputs;
    for (const Case &c : cases) {
        if (inputs.contains(c.frames))
            continue;
        inputs.insert(c.frames,
                      ffmpeg(u"frames-%1.mp4"_s.arg(c.frames),
                             {u"-f"_s,
                              u"lavfi"_s,
                              u"-i"_s,
                              u"testsrc2=size=64x48:rate=25"_s,
                              u"-frames:v"_s,
                              QString::number(c.frames),
                              u"-c:v"_s,
                              u"libx264"_s,
                              u"-preset"_s,
                              u"ultrafast"_s,
                              u"-pix_fmt"_s,
                              u"yuv420p"_s}));
        ASSERT_EQ(test::MediaFixtures::videoFrameCounts(inputs.value(c.frames)),
                  QList<int>{c.frames});
    }
    int n = 0;
    for (const Case &c : cases) {
        const QString input = inputs.value(c.frames);
        const std::string label = u"%1 frames, %2"_s.arg(c.frames)
                                      .arg(QString::fromUtf8(
                                          QJsonDocument(c.options).toJson(QJsonDocument::Compact)))
                                      .toStdString();
        // The oracle: the ffmpeg command line with the same trim and fps filter.
        QStringList arguments{u"-i"_s, input};
        if (c.options.contains(u"start"))
            arguments << u"-ss"_s << QString::number(c.options.value(u"start").toDouble());
        if (c.options.contains(u"end"))
            arguments << u"-to"_s << QString::number(c.options.value(u"end").toDouble());
        arguments << u"-vf"_s << u"fps=%1"_s.arg(c.options.value(u"fps").toDouble(25)) << u"-c:v"_s
                  << u"libx264"_s << u"-preset"_s << u"ultrafast"_s;
        const QString oracle = ffmpeg(u"oracle-%1.mp4"_s.arg(n++), arguments);
        const QList<int> expected = test::MediaFixtures::videoFrameCounts(oracle);
        ASSERT_EQ(expected.size(), 1) << label;

        const spool::Run run = video(c.options, input);
        const Task *task = test::taskOfKind(run, u"video"_s);
        ASSERT_NE(task, nullptr) << label;
        ASSERT_EQ(task->lifecycle.status(), Status::Succeeded)
            << label << " "
            << (task->lifecycle.error() ? task->lifecycle.error()->message.toStdString() : "");
        const QList<int> made = test::MediaFixtures::videoFrameCounts(test::outputPath(*task));
        ASSERT_EQ(made.size(), 1) << label;
        EXPECT_LE(std::abs(made[0] - expected[0]), 1)
            << label << ": " << made[0] << " frames, ffmpeg writes " << expected[0];
        if (c.frames == 1 && !c.options.contains(u"fps")) {
            EXPECT_EQ(made[0], 1) << label;
        }
        // And the duration is that of the frames.
        const double fps = c.options.value(u"fps").toDouble(25);
        const double seconds = durationOf(test::MediaFixtures::ffprobe(test::outputPath(*task)));
        EXPECT_NEAR(seconds, made[0] / fps, 1.01 / fps) << label;
    }
}

TEST_F(VideoTaskTest, Mp4IsFastStart)
{
    const spool::Run run = video({});
    QFile file(test::outputPath(*test::taskOfKind(run, u"video"_s)));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const qsizetype moov = bytes.indexOf("moov");
    const qsizetype mdat = bytes.indexOf("mdat");
    ASSERT_GT(moov, 0);
    EXPECT_LT(moov, mdat) << "the index comes before the media data";
}

TEST_F(VideoTaskTest, RotationIsHonoured)
{
    const QString rotated
        = ffmpeg(u"rotated.mp4"_s,
                 {u"-i"_s, clip(), u"-c"_s, u"copy"_s, u"-metadata:s:v:0"_s, u"rotate=90"_s});
    const QJsonObject stream = streamOf(probeOutput(video({{u"width"_s, 120}}, rotated)),
                                        u"video"_s);
    EXPECT_EQ(stream.value(u"width").toInt(), 120);
    EXPECT_EQ(stream.value(u"height").toInt(), 160) << "upright: 240x320 scaled to width 120";
}

TEST_F(VideoTaskTest, VideosWithoutSoundStayWithoutSound)
{
    const QString mute = test::MediaFixtures(media(QString())).silentVideo(u"mute.mp4"_s, 1.0);
    const QJsonObject probe = probeOutput(video({}, mute));
    EXPECT_TRUE(streamOf(probe, u"audio"_s).isEmpty());
    EXPECT_FALSE(streamOf(probe, u"video"_s).isEmpty());
}

TEST_F(VideoTaskTest, BadInputsFailWithTheCause)
{
    test::MediaFixtures fixtures(media(QString()));
    spool::Run run = video({}, fixtures.image(u"still.png"_s, 64, 48));
    EXPECT_EQ(test::errorKind(run, u"video"_s), u"input_unsupported");
    run = video({}, fixtures.audio(u"sound.mp3"_s, 1.0));
    EXPECT_EQ(test::errorKind(run, u"video"_s), u"input_unsupported");
    // The index at the front, the media cut at 60 %: ingest reads it, the transcode cannot.
    const QString whole
        = ffmpeg(u"whole.mp4"_s,
                 {u"-i"_s, clip(), u"-c"_s, u"copy"_s, u"-movflags"_s, u"+faststart"_s});
    const QString half = fixtures.truncated(whole, u"half.mp4"_s, QFileInfo(whole).size() * 6 / 10);
    run = video({}, half);
    ASSERT_NE(test::taskOfKind(run, u"video"_s), nullptr);
    EXPECT_EQ(test::errorKind(run, u"video"_s), u"file_corrupt");
    const QString taskDir = workspace() + u"/runs/"_s + run.id + u'/'
                            + test::taskOfKind(run, u"video"_s)->id;
    EXPECT_TRUE(QDir(taskDir).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_F(VideoTaskTest, CancellingMidEncodeLeavesNoPartialFile)
{
    const QString longer = ffmpeg(u"long.mp4"_s,
                                  {u"-f"_s,
                                   u"lavfi"_s,
                                   u"-i"_s,
                                   u"testsrc2=size=640x360:rate=25"_s,
                                   u"-t"_s,
                                   u"20"_s,
                                   u"-c:v"_s,
                                   u"libx264"_s,
                                   u"-preset"_s,
                                   u"ultrafast"_s,
                                   u"-pix_fmt"_s,
                                   u"yuv420p"_s});
    const spool::Run run = video({{u"codec"_s, u"h264"_s}, {u"quality"_s, u"very_high"_s}},
                                 longer,
                                 400);
    EXPECT_EQ(run.lifecycle.status(), Status::Cancelled);
    const Task *task = test::taskOfKind(run, u"video"_s);
    ASSERT_NE(task, nullptr);
    const QDir dir(workspace() + u"/runs/"_s + run.id + u'/' + task->id);
    EXPECT_TRUE(dir.entryList(QDir::Files | QDir::Hidden).isEmpty());
}
