#include "testdata.h"

#include <support/mediafixtures.h>
#include <support/taskrunner.h>

#include <media/hlsladder.h>
#include <schema/optionreader.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

namespace {

// The top rendition as the adaptive_video task reads its options.
VideoSettings adaptive(const QJsonObject &options = {})
{
    return VideoSettings::read(OptionReader(u"adaptive_video", options));
}

} // namespace

TEST(HlsLadder, AtLeastThreeRenditionsNoneLargerThanTheSource)
{
    QList<HlsLadder::Rendition> renditions = HlsLadder::plan(adaptive(), 1920, 1080);
    ASSERT_EQ(renditions.size(), 6);
    EXPECT_EQ(renditions[0].height, 1080);
    EXPECT_EQ(renditions[1].name, u"720p");
    EXPECT_EQ(renditions[1].width, 1280);

    renditions = HlsLadder::plan(adaptive(), 320, 240);
    ASSERT_EQ(renditions.size(), 3);
    for (const HlsLadder::Rendition &rendition : renditions) {
        EXPECT_LE(rendition.width, 320);
        EXPECT_LE(rendition.height, 240);
        EXPECT_EQ(rendition.width % 2, 0);
    }
    EXPECT_GT(renditions[0].height, renditions[1].height);
    EXPECT_GT(renditions[1].height, renditions[2].height);

    renditions = HlsLadder::plan(adaptive({{u"bitrate"_s, 4000000}}), 1280, 720);
    EXPECT_EQ(renditions[0].settings.bitrate, 4000000);
    EXPECT_LT(renditions[1].settings.bitrate.value_or(0), 4000000);
}

TEST(AdaptiveVideoTask, WritesAMasterPlaylistOverItsRenditions)
{
    QTemporaryDir media;
    QTemporaryDir workspace;
    const QString clip = test::MediaFixtures(media.path()).video(u"clip.mp4"_s, 320, 240, 2.0);
    ASSERT_FALSE(clip.isEmpty());
    const spool::Run run = test::runUnderIngest(workspace.path(), clip, u"adaptive_video"_s, {});
    const Task *task = test::taskOfKind(run, u"adaptive_video"_s);
    ASSERT_NE(task, nullptr);
    ASSERT_EQ(task->lifecycle.status(), Status::Succeeded)
        << (task->lifecycle.error() ? task->lifecycle.error()->message.toStdString() : "");
    const QString master = QUrl(task->outputs[0].url).toLocalFile();
    EXPECT_EQ(task->outputs[0].type, u"application/vnd.apple.mpegurl");
    QFile file(master);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.startsWith(u"#EXTM3U"));
    EXPECT_EQ(text.count(u"#EXT-X-STREAM-INF"), 3);
    EXPECT_TRUE(text.contains(u"RESOLUTION=320x240"));
    EXPECT_TRUE(text.contains(u"CODECS=\"avc1."));
    // FFmpeg's HLS demuxer reads the package: one program per rendition, each with sound.
    const QJsonObject probe = test::MediaFixtures::ffprobe(master);
    int videos = 0;
    for (const QJsonValue &stream : probe.value(u"streams").toArray()) {
        const QJsonObject object = stream.toObject();
        if (object.value(u"codec_type").toString() == u"video") {
            ++videos;
            EXPECT_LE(object.value(u"height").toInt(), 240);
        }
    }
    EXPECT_EQ(videos, 3);
    EXPECT_TRUE(QDir(QFileInfo(master).absolutePath()).entryList({u".partial-*"_s}).isEmpty());
    EXPECT_EQ(task->outputs[0].extra.value(u"renditions").toArray().size(), 3);
}

// A source too small for a ladder gets the renditions that fit, each once: never one size
// listed three times, never larger than the source, always even for 4:2:0.
TEST(HlsLadder, SmallSourcesGetDistinctRenditionsThatFit)
{
    for (const auto &[width, height] : {std::pair{2, 2},
                                        std::pair{3, 3},
                                        std::pair{4, 4},
                                        std::pair{7, 5},
                                        std::pair{16, 6},
                                        std::pair{320, 4}}) {
        const QList<HlsLadder::Rendition> renditions = HlsLadder::plan(adaptive(), width, height);
        const std::string label = std::to_string(width) + "x" + std::to_string(height);
        ASSERT_FALSE(renditions.isEmpty()) << label;
        QSet<QString> names;
        for (const HlsLadder::Rendition &rendition : renditions) {
            EXPECT_LE(rendition.width, width) << label;
            EXPECT_LE(rendition.height, height) << label;
            EXPECT_GE(rendition.width, 2) << label;
            EXPECT_GE(rendition.height, 2) << label;
            EXPECT_EQ(rendition.width % 2, 0) << label;
            EXPECT_EQ(rendition.height % 2, 0) << label;
            EXPECT_FALSE(names.contains(rendition.name))
                << label << " lists " << rendition.name.toStdString() << " twice";
            names.insert(rendition.name);
        }
        for (qsizetype i = 1; i < renditions.size(); ++i)
            EXPECT_LT(renditions[i].height, renditions[i - 1].height) << label;
    }
    EXPECT_EQ(HlsLadder::plan(adaptive(), 2, 2).size(), 1);
    EXPECT_TRUE(HlsLadder::plan(adaptive(), 1, 1).isEmpty()) << "no rendition fits in 1x1";
    EXPECT_TRUE(HlsLadder::plan(adaptive(), 640, 1).isEmpty()) << "no rendition fits in 640x1";
}

