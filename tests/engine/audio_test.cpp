#include "testdata.h"

#include <support/mediafixtures.h>
#include <support/taskrunner.h>

#include <runtime/runengine.h>
#include <tasks/builtinexecutors.h>

#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QProcess>
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

namespace {

// A short sine at `rate` Hz with `channels` channels, and a small picture when `withVideo`.
QString sine(const QString &dir, int rate, int channels, bool withVideo)
{
    const QString path = u"%1/sine-%2-%3.%4"_s.arg(dir).arg(rate).arg(channels).arg(
        withVideo ? u"mkv"_s : u"wav"_s);
    QStringList arguments{u"-nostdin"_s, u"-v"_s, u"error"_s, u"-y"_s};
    if (withVideo)
        arguments << u"-f"_s << u"lavfi"_s << u"-i"_s << u"testsrc2=size=64x48:rate=25:d=0.3"_s;
    arguments << u"-f"_s << u"lavfi"_s << u"-i"_s << u"sine=frequency=440:r=%1:d=0.3"_s.arg(rate)
              << u"-ac"_s << QString::number(channels);
    if (withVideo)
        arguments << u"-c:v"_s << u"libx264"_s << u"-preset"_s << u"ultrafast"_s << u"-c:a"_s
                  << u"flac"_s;
    arguments << path;
    QProcess process;
    process.start(u"ffmpeg"_s, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        ADD_FAILURE() << process.readAllStandardError().toStdString();
        return {};
    }
    return path;
}

// Samples in one frame of each codec: the tolerance of a duration.
int frameSamples(const QString &codec)
{
    if (codec == u"mp3")
        return 1152;
    if (codec == u"aac")
        return 1024;
    if (codec == u"vorbis")
        return 2048;
    if (codec == u"opus")
        return 960;
    return 1; // wav, flac: sample-exact
}

struct Made
{
    QString codec;
    int channels = 0;
    int rate = 0;
    double duration = 0;
};

// What a player hears: the sound decoded by the ffmpeg command line, whose length honours the
// encoder delay and padding that container headers (mp3's above all) only estimate.
double decodedSeconds(const QString &path, int rate)
{
    QProcess process;
    process.start(u"ffmpeg"_s,
                  {u"-nostdin"_s,
                   u"-v"_s,
                   u"error"_s,
                   u"-i"_s,
                   path,
                   u"-map"_s,
                   u"0:a:0"_s,
                   u"-f"_s,
                   u"s16le"_s,
                   u"-ac"_s,
                   u"1"_s,
                   u"-ar"_s,
                   QString::number(rate),
                   u"-"_s});
    if (!process.waitForFinished(60000) || process.exitCode() != 0 || rate <= 0)
        return -1;
    return double(process.readAllStandardOutput().size()) / 2 / rate;
}

Made soundOf(const QString &path)
{
    const QJsonObject stream = audioStream(test::MediaFixtures::ffprobe(path));
    const int rate = stream.value(u"sample_rate").toString().toInt();
    return Made{stream.value(u"codec_name").toString(),
                stream.value(u"channels").toInt(),
                rate,
                decodedSeconds(path, rate)};
}

const QList<int> MatrixRates{8000, 11025, 16000, 22050, 44100, 48000, 96000};
const QList<int> MatrixChannels{1, 2, 6};

} // namespace

