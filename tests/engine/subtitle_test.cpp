#include "testdata.h"

#include <text/subtitlebuilder.h>

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

namespace {

void expectBroadcastRules(const QList<SubtitleBuilder::Cue> &cues)
{
    for (qsizetype i = 0; i < cues.size(); ++i) {
        const SubtitleBuilder::Cue &cue = cues.at(i);
        EXPECT_GE(cue.lines.size(), 1);
        EXPECT_LE(cue.lines.size(), 2);
        for (const QString &line : cue.lines)
            EXPECT_LE(line.size(), 42) << line.toStdString();
        EXPECT_LE(cue.end - cue.start, 7.0 + 1e-9);
        if (i + 1 < cues.size()) {
            EXPECT_LE(cue.end, cues.at(i + 1).start) << "no overlap";
            // At least a second, unless the next cue starts sooner.
            EXPECT_TRUE(cue.end - cue.start >= 1.0 - 1e-9 || cue.end == cues.at(i + 1).start);
        }
    }
}

QString wordsOf(const QList<SubtitleBuilder::Cue> &cues)
{
    QStringList lines;
    for (const SubtitleBuilder::Cue &cue : cues)
        lines += cue.lines;
    return lines.join(u' ');
}

int packetsReadBy(const QString &path)
{
    QProcess probe;
    probe.start(u"ffprobe"_s,
                {u"-v"_s,
                 u"error"_s,
                 u"-count_packets"_s,
                 u"-show_entries"_s,
                 u"stream=nb_read_packets"_s,
                 u"-of"_s,
                 u"csv=p=0"_s,
                 path});
    probe.waitForFinished(30000);
    return probe.exitCode() == 0 ? probe.readAllStandardOutput().trimmed().toInt() : -1;
}

} // namespace

TEST(SubtitleBuilder, FollowsTheBroadcastRulesAndKeepsEveryWord)
{
    const QString text = u"The river rises in the hills and runs for two hundred miles to the "
                         "sea, through farms, towns and one very old forest that nobody has "
                         "mapped completely. | Fishermen say the water is colder than it looks, "
                         "and they are right about that, as anyone who has fallen in knows."_s;
    const QList<SubtitleBuilder::Cue> cues = SubtitleBuilder::build(test::speak(text));
    ASSERT_GT(cues.size(), 3);
    expectBroadcastRules(cues);
    EXPECT_EQ(wordsOf(cues), QString(text).remove(u"| "_s));
}

TEST(SubtitleBuilder, BreaksAtSentencesAndPauses)
{
    const QList<SubtitleBuilder::Cue> cues = SubtitleBuilder::build(
        test::speak(u"Good morning to you all. We begin now | after the pause"_s));
    ASSERT_EQ(cues.size(), 3);
    EXPECT_EQ(cues[0].lines.join(u' '), u"Good morning to you all.");
    EXPECT_EQ(cues[1].lines.join(u' '), u"We begin now");
    EXPECT_EQ(cues[2].lines.join(u' '), u"after the pause");
}

TEST(SubtitleBuilder, LinesBreakAtPunctuationOrEvenly)
{
    const QStringList lines = SubtitleBuilder::breakLines(
        {u"When"_s, u"it"_s, u"rains,"_s, u"the"_s, u"river"_s, u"floods"_s, u"the"_s, u"fields"_s},
        30,
        2);
    // "When it rains, the river" / "floods the fields" would be more even; the comma wins.
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[0], u"When it rains,");
    EXPECT_EQ(lines[1], u"the river floods the fields");
    const QStringList long_ = SubtitleBuilder::breakLines({QString(60, u'x')}, 42, 2);
    ASSERT_EQ(long_.size(), 2) << "a word longer than a line is cut";
    EXPECT_EQ(long_[0].size(), 42);
    EXPECT_TRUE(SubtitleBuilder::breakLines({QString(100, u'x')}, 42, 2).isEmpty());
}

TEST(SubtitleBuilder, ShortCuesStretchIntoSilenceButNeverOverlap)
{
    Transcript transcript;
    transcript.words = {{u"Yes."_s, 1.0, 1.2, 1},
                        {u"No."_s, 1.5, 1.7, 1},
                        {u"Maybe."_s, 5.0, 5.3, 1}};
    const QList<SubtitleBuilder::Cue> cues = SubtitleBuilder::build(transcript);
    ASSERT_EQ(cues.size(), 2) << "Yes. No. is short enough to stay one cue";
    EXPECT_DOUBLE_EQ(cues[0].start, 1.0);
    EXPECT_DOUBLE_EQ(cues[0].end, 2.0);
    EXPECT_DOUBLE_EQ(cues[1].end, 6.0);
}

TEST(SubtitleBuilder, WebVttAndSrtReadWithFfmpeg)
{
    const QList<SubtitleBuilder::Cue> cues = SubtitleBuilder::build(
        test::speak(u"One sentence here. Another one follows it. | And a third, after a pause."_s));
    ASSERT_EQ(cues.size(), 3);
    QTemporaryDir dir;
    QFile vtt(dir.filePath(u"a.vtt"_s));
    ASSERT_TRUE(vtt.open(QIODevice::WriteOnly));
    vtt.write(SubtitleBuilder::toWebVtt(cues));
    vtt.close();
    QFile srt(dir.filePath(u"a.srt"_s));
    ASSERT_TRUE(srt.open(QIODevice::WriteOnly));
    srt.write(SubtitleBuilder::toSrt(cues));
    srt.close();
    EXPECT_EQ(packetsReadBy(vtt.fileName()), 3);
    EXPECT_EQ(packetsReadBy(srt.fileName()), 3);
    EXPECT_TRUE(SubtitleBuilder::toSrt(cues).startsWith("1\n00:00:00,500 --> "));
}
