#include "previewrun.h"

#include <preview/cuelistview.h>
#include <preview/cuereader.h>
#include <preview/mediafacts.h>
#include <preview/mediapanel.h>
#include <preview/outputpage.h>
#include <preview/seekbar.h>
#include <preview/spritesheetview.h>
#include <preview/transcriptview.h>
#include <preview/videosurface.h>

#include <QAudioOutput>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

namespace {

constexpr int LoadTimeoutMs = 20000;

const Run &run()
{
    return test::PreviewRun::get();
}

bool loaded(const MediaPanel *panel)
{
    const QMediaPlayer::MediaStatus status = panel->player()->mediaStatus();
    return status == QMediaPlayer::LoadedMedia || status == QMediaPlayer::BufferedMedia
           || status == QMediaPlayer::BufferingMedia;
}

/// Seeks paused and waits until the player reports the new position.
bool seekAndWait(MediaPanel *panel, qint64 ms)
{
    panel->seek(ms);
    return QTest::qWaitFor([&] { return std::abs(panel->player()->position() - ms) <= 60; },
                           LoadTimeoutMs);
}

struct MediaCase
{
    const char *kind;
    const char *format;
    bool video;
};

} // namespace

class MediaOutputLoads : public ::testing::TestWithParam<MediaCase>
{};

TEST_P(MediaOutputLoads, ReachesLoadedMediaWithTheProbedDurationAndAFrame)
{
    const MediaCase param = GetParam();
    const Task *task = test::PreviewRun::task(QString::fromLatin1(param.kind),
                                              QString::fromLatin1(param.format));
    ASSERT_NE(task, nullptr) << test::PreviewRun::error().toStdString();
    OutputPage page(run(), *task, 0);
    page.resize(640, 480);
    page.show();
    EXPECT_EQ(page.kind(), param.video ? OutputPage::Kind::Video : OutputPage::Kind::Audio);
    MediaPanel *panel = page.media();
    ASSERT_NE(panel, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return loaded(panel) && panel->player()->duration() > 0; },
                                LoadTimeoutMs))
        << "status " << int(panel->player()->mediaStatus()) << ": "
        << panel->problem().toStdString();
    const double probed = task->outputs.constFirst().duration.value_or(-1);
    EXPECT_NEAR(panel->player()->duration() / 1000.0, probed, 0.1);
    EXPECT_TRUE(panel->problem().isEmpty()) << panel->problem().toStdString();
    EXPECT_TRUE(panel->player()->hasAudio());
    if (param.video) {
        EXPECT_TRUE(panel->player()->hasVideo());
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return panel->surface()->framesReceived() > 0; }, LoadTimeoutMs));
        EXPECT_EQ(panel->surface()->frame().size(), QSize(320, 240));
    }
}

INSTANTIATE_TEST_SUITE_P(EveryFormat,
                         MediaOutputLoads,
                         ::testing::Values(MediaCase{"ingest", "", true},
                                           MediaCase{"video", "mp4", true},
                                           MediaCase{"video", "webm", true},
                                           MediaCase{"video", "mov", true},
                                           MediaCase{"audio", "mp3", false},
                                           MediaCase{"audio", "aac", false},
                                           MediaCase{"audio", "wav", false},
                                           MediaCase{"audio", "ogg", false},
                                           MediaCase{"audio", "flac", false}),
                         [](const ::testing::TestParamInfo<MediaCase> &named) {
                             return std::string(named.param.kind) + named.param.format;
                         });

