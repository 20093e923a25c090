#include "testdata.h"

#include <text/chaptersegmenter.h>

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

} // namespace

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
