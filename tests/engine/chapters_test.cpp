#include "testdata.h"

#include <media/speechaudio.h>
#include <speech/pocketsphinxrecognizer.h>
#include <text/chaptersegmenter.h>

#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

namespace {

// Three topics, several sentences each, no pauses between them: the words alone tell them apart.
const QString Script
    = u"Honey bees live in colonies with a single queen. The queen bee lays eggs in the hive. "
      "Worker bees gather nectar and pollen from flowers. Bees turn nectar into honey in the hive. "
      "A strong hive of bees makes honey all summer. Beekeepers smoke the hive to calm the bees. "
      "The old harbour was built for sailing ships. Fishing boats still leave the harbour at dawn. "
      "Ferries cross from the harbour to the islands. The harbour wall stops the winter storms. "
      "Sailors mend their nets on the harbour quay. Gulls follow the fishing boats into the "
      "harbour. "
      "The railway reached the town long ago. Steam trains carried fish from the railway station. "
      "The railway line runs along the valley to the city. Old steam trains now run for visitors. "
      "The railway station has a small museum of trains. Children love the steam trains in summer."_s;

// The script's three topics, each read on its own.
QStringList topicsOf(const QString &script)
{
    QStringList topics;
    for (const QString &opening : {u"The old harbour"_s, u"The railway reached"_s})
        topics.append(script.left(script.indexOf(opening)));
    topics[1] = topics[1].mid(topics[0].size());
    topics.append(script.mid(script.indexOf(u"The railway reached"_s)));
    return topics;
}

bool succeeds(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit
           && process.exitCode() == 0;
}

double secondsOf(const QString &path)
{
    QProcess probe;
    probe.start(u"ffprobe"_s,
                {u"-v"_s,
                 u"error"_s,
                 u"-show_entries"_s,
                 u"format=duration"_s,
                 u"-of"_s,
                 u"csv=p=0"_s,
                 path});
    probe.waitForFinished(30000);
    return probe.readAllStandardOutput().trimmed().toDouble();
}

} // namespace

TEST(ChapterSegmenter, TheMinimumScalesWithTheDuration)
{
    EXPECT_DOUBLE_EQ(ChapterSegmenter::minimumSeconds(10), 4.0);
    EXPECT_DOUBLE_EQ(ChapterSegmenter::minimumSeconds(19), 4.75);
    EXPECT_DOUBLE_EQ(ChapterSegmenter::minimumSeconds(60), 15.0);
    EXPECT_DOUBLE_EQ(ChapterSegmenter::minimumSeconds(3600), 20.0);
}

TEST(ChapterSegmenter, AShortTalkThatTurnsHalfwayHasTwoChapters)
{
    // About 19 s: bees, then the harbour.
    const Transcript transcript = test::speak(
        u"Honey bees live in colonies with a single queen. The queen bee lays eggs in the hive. "
        "Worker bees gather nectar and pollen from flowers. Bees turn nectar into honey. "
        "The old harbour was built for sailing ships. Fishing boats leave the harbour at dawn. "
        "Ferries cross from the harbour to the islands. Sailors mend nets on the harbour quay."_s);
    const double duration = transcript.words.last().end + 0.5;
    ASSERT_GT(duration, 17);
    ASSERT_LT(duration, 21);
    const QList<ChapterSegmenter::Chapter> chapters = ChapterSegmenter::segment(transcript,
                                                                                duration);
    ASSERT_EQ(chapters.size(), 2);
    double harbour = 0;
    for (qsizetype i = 1; i + 1 < transcript.words.size(); ++i) {
        if (transcript.words[i].text == u"old" && transcript.words[i + 1].text == u"harbour")
            harbour = transcript.words[i - 1].start;
    }
    EXPECT_NEAR(chapters[1].start, harbour, 2.5);
}

