#include "testdata.h"

#include <text/summarizer.h>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

namespace {

// Three topics, each talked about for a while: bees, the harbour, the railway.
const QString Script
    = u"Honey bees live in colonies with a single queen. The queen lays the "
      "eggs and the worker bees gather nectar and pollen. A strong colony of bees "
      "can make forty kilograms of honey in a good summer. | The old harbour was "
      "built for sailing ships and fishing boats. Today the harbour holds ferries "
      "and a few fishing boats, and the harbour wall protects the town from winter "
      "storms. | The railway reached the town in eighteen sixty. Steam trains "
      "carried fish from the harbour to the city, and the railway station is now a "
      "museum of steam trains."_s;

} // namespace

TEST(Summarizer, TagsNameTheTopics)
{
    const Summarizer::Summary summary = Summarizer::summarize(test::speak(Script));
    ASSERT_GE(summary.tags.size(), 5);
    ASSERT_LE(summary.tags.size(), 10);
    const QString tags = summary.tags.join(u'|');
    EXPECT_TRUE(tags.contains(u"bees")) << tags.toStdString();
    EXPECT_TRUE(tags.contains(u"harbour")) << tags.toStdString();
    EXPECT_TRUE(tags.contains(u"railway") || tags.contains(u"steam trains")) << tags.toStdString();
    for (const QString &tag : summary.tags)
        EXPECT_FALSE(Summarizer::isStopWord(tag)) << tag.toStdString();
}

TEST(Summarizer, DescriptionIsAFewSentencesOfTheTalk)
{
    const Summarizer::Summary summary = Summarizer::summarize(test::speak(Script));
    const QStringList sentences = summary.description.split(u". "_s, Qt::SkipEmptyParts);
    EXPECT_GE(sentences.size(), 1);
    EXPECT_LE(sentences.size(), 3);
    for (const QString &sentence : sentences) {
        QString bare = sentence;
        bare.remove(u'.');
        EXPECT_TRUE(QString(Script).remove(u"| "_s).contains(bare, Qt::CaseInsensitive))
            << "extractive: " << sentence.toStdString();
    }
    EXPECT_FALSE(summary.title.isEmpty());
    EXPECT_FALSE(summary.title.startsWith(u"Chapter"));
    EXPECT_EQ(summary.languages, QStringList{u"en"_s});
}

TEST(Summarizer, SentencesSplitAtPunctuationAndPauses)
{
    const QStringList sentences = Summarizer::sentences(
        test::speak(u"first one. second one | third without a full stop"_s));
    EXPECT_EQ(sentences,
              (QStringList{u"first one."_s, u"second one"_s, u"third without a full stop"_s}));
}

TEST(Summarizer, NothingSaidGivesAnEmptySummary)
{
    const Summarizer::Summary summary = Summarizer::summarize(Transcript());
    EXPECT_TRUE(summary.description.isEmpty());
    EXPECT_TRUE(summary.tags.isEmpty());
    EXPECT_EQ(summary.languages, QStringList{u"en"_s});
}
