#include "testdata.h"

#include <support/mediafixtures.h>
#include <support/taskrunner.h>

#include <media/hlsladder.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

TEST(HlsLadder, AtLeastThreeRenditionsNoneLargerThanTheSource)
{
    QList<HlsLadder::Rendition> renditions = HlsLadder::plan({}, 1920, 1080);
    ASSERT_EQ(renditions.size(), 6);
    EXPECT_EQ(renditions[0].height, 1080);
    EXPECT_EQ(renditions[1].name, u"720p");
    EXPECT_EQ(renditions[1].width, 1280);

    renditions = HlsLadder::plan({}, 320, 240);
    ASSERT_EQ(renditions.size(), 3);
    for (const HlsLadder::Rendition &rendition : renditions) {
        EXPECT_LE(rendition.width, 320);
        EXPECT_LE(rendition.height, 240);
        EXPECT_EQ(rendition.width % 2, 0);
    }
    EXPECT_GT(renditions[0].height, renditions[1].height);
    EXPECT_GT(renditions[1].height, renditions[2].height);

    renditions = HlsLadder::plan({{u"bitrate"_s, 4000000}}, 1280, 720);
    EXPECT_EQ(renditions[0].options.value(u"bitrate").toInteger(), 4000000);
    EXPECT_LT(renditions[1].options.value(u"bitrate").toInteger(), 4000000);
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
