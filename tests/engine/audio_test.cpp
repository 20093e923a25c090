#include "testdata.h"

#include <support/mediafixtures.h>
#include <support/taskrunner.h>

#include <runtime/runengine.h>
#include <tasks/builtinexecutors.h>

#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

namespace {

class AudioTaskTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        test::MediaFixtures fixtures(m_media.path());
        m_video = fixtures.video(u"talk.mp4"_s, 320, 240, 3.0);
        ASSERT_FALSE(m_video.isEmpty()) << fixtures.lastError().toStdString();
    }

    test::MediaFixtures fixtures() const { return test::MediaFixtures(m_media.path()); }
    QString video() const { return m_video; }
    QString workspace() const { return m_workspace.path(); }

    spool::Run runAudio(const QString &input, const QJsonObject &options, int cancelAfterMs = -1)
    {
        return test::runUnderIngest(workspace(), input, u"audio"_s, options, cancelAfterMs);
    }

    static const Task *audioTask(const spool::Run &run)
    {
        return test::taskOfKind(run, u"audio"_s);
    }
    static QString outputPath(const Task &task) { return test::outputPath(task); }

private:
    QTemporaryDir m_media;
    QTemporaryDir m_workspace;
    QString m_video;
};

QJsonObject audioStream(const QJsonObject &probe)
{
    for (const QJsonValue &stream : probe.value(u"streams").toArray()) {
        if (stream.toObject().value(u"codec_type").toString() == u"audio")
            return stream.toObject();
    }
    return {};
}

} // namespace

TEST_F(AudioTaskTest, EveryFormatHasTheRightCodecAndContainer)
{
    const QList<std::tuple<QString, QString, QString, QString>> formats{
        {u"mp3"_s, u"mp3"_s, u"mp3"_s, u"audio/mpeg"_s},
        {u"aac"_s, u"aac"_s, u"mov,mp4,m4a,3gp,3g2,mj2"_s, u"audio/mp4"_s},
        {u"wav"_s, u"pcm_s16le"_s, u"wav"_s, u"audio/wav"_s},
        {u"ogg"_s, u"vorbis"_s, u"ogg"_s, u"audio/ogg"_s},
        {u"flac"_s, u"flac"_s, u"flac"_s, u"audio/flac"_s},
    };
    for (const auto &[format, codec, container, mimetype] : formats) {
        const spool::Run run = runAudio(video(), {{u"format"_s, format}});
        ASSERT_EQ(run.lifecycle.status(), Status::Succeeded) << format.toStdString();
        const Task *task = audioTask(run);
        ASSERT_NE(task, nullptr);
        ASSERT_EQ(task->outputs.size(), 1);
        EXPECT_EQ(task->outputs[0].type, mimetype);
        const QJsonObject probe = test::MediaFixtures::ffprobe(outputPath(*task));
        EXPECT_EQ(audioStream(probe).value(u"codec_name").toString(), codec)
            << format.toStdString();
        EXPECT_EQ(probe.value(u"format").toObject().value(u"format_name").toString(), container);
        EXPECT_NEAR(probe.value(u"format").toObject().value(u"duration").toString().toDouble(), 3.0, 0.1)
            << format.toStdString();
    }
}

TEST_F(AudioTaskTest, TrimsToStartAndEnd)
{
    const spool::Run run = runAudio(video(),
                                    {{u"format"_s, u"wav"_s}, {u"start"_s, 0.5}, {u"end"_s, 2.0}});
    ASSERT_EQ(run.lifecycle.status(), Status::Succeeded);
    const QJsonObject probe = test::MediaFixtures::ffprobe(outputPath(*audioTask(run)));
    // wav is sample-exact: 1.5 s within one frame of audio.
    EXPECT_NEAR(probe.value(u"format").toObject().value(u"duration").toString().toDouble(),
                1.5,
                0.03);
    EXPECT_NEAR(audioTask(run)->outputs[0].duration.value_or(0), 1.5, 0.03);
}

TEST_F(AudioTaskTest, BitrateAndQualityAreHonoured)
{
    const auto bitrateOf = [&](const QJsonObject &options) {
        const spool::Run run = runAudio(video(), options);
        EXPECT_EQ(run.lifecycle.status(), Status::Succeeded);
        return audioStream(test::MediaFixtures::ffprobe(outputPath(*audioTask(run))))
            .value(u"bit_rate")
            .toString()
            .toDouble();
    };
    EXPECT_NEAR(bitrateOf({{u"format"_s, u"mp3"_s}, {u"bitrate"_s, 64000}}), 64000, 4000);
    EXPECT_NEAR(bitrateOf({{u"format"_s, u"mp3"_s}, {u"quality"_s, u"very_high"_s}}), 256000, 8000);
    EXPECT_NEAR(bitrateOf({{u"format"_s, u"aac"_s}, {u"quality"_s, u"low"_s}}), 96000, 12000);
}

TEST_F(AudioTaskTest, InputsWithoutSoundFailWithTheCause)
{
    spool::Run run = runAudio(fixtures().image(u"still.png"_s, 64, 48), {});
    ASSERT_NE(audioTask(run), nullptr);
    EXPECT_EQ(test::errorKind(run, u"audio"_s), u"input_unsupported");
    run = runAudio(fixtures().silentVideo(u"mute.mp4"_s, 1.0), {});
    ASSERT_EQ(test::errorKind(run, u"audio"_s), u"input_unsupported");
    EXPECT_TRUE(audioTask(run)->lifecycle.error()->message.contains(u"mute.mp4"));
    run = runAudio(video(), {{u"start"_s, 10.0}});
    EXPECT_EQ(test::errorKind(run, u"audio"_s), u"range_invalid");
}

TEST_F(AudioTaskTest, CancellingMidEncodeLeavesNoPartialFile)
{
    // Five minutes of sound take about two seconds to encode as Vorbis: the cancel lands
    // mid-way.
    const QString longSound = fixtures().audio(u"long.wav"_s, 300.0);
    ASSERT_FALSE(longSound.isEmpty());
    const spool::Run run = runAudio(longSound, {{u"format"_s, u"ogg"_s}}, 300);
    EXPECT_EQ(run.lifecycle.status(), Status::Cancelled);
    const Task *task = audioTask(run);
    ASSERT_NE(task, nullptr);
    EXPECT_EQ(task->lifecycle.status(), Status::Cancelled);
    const QDir dir(workspace() + u"/runs/"_s + run.id + u'/' + task->id);
    EXPECT_TRUE(dir.entryList(QDir::Files | QDir::Hidden).isEmpty())
        << dir.entryList(QDir::Files | QDir::Hidden).join(u", "_s).toStdString();
}
