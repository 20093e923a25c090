#include "testdata.h"

#include <support/mediafixtures.h>
#include <support/taskrunner.h>

#include <media/thumbnailsheet.h>
#include <schema/optionreader.h>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

namespace {

ThumbnailSettings sheetSettings(const QJsonObject &options)
{
    return ThumbnailSettings::read(OptionReader(u"thumbnails", options));
}

class ThumbnailsTaskTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        test::MediaFixtures fixtures(m_media.path());
        m_clip = fixtures.video(u"clip.mp4"_s, 320, 240, 4.0);
        ASSERT_FALSE(m_clip.isEmpty()) << fixtures.lastError().toStdString();
    }

    spool::Run thumbnails(const QJsonObject &options, const QString &input = {})
    {
        return test::runUnderIngest(m_workspace.path(),
                                    input.isEmpty() ? m_clip : input,
                                    u"thumbnails"_s,
                                    options);
    }

    QString media() const { return m_media.path(); }

private:
    QTemporaryDir m_media;
    QTemporaryDir m_workspace;
    QString m_clip;
};

struct Sheet
{
    int width = 0;
    int height = 0;
    QStringList cues; // the "#xywh=..." lines
    QString vtt;
    QString vttPath;
};

Sheet sheetOf(const spool::Run &run)
{
    Sheet sheet;
    const Task *task = test::taskOfKind(run, u"thumbnails"_s);
    EXPECT_NE(task, nullptr);
    if (!task || task->outputs.size() != 2)
        return sheet;
    EXPECT_EQ(task->outputs[1].kind, u"track");
    EXPECT_EQ(task->outputs[1].type, u"text/vtt");
    test::MediaFixtures::pixels(test::outputPath(*task), &sheet.width, &sheet.height);
    sheet.vttPath = QUrl(task->outputs[1].url).toLocalFile();
    QFile file(sheet.vttPath);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    sheet.vtt = QString::fromUtf8(file.readAll());
    for (const QString &line : sheet.vtt.split(u'\n')) {
        if (line.contains(u"#xywh="))
            sheet.cues.append(line);
    }
    return sheet;
}

} // namespace

TEST_F(ThumbnailsTaskTest, CountFramesInAGridWithCuesIntoIt)
{
    const Sheet sheet = sheetOf(thumbnails({{u"count"_s, 5}}));
    // 5 tiles of 160x120 in 3 columns and 2 rows.
    EXPECT_EQ(sheet.width, 480);
    EXPECT_EQ(sheet.height, 240);
    ASSERT_EQ(sheet.cues.size(), 5);
    EXPECT_TRUE(sheet.cues[0].endsWith(u"#xywh=0,0,160,120"));
    EXPECT_TRUE(sheet.cues[4].endsWith(u"#xywh=160,120,160,120"));
    EXPECT_TRUE(sheet.vtt.startsWith(u"WEBVTT\n"));
    EXPECT_TRUE(sheet.vtt.contains(u"00:00:00.800 --> 00:00:01.600"));
    // FFmpeg's WebVTT demuxer reads the track.
    const QJsonObject probe = test::MediaFixtures::ffprobe(sheet.vttPath);
    EXPECT_EQ(probe.value(u"format").toObject().value(u"format_name").toString(), u"webvtt");
}

TEST_F(ThumbnailsTaskTest, IntervalSizeAndFormat)
{
    const Sheet sheet = sheetOf(
        thumbnails({{u"interval"_s, 1.0}, {u"width"_s, 80}, {u"format"_s, u"png"_s}}));
    ASSERT_EQ(sheet.cues.size(), 4);
    EXPECT_EQ(sheet.width, 160);
    EXPECT_EQ(sheet.height, 120);
    EXPECT_TRUE(sheet.cues[3].startsWith(u"thumbnails.png#xywh=80,60,80,60"));
    EXPECT_TRUE(sheet.vtt.contains(u"00:00:03.000 --> 00:00:04.000"));
}

TEST_F(ThumbnailsTaskTest, PlanSpreadsFramesWithinTheRange)
{
    const QList<ThumbnailSheet::Tile> tiles = ThumbnailSheet::plan(sheetSettings({{u"count"_s, 4},
                                                                                  {u"start"_s, 2.0},
                                                                                  {u"end"_s, 6.0}}),
                                                                   10.0);
    ASSERT_EQ(tiles.size(), 4);
    EXPECT_DOUBLE_EQ(tiles[0].start, 2.0);
    EXPECT_DOUBLE_EQ(tiles[0].frameTime, 2.5);
    EXPECT_DOUBLE_EQ(tiles[3].end, 6.0);
    EXPECT_EQ(ThumbnailSheet::plan(sheetSettings({{u"interval"_s, 0.001}}), 10.0).size(),
              ThumbnailSheet::MaxFrames);
}

TEST_F(ThumbnailsTaskTest, NonVideoInputsFail)
{
    test::MediaFixtures fixtures(media());
    EXPECT_EQ(test::errorKind(thumbnails({}, fixtures.image(u"p.png"_s, 32, 32)), u"thumbnails"_s),
              u"input_unsupported");
    EXPECT_EQ(test::errorKind(thumbnails({}, fixtures.audio(u"a.mp3"_s, 1.0)), u"thumbnails"_s),
              u"input_unsupported");
}