// Every audio format takes every input from 8 to 96 kHz, mono to 5.1: the output opens, keeps
// mono or stereo (wider is mixed down to stereo), has a rate its codec takes (the input's
// when it can) and lasts as long as the input within one codec frame.
TEST_F(AudioTaskTest, EveryFormatTakesEveryRateAndLayout)
{
    const QStringList formats{u"mp3"_s, u"aac"_s, u"wav"_s, u"ogg"_s, u"flac"_s};
    QTemporaryDir dir;
    for (const int rate : MatrixRates) {
        for (const int channels : MatrixChannels) {
            const QString input = sine(dir.path(), rate, channels, false);
            ASSERT_FALSE(input.isEmpty());
            QStringList tasks;
            for (const QString &format : formats)
                tasks.append(
                    u"{\"kind\": \"audio\", \"options\": {\"format\": \"%1\"}}"_s.arg(format));
            const QByteArray request = u"{\"tasks\": [{\"kind\": \"ingest\", \"options\": "
                                       "{\"url\": \"%1\"}, \"next\": [%2]}]}"_s
                                           .arg(input, tasks.join(u", "_s))
                                           .toUtf8();
            const spool::Run run = test::runRequest(workspace(), request);
            ASSERT_EQ(run.tasks.size(), formats.size() + 1);
            for (const Task &task : run.tasks) {
                if (task.kind != u"audio")
                    continue;
                const QString format = task.options.value(u"format").toString();
                const std::string label = u"%1 from %2 Hz, %3 channels"_s.arg(format)
                                              .arg(rate)
                                              .arg(channels)
                                              .toStdString();
                ASSERT_EQ(task.lifecycle.status(), Status::Succeeded)
                    << label << ": "
                    << (task.lifecycle.error() ? task.lifecycle.error()->message.toStdString() : "");
                const Made made = soundOf(test::outputPath(task));
                EXPECT_EQ(made.channels, qMin(channels, 2)) << label;
                if (format == u"mp3")
                    EXPECT_EQ(made.rate, qMin(rate, 48000)) << label;
                else if (format == u"ogg")
                    EXPECT_TRUE(made.rate == rate || made.rate == 44100 || made.rate == 48000)
                        << label << ": " << made.rate;
                else
                    EXPECT_EQ(made.rate, rate) << label;
                EXPECT_NEAR(made.duration, 0.3, double(frameSamples(made.codec)) / made.rate + 0.001)
                    << label;
            }
        }
    }
}

// The sound of every video format, HLS included, takes the same inputs.
TEST_F(AudioTaskTest, EveryVideoFormatTakesEverySoundRateAndLayout)
{
    QTemporaryDir dir;
    for (const int rate : {8000, 16000, 44100, 96000}) {
        for (const int channels : MatrixChannels) {
            const QString input = sine(dir.path(), rate, channels, true);
            ASSERT_FALSE(input.isEmpty());
            const QByteArray request
                = u"{\"tasks\": [{\"kind\": \"ingest\", \"options\": {\"url\": \"%1\"}, \"next\": "
                  "[{\"kind\": \"video\", \"options\": {\"format\": \"mp4\"}}, "
                  "{\"kind\": \"video\", \"options\": {\"format\": \"webm\"}}, "
                  "{\"kind\": \"video\", \"options\": {\"format\": \"mov\"}}%2]}]}"_s
                      .arg(input, channels == 2 ? QString() : u", {\"kind\": \"adaptive_video\"}"_s)
                      .toUtf8();
            const spool::Run run = test::runRequest(workspace(), request);
            ASSERT_GE(run.tasks.size(), 4u);
            for (const Task &task : run.tasks) {
                if (task.kind == u"ingest")
                    continue;
                const QString format = task.options.value(u"format").toString(u"hls"_s);
                const std::string label = u"%1 from %2 Hz, %3 channels"_s.arg(format)
                                              .arg(rate)
                                              .arg(channels)
                                              .toStdString();
                ASSERT_EQ(task.lifecycle.status(), Status::Succeeded)
                    << label << ": "
                    << (task.lifecycle.error() ? task.lifecycle.error()->message.toStdString() : "");
                QString path = test::outputPath(task);
                if (task.kind == u"adaptive_video")
                    path = QUrl(task.outputs[0]
                                    .extra.value(u"renditions")
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(u"url")
                                    .toString())
                               .toLocalFile();
                const Made made = soundOf(path);
                // MPEG-TS has no edit list to hide AAC's priming: HLS sound keeps up to two
                // frames more than the input, as the ffmpeg command line writes it too.
                const double slack = (format == u"hls" ? 3.0 : 1.0) * frameSamples(made.codec)
                                         / made.rate
                                     + 0.01;
                EXPECT_EQ(made.codec, format == u"webm" ? u"opus"_s : u"aac"_s) << label;
                EXPECT_EQ(made.channels, qMin(channels, 2)) << label;
                EXPECT_EQ(made.rate, format == u"webm" ? 48000 : rate) << label;
                EXPECT_NEAR(made.duration, 0.3, slack) << label;
            }
        }
    }
}