TEST(MediaPreview, DrawsTheRunsSubtitlesOverThePictureAtTheirTime)
{
    const Task *video = test::PreviewRun::task(u"video"_s, u"mp4"_s);
    const Task *subtitles = test::PreviewRun::task(u"subtitles"_s, u"vtt"_s);
    ASSERT_NE(video, nullptr) << test::PreviewRun::error().toStdString();
    ASSERT_NE(subtitles, nullptr);
    const Result<QList<Cue>> cues = CueReader::readFile(
        MediaFacts::localPath(subtitles->outputs.constFirst()));
    ASSERT_TRUE(cues.ok());
    ASSERT_FALSE(cues->isEmpty());
    OutputPage page(run(), *video, 0);
    page.resize(640, 480);
    page.show();
    MediaPanel *panel = page.media();
    ASSERT_TRUE(QTest::qWaitFor([&] { return loaded(panel); }, LoadTimeoutMs));
    const Cue &cue = cues->constFirst();
    // Inside the cue (100 ms in) its text is over the picture; 150 ms before it is not.
    ASSERT_TRUE(seekAndWait(panel, cue.startMs + 100));
    EXPECT_EQ(panel->surface()->subtitle(), cue.text);
    if (cue.startMs >= 150) {
        ASSERT_TRUE(seekAndWait(panel, cue.startMs - 150));
        EXPECT_TRUE(panel->surface()->subtitle().isEmpty());
    }
    ASSERT_TRUE(seekAndWait(panel, cue.endMs + 50));
    EXPECT_NE(panel->surface()->subtitle(), cue.text);
}

TEST(MediaPreview, MarksTheChaptersOnTheSeekBarTitledOnHover)
{
    const Task *video = test::PreviewRun::task(u"video"_s, u"webm"_s);
    const Task *chapters = test::PreviewRun::task(u"chapters"_s);
    ASSERT_NE(video, nullptr) << test::PreviewRun::error().toStdString();
    ASSERT_NE(chapters, nullptr);
    const Result<QList<Cue>> cues = CueReader::readFile(
        MediaFacts::localPath(chapters->outputs.constFirst()));
    ASSERT_TRUE(cues.ok());
    ASSERT_FALSE(cues->isEmpty());
    OutputPage page(run(), *video, 0);
    page.resize(800, 480);
    page.show();
    MediaPanel *panel = page.media();
    ASSERT_TRUE(QTest::qWaitFor([&] { return loaded(panel) && panel->player()->duration() > 0; },
                                LoadTimeoutMs));
    SeekBar *bar = panel->seekBar();
    ASSERT_EQ(bar->chapters().size(), cues->size());
    const Cue &last = cues->constLast();
    const int x = bar->xOfTime(last.startMs) + 2;
    EXPECT_EQ(bar->chapterAtX(x), int(cues->size()) - 1);
    EXPECT_TRUE(bar->hoverText(x).contains(last.text)) << bar->hoverText(x).toStdString();
}

TEST(MediaPreview, KeysPlayPauseSeekAndStepFrames)
{
    const Task *video = test::PreviewRun::task(u"video"_s, u"mp4"_s);
    ASSERT_NE(video, nullptr) << test::PreviewRun::error().toStdString();
    OutputPage page(run(), *video, 0);
    page.resize(640, 480);
    page.show();
    MediaPanel *panel = page.media();
    ASSERT_TRUE(QTest::qWaitFor([&] { return loaded(panel); }, LoadTimeoutMs));
    QMediaPlayer *player = panel->player();
    QTest::keyClick(panel, Qt::Key_Space);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return player->playbackState() == QMediaPlayer::PlayingState; },
                        LoadTimeoutMs));
    QTest::keyClick(panel, Qt::Key_K);
    ASSERT_TRUE(QTest::qWaitFor([&] { return player->playbackState() == QMediaPlayer::PausedState; },
                                LoadTimeoutMs));
    ASSERT_TRUE(seekAndWait(panel, 1000));
    QTest::keyClick(panel, Qt::Key_Period);
    // One frame at 25 fps.
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return std::abs(player->position() - 1040) <= 5; }, LoadTimeoutMs))
        << player->position();
    QTest::keyClick(panel, Qt::Key_Right);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return std::abs(player->position() - 6040) <= 60; }, LoadTimeoutMs))
        << player->position();
    QTest::keyClick(panel, Qt::Key_Left);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return std::abs(player->position() - 1040) <= 60; }, LoadTimeoutMs));
    QTest::keyClick(panel, Qt::Key_M);
    EXPECT_TRUE(panel->audioOutput()->isMuted());
    panel->setLooping(true);
    EXPECT_EQ(player->loops(), QMediaPlayer::Infinite);
}

