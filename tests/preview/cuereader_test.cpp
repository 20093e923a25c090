#include <preview/cuereader.h>
#include <preview/renditionladder.h>
#include <preview/timecode.h>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

TEST(CueReader, ReadsWebVttWithSettingsAndTiles)
{
    const Result<QList<Cue>> cues = CueReader::read(
        "WEBVTT\n\nNOTE made by hand\n\n1\n00:00:01.500 --> 00:00:03.250 line:90%\nhello\nworld\n\n"
        "00:01:00.000 --> 01:00:02.000\nsheet.jpg#xywh=160,0,160,90\n");
    ASSERT_TRUE(cues.ok()) << cues.error().message.toStdString();
    ASSERT_EQ(cues->size(), 2);
    EXPECT_EQ(cues->at(0).startMs, 1500);
    EXPECT_EQ(cues->at(0).endMs, 3250);
    EXPECT_EQ(cues->at(0).text, u"hello\nworld"_s);
    EXPECT_TRUE(cues->at(0).region.isNull());
    EXPECT_EQ(cues->at(1).startMs, 60000);
    EXPECT_EQ(cues->at(1).endMs, 3602000);
    EXPECT_EQ(cues->at(1).region, QRect(160, 0, 160, 90));
    EXPECT_EQ(CueReader::cueAt(*cues, 1499), -1);
    EXPECT_EQ(CueReader::cueAt(*cues, 1500), 0);
    EXPECT_EQ(CueReader::cueAt(*cues, 3250), -1);
}

TEST(CueReader, ReadsSubRip)
{
    const Result<QList<Cue>> cues = CueReader::read(
        "1\r\n00:00:00,250 --> 00:00:02,000\r\nfirst\r\n\r\n2\r\n00:00:02,000 --> "
        "00:00:04,500\r\nsecond\r\n");
    ASSERT_TRUE(cues.ok());
    ASSERT_EQ(cues->size(), 2);
    EXPECT_EQ(cues->at(0).startMs, 250);
    EXPECT_EQ(cues->at(1).text, u"second"_s);
    EXPECT_EQ(cues->at(1).endMs, 4500);
}

TEST(CueReader, NamesTheLineOfABadTiming)
{
    const Result<QList<Cue>> cues = CueReader::read("WEBVTT\n\n00:00:01.000 --> soon\ntext\n");
    ASSERT_FALSE(cues.ok());
    EXPECT_EQ(cues.error().kind, u"cues_unreadable"_s);
    EXPECT_EQ(cues.error().line, 3);
    EXPECT_TRUE(cues.error().message.contains(u"line 3"_s));
    const Result<QList<Cue>> missing = CueReader::readFile(u"/nonexistent/x.vtt"_s);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().path, u"/nonexistent/x.vtt"_s);
}

TEST(TimeCode, FormatsMinutesHoursAndFractions)
{
    EXPECT_EQ(TimeCode::format(65432), u"1:05"_s);
    EXPECT_EQ(TimeCode::format(65432, TimeCode::Tenths), u"1:05.4"_s);
    EXPECT_EQ(TimeCode::format(3723004, TimeCode::Milliseconds), u"1:02:03.004"_s);
}

TEST(RenditionLadder, ReadsVariantsWithQuotedCodecs)
{
    const Result<QList<RenditionLadder::Rendition>> ladder = RenditionLadder::parse(
        "#EXTM3U\n#EXT-X-VERSION:3\n"
        "#EXT-X-STREAM-INF:BANDWIDTH=2500000,AVERAGE-BANDWIDTH=2000000,RESOLUTION=1280x720,"
        "CODECS=\"avc1.64001f,mp4a.40.2\"\n720p/index.m3u8\n"
        "#EXT-X-STREAM-INF:BANDWIDTH=800000,RESOLUTION=640x360,CODECS=\"avc1.64001e,mp4a.40.2\"\n"
        "360p/index.m3u8\n",
        u"/media/out"_s);
    ASSERT_TRUE(ladder.ok()) << ladder.error().message.toStdString();
    ASSERT_EQ(ladder->size(), 2);
    EXPECT_EQ(ladder->at(0).resolution, QSize(1280, 720));
    EXPECT_EQ(ladder->at(0).bandwidth, 2500000);
    EXPECT_EQ(ladder->at(0).codecs, u"avc1.64001f,mp4a.40.2"_s);
    EXPECT_EQ(ladder->at(0).playlist, u"/media/out/720p/index.m3u8"_s);
    EXPECT_EQ(ladder->at(1).resolution, QSize(640, 360));
}

TEST(RenditionLadder, RefusesWhatIsNotAPlaylist)
{
    const auto notHls = RenditionLadder::parse("hello\n", u"/"_s);
    ASSERT_FALSE(notHls.ok());
    EXPECT_EQ(notHls.error().line, 1);
    const auto dangling = RenditionLadder::parse("#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\n", u"/"_s);
    ASSERT_FALSE(dangling.ok());
}