TEST(ChapterSegmenter, FindsTheTurnsOfTheSpokenScriptAtTwoSpeeds)
{
    QTemporaryDir dir;
    const QStringList topics = topicsOf(Script);
    ASSERT_EQ(topics.size(), 3);
    Result<PocketSphinxRecognizer *> recognizer = PocketSphinxRecognizer::forThisThread();
    ASSERT_TRUE(recognizer.ok()) << recognizer.error().message.toStdString();
    for (const double stretch : {0.8, 1.25}) {
        SCOPED_TRACE(stretch);
        // Each topic read on its own, then joined: the turns are where one file ends.
        QStringList arguments{u"-nostdin"_s, u"-v"_s, u"error"_s, u"-y"_s};
        QList<double> turns;
        double at = 0;
        for (qsizetype i = 0; i < topics.size(); ++i) {
            const QString part = dir.filePath(u"topic%1-%2.wav"_s.arg(i).arg(stretch));
            ASSERT_TRUE(succeeds(u"flite"_s,
                                 {u"-voice"_s,
                                  u"slt"_s,
                                  u"--setf"_s,
                                  u"duration_stretch=%1"_s.arg(stretch),
                                  u"-t"_s,
                                  topics[i],
                                  u"-o"_s,
                                  part}));
            arguments += {u"-i"_s, part};
            if (i > 0)
                turns.append(at);
            at += secondsOf(part);
        }
        const QString talk = dir.filePath(u"talk-%1.wav"_s.arg(stretch));
        arguments += {u"-filter_complex"_s, u"concat=n=3:v=0:a=1"_s, talk};
        ASSERT_TRUE(succeeds(u"ffmpeg"_s, arguments));
        Result<std::vector<int16_t>> samples = SpeechAudio::decode(talk, CancelToken(), {});
        ASSERT_TRUE(samples.ok());
        Result<Transcript> transcript = (*recognizer)->recognize(*samples, CancelToken(), {});
        ASSERT_TRUE(transcript.ok());
        const QList<ChapterSegmenter::Chapter> chapters = ChapterSegmenter::segment(*transcript, at);
        ASSERT_EQ(chapters.size(), 3) << "a " << at << " s talk";
        // Within about one sentence of the real turn.
        EXPECT_NEAR(chapters[1].start, turns[0], 4.0 * stretch);
        EXPECT_NEAR(chapters[2].start, turns[1], 4.0 * stretch);
    }
}

TEST(ChapterSegmenter, FindsTheTopicsAndTitlesThem)
{
    const Transcript transcript = test::speak(Script);
    const double duration = transcript.words.last().end + 1.0;
    const QList<ChapterSegmenter::Chapter> chapters = ChapterSegmenter::segment(transcript,
                                                                                duration,
                                                                                10.0);
    ASSERT_EQ(chapters.size(), 3);
    EXPECT_DOUBLE_EQ(chapters.first().start, 0.0);
    EXPECT_DOUBLE_EQ(chapters.last().end, duration);
    for (qsizetype i = 0; i + 1 < chapters.size(); ++i)
        EXPECT_DOUBLE_EQ(chapters[i].end, chapters[i + 1].start) << "end to end";
    // The boundaries fall where the topics change (the sentence starting "The old harbour" and
    // the one starting "The railway"), within one sentence.
    double harbour = 0;
    double railway = 0;
    for (qsizetype i = 0; i + 2 < transcript.words.size(); ++i) {
        if (transcript.words[i].text == u"old" && transcript.words[i + 1].text == u"harbour")
            harbour = transcript.words[i - 1].start;
        if (transcript.words[i].text == u"railway" && transcript.words[i + 1].text == u"reached")
            railway = transcript.words[i - 1].start;
    }
    EXPECT_NEAR(chapters[1].start, harbour, 3.5);
    EXPECT_NEAR(chapters[2].start, railway, 3.5);
    EXPECT_TRUE(chapters[0].title.contains(u"Bee", Qt::CaseInsensitive)
                || chapters[0].title.contains(u"Hive", Qt::CaseInsensitive)
                || chapters[0].title.contains(u"Honey", Qt::CaseInsensitive))
        << chapters[0].title.toStdString();
    EXPECT_TRUE(chapters[1].title.contains(u"Harbour", Qt::CaseInsensitive)
                || chapters[1].title.contains(u"Boats", Qt::CaseInsensitive))
        << chapters[1].title.toStdString();
    EXPECT_TRUE(chapters[2].title.contains(u"Railway", Qt::CaseInsensitive)
                || chapters[2].title.contains(u"Trains", Qt::CaseInsensitive))
        << chapters[2].title.toStdString();
    for (const ChapterSegmenter::Chapter &chapter : chapters)
        EXPECT_FALSE(chapter.title.startsWith(u"Chapter"));
}

TEST(ChapterSegmenter, NoChapterIsShorterThanTheMinimum)
{
    const Transcript transcript = test::speak(Script);
    const QList<ChapterSegmenter::Chapter> chapters
        = ChapterSegmenter::segment(transcript, transcript.words.last().end, 60.0);
    ASSERT_EQ(chapters.size(), 1) << "the whole talk is shorter than two minimum chapters";
}

TEST(ChapterSegmenter, SilenceIsOneUntitledChapter)
{
    const QList<ChapterSegmenter::Chapter> chapters = ChapterSegmenter::segment(Transcript(), 12.0);
    ASSERT_EQ(chapters.size(), 1);
    EXPECT_DOUBLE_EQ(chapters[0].end, 12.0);
    EXPECT_TRUE(chapters[0].title.isEmpty());
}