TEST(MediaPreview, AClickOnATranscriptLineMovesThePlayer)
{
    const Task *speech = test::PreviewRun::task(u"speech"_s);
    ASSERT_NE(speech, nullptr) << test::PreviewRun::error().toStdString();
    OutputPage page(run(), *speech, 0);
    page.resize(640, 600);
    page.show();
    ASSERT_EQ(page.kind(), OutputPage::Kind::Speech);
    TranscriptView *transcript = page.transcript();
    MediaPanel *panel = page.media();
    ASSERT_NE(transcript, nullptr);
    ASSERT_NE(panel, nullptr);
    ASSERT_GE(transcript->lineCount(), 2);
    ASSERT_TRUE(QTest::qWaitFor([&] { return loaded(panel); }, LoadTimeoutMs));
    const TranscriptView::Line &second = transcript->lines().at(1);
    ASSERT_GT(second.startMs, 500);
    QTest::mouseClick(transcript->viewport(),
                      Qt::LeftButton,
                      {},
                      transcript->lineRect(1).center() + QPoint(0, 0));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return std::abs(panel->player()->position() - second.startMs) <= 100; },
                        LoadTimeoutMs))
        << panel->player()->position() << " vs " << second.startMs;
    // At a word's time, its line and the word itself are lit.
    ASSERT_FALSE(second.words.isEmpty());
    const TranscriptView::Word &word = second.words.at(1);
    ASSERT_TRUE(seekAndWait(panel, (word.startMs + word.endMs) / 2));
    EXPECT_EQ(transcript->currentLine(), 1);
    EXPECT_EQ(transcript->currentWord(), second.text.mid(word.position, word.length));
}

TEST(MediaPreview, ACueClickSeeksAndTheCuePlayingIsSelected)
{
    const Task *subtitles = test::PreviewRun::task(u"subtitles"_s, u"srt"_s);
    ASSERT_NE(subtitles, nullptr) << test::PreviewRun::error().toStdString();
    OutputPage page(run(), *subtitles, 0);
    page.resize(640, 600);
    page.show();
    ASSERT_EQ(page.kind(), OutputPage::Kind::Subtitles);
    CueListView *list = page.cueList();
    ASSERT_NE(list, nullptr);
    ASSERT_NE(page.media(), nullptr);
    ASSERT_GE(list->topLevelItemCount(), 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return loaded(page.media()); }, LoadTimeoutMs));
    const int last = list->topLevelItemCount() - 1;
    const QRect row = list->visualItemRect(list->topLevelItem(last));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row.center());
    const qint64 start = list->cues().at(last).startMs;
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return std::abs(page.media()->player()->position() - start) <= 100; },
                        LoadTimeoutMs));
    EXPECT_EQ(list->currentCue(), last);
    // This very track is over the picture.
    EXPECT_EQ(page.media()->surface()->subtitle(), list->cues().at(last).text);
}