TEST(AdaptiveVideoTask, ATinySourceGetsOneRenditionOrAClearError)
{
    QTemporaryDir media;
    QTemporaryDir workspace;
    const auto make = [&](const QString &name, const QString &size) {
        QProcess process;
        const QString path = media.filePath(name);
        process.start(u"ffmpeg"_s,
                      {u"-nostdin"_s,
                       u"-v"_s,
                       u"error"_s,
                       u"-f"_s,
                       u"lavfi"_s,
                       u"-i"_s,
                       u"testsrc2=size=16x16:rate=25:duration=0.4"_s,
                       u"-vf"_s,
                       u"scale=%1"_s.arg(QString(size).replace(u'x', u':')),
                       u"-c:v"_s,
                       u"libx264"_s,
                       u"-pix_fmt"_s,
                       u"yuv444p"_s,
                       path});
        EXPECT_TRUE(process.waitForFinished(60000) && process.exitCode() == 0)
            << process.readAllStandardError().toStdString();
        return path;
    };
    spool::Run run = test::runUnderIngest(workspace.path(),
                                          make(u"one.mp4"_s, u"1x1"_s),
                                          u"adaptive_video"_s,
                                          {});
    const Task *task = test::taskOfKind(run, u"adaptive_video"_s);
    ASSERT_NE(task, nullptr);
    ASSERT_EQ(task->lifecycle.status(), Status::Failed);
    EXPECT_EQ(task->lifecycle.error()->kind, u"input_unsupported");
    EXPECT_TRUE(task->lifecycle.error()->message.contains(u"1x1"_s))
        << task->lifecycle.error()->message.toStdString();

    run = test::runUnderIngest(workspace.path(),
                               make(u"three.mp4"_s, u"3x3"_s),
                               u"adaptive_video"_s,
                               {});
    task = test::taskOfKind(run, u"adaptive_video"_s);
    ASSERT_NE(task, nullptr);
    ASSERT_EQ(task->lifecycle.status(), Status::Succeeded)
        << task->lifecycle.error()->message.toStdString();
    QFile master(QUrl(task->outputs[0].url).toLocalFile());
    ASSERT_TRUE(master.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(master.readAll());
    EXPECT_EQ(text.count(u"#EXT-X-STREAM-INF"_s), 1) << text.toStdString();
    EXPECT_TRUE(text.contains(u"RESOLUTION=2x2"_s)) << text.toStdString();
}

// A trimmed package reports the duration it holds, and every rendition holds every frame.
TEST(AdaptiveVideoTask, TrimsKeepEveryFrameAndReportTheirDuration)
{
    QTemporaryDir media;
    QTemporaryDir workspace;
    const QString clip = test::MediaFixtures(media.path()).video(u"clip.mp4"_s, 96, 64, 7.0);
    ASSERT_FALSE(clip.isEmpty());
    const spool::Run run = test::runUnderIngest(workspace.path(),
                                                clip,
                                                u"adaptive_video"_s,
                                                {{u"start"_s, 1.0}, {u"end"_s, 6.0}});
    const Task *task = test::taskOfKind(run, u"adaptive_video"_s);
    ASSERT_NE(task, nullptr);
    ASSERT_EQ(task->lifecycle.status(), Status::Succeeded)
        << task->lifecycle.error()->message.toStdString();
    ASSERT_TRUE(task->outputs[0].duration.has_value());
    EXPECT_NEAR(*task->outputs[0].duration, 5.0, 0.041);
    const QString master = QUrl(task->outputs[0].url).toLocalFile();
    const QList<int> counts = test::MediaFixtures::videoFrameCounts(master);
    ASSERT_EQ(counts.size(), 3);
    for (const int count : counts)
        EXPECT_EQ(count, 125) << "5 s at 25 fps in every rendition";
    for (const QJsonValue &rendition : task->outputs[0].extra.value(u"renditions").toArray()) {
        const QString playlist = QUrl(rendition.toObject().value(u"url").toString()).toLocalFile();
        const double seconds = test::MediaFixtures::ffprobe(playlist)
                                   .value(u"format")
                                   .toObject()
                                   .value(u"duration")
                                   .toString()
                                   .toDouble();
        EXPECT_NEAR(seconds, 5.0, 0.041) << playlist.toStdString();
    }
}