TEST(MediaPreview, ASpriteTileReportsItsTimeAndAClickPlaysTheInputFromIt)
{
    const Task *thumbnails = test::PreviewRun::task(u"thumbnails"_s);
    ASSERT_NE(thumbnails, nullptr) << test::PreviewRun::error().toStdString();
    OutputPage page(run(), *thumbnails, 0);
    page.resize(800, 700);
    page.show();
    ASSERT_EQ(page.kind(), OutputPage::Kind::Sprite);
    SpriteSheetView *sprite = page.sprite();
    ASSERT_NE(sprite, nullptr);
    ASSERT_GE(sprite->cues().size(), 3) << page.problem().toStdString();
    ASSERT_NE(page.media(), nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return loaded(page.media()); }, LoadTimeoutMs));
    const int tile = 2;
    const QPoint centre = sprite->tileCentre(tile).toPoint();
    EXPECT_EQ(sprite->tileAt(centre), tile);
    QSignalSpy hovered(sprite, &SpriteSheetView::tileHovered);
    QTest::mouseMove(sprite, centre);
    ASSERT_TRUE(QTest::qWaitFor([&] { return sprite->hoveredTile() == tile; }, 2000));
    ASSERT_FALSE(hovered.isEmpty());
    EXPECT_EQ(hovered.constLast().at(1).toLongLong(), sprite->cues().at(tile).startMs);
    EXPECT_TRUE(sprite->tileText(tile).contains(u"0:02.0"_s))
        << sprite->tileText(tile).toStdString();
    QTest::mouseClick(sprite, Qt::LeftButton, {}, centre);
    const qint64 start = sprite->cues().at(tile).startMs;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return page.media()->player()->playbackState() == QMediaPlayer::PlayingState
                   && page.media()->player()->position() >= start - 60;
        },
        LoadTimeoutMs));
    page.media()->pause();
}

TEST(MediaPreview, AdaptiveVideoShowsItsLadderAndPlaysTheChosenRendition)
{
    const Task *adaptive = test::PreviewRun::task(u"adaptive_video"_s);
    ASSERT_NE(adaptive, nullptr) << test::PreviewRun::error().toStdString();
    OutputPage page(run(), *adaptive, 0);
    page.resize(800, 600);
    page.show();
    ASSERT_EQ(page.kind(), OutputPage::Kind::Adaptive);
    QTreeWidget *ladder = page.ladder();
    ASSERT_NE(ladder, nullptr) << page.problem().toStdString();
    const QJsonArray renditions = adaptive->outputs.constFirst().extra.value(u"renditions").toArray();
    ASSERT_EQ(ladder->topLevelItemCount(), renditions.size());
    const QJsonObject top = renditions.at(0).toObject();
    EXPECT_EQ(ladder->topLevelItem(0)->text(0),
              u"%1 × %2"_s.arg(top.value(u"width").toInt()).arg(top.value(u"height").toInt()));
    EXPECT_EQ(ladder->topLevelItem(0)->text(2), top.value(u"codecs").toString());
    MediaPanel *panel = page.media();
    ASSERT_TRUE(QTest::qWaitFor([&] { return loaded(panel); }, LoadTimeoutMs))
        << panel->problem().toStdString();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return panel->surface()->framesReceived() > 0; }, LoadTimeoutMs));
    EXPECT_NEAR(panel->player()->duration() / 1000.0,
                adaptive->outputs.constFirst().duration.value_or(-1),
                0.1);
}

TEST(MediaPreview, AFileThatDoesNotPlayIsExplainedNotBlack)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"noise.mp4"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    QByteArray noise(8192, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919) % 251);
    file.write(noise);
    file.close();
    Task task;
    task.id = u"t"_s;
    task.kind = u"video"_s;
    OutputEntry entry;
    entry.kind = u"source"_s;
    entry.url = QUrl::fromLocalFile(path).toString();
    entry.format = u"mp4"_s;
    entry.extra.insert(u"media_kind"_s, u"video"_s);
    entry.extra.insert(u"video_codec"_s, u"h264"_s);
    entry.extra.insert(u"audio_codec"_s, u"aac"_s);
    task.outputs.append(entry);
    spool::Run fake;
    fake.tasks.append(task);
    OutputPage page(fake, task, 0);
    page.resize(640, 480);
    page.show();
    ASSERT_NE(page.media(), nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page.media()->problem().isEmpty(); }, LoadTimeoutMs));
    EXPECT_TRUE(page.media()->problem().contains(u"cannot play this file"_s))
        << page.media()->problem().toStdString();
    EXPECT_TRUE(page.media()->problem().contains(u"gstreamer1.0-"_s));
}
