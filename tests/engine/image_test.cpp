#include "testdata.h"

#include <support/mediafixtures.h>
#include <support/taskrunner.h>

#include <media/imagemaker.h>

#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

namespace {

class ImageTaskTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // One second of black, then four of a test pattern: a fade-in's black first frame.
        QProcess ffmpeg;
        m_fade = m_media.filePath(u"fade.mp4"_s);
        ffmpeg
            .start(u"ffmpeg"_s,
                   {u"-nostdin"_s,
                    u"-v"_s,
                    u"error"_s,
                    u"-f"_s,
                    u"lavfi"_s,
                    u"-i"_s,
                    u"color=black:size=320x180:rate=25:d=1[b];testsrc2=size=320x180:rate=25:d=4[t];"
                    "[b][t]concat=n=2:v=1:a=0"_s,
                    u"-c:v"_s,
                    u"libx264"_s,
                    u"-preset"_s,
                    u"ultrafast"_s,
                    u"-g"_s,
                    u"50"_s,
                    u"-pix_fmt"_s,
                    u"yuv420p"_s,
                    m_fade});
        ASSERT_TRUE(ffmpeg.waitForFinished(60000));
        ASSERT_EQ(ffmpeg.exitCode(), 0) << ffmpeg.readAllStandardError().toStdString();
    }

    spool::Run image(const QJsonObject &options, const QString &input = {})
    {
        return test::runUnderIngest(m_workspace.path(),
                                    input.isEmpty() ? m_fade : input,
                                    u"image"_s,
                                    options);
    }

    // The image a run made, as pixels; fails the test when there is none.
    QByteArray pixelsOf(const spool::Run &run, int *width, int *height)
    {
        const Task *task = test::taskOfKind(run, u"image"_s);
        EXPECT_NE(task, nullptr);
        EXPECT_EQ(run.lifecycle.status(), Status::Succeeded)
            << (task && task->lifecycle.error() ? task->lifecycle.error()->message.toStdString()
                                                : std::string());
        if (!task || task->outputs.isEmpty())
            return {};
        return test::MediaFixtures::pixels(test::outputPath(*task), width, height);
    }

    test::MediaFixtures fixtures() const { return test::MediaFixtures(m_media.path()); }

private:
    QTemporaryDir m_media;
    QTemporaryDir m_workspace;
    QString m_fade;
};

// A pixel; the engine tests link no Gui, so no QColor.
struct Rgb
{
    int r = 0;
    int g = 0;
    int b = 0;
    bool operator==(const Rgb &other) const = default;
};

Rgb pixelAt(const QByteArray &rgb, int width, int x, int y)
{
    const qsizetype at = (qsizetype(y) * width + x) * 3;
    if (at + 2 >= rgb.size())
        return {-1, -1, -1};
    return {uchar(rgb.at(at)), uchar(rgb.at(at + 1)), uchar(rgb.at(at + 2))};
}

double meanBrightness(const QByteArray &rgb)
{
    double sum = 0;
    for (const char byte : rgb)
        sum += uchar(byte);
    return rgb.isEmpty() ? 0 : sum / rgb.size();
}

} // namespace

TEST_F(ImageTaskTest, ADefaultFrameIsRepresentativeNotTheBlackStart)
{
    int width = 0;
    int height = 0;
    const QByteArray rgb = pixelsOf(image({}), &width, &height);
    EXPECT_EQ(width, 320);
    EXPECT_EQ(height, 180);
    EXPECT_GT(meanBrightness(rgb), 60) << "not the black opening second";
}

TEST_F(ImageTaskTest, StartIsFrameAccurate)
{
    int width = 0;
    int height = 0;
    // The keyframe before 1.04 s is at 0 s (black); the frame at 1.04 s is the pattern.
    EXPECT_LT(meanBrightness(
                  pixelsOf(image({{u"start"_s, 0.96}, {u"format"_s, u"png"_s}}), &width, &height)),
              5);
    EXPECT_GT(meanBrightness(
                  pixelsOf(image({{u"start"_s, 1.04}, {u"format"_s, u"png"_s}}), &width, &height)),
              60);
}

TEST_F(ImageTaskTest, OneSideKeepsTheAspectRatioAndPercentagesScale)
{
    int width = 0;
    int height = 0;
    pixelsOf(image({{u"width"_s, 160}}), &width, &height);
    EXPECT_EQ(width, 160);
    EXPECT_EQ(height, 90);
    pixelsOf(image({{u"height"_s, u"50%"_s}, {u"format"_s, u"png"_s}}), &width, &height);
    EXPECT_EQ(width, 160);
    EXPECT_EQ(height, 90);
}

TEST_F(ImageTaskTest, ContainPadsWithTheBackgroundOnTheFreeSide)
{
    int width = 0;
    int height = 0;
    const QByteArray rgb = pixelsOf(image({{u"width"_s, 200},
                                           {u"height"_s, 200},
                                           {u"fit"_s, u"contain"_s},
                                           {u"position"_s, u"top"_s},
                                           {u"background"_s, u"#FF0000"_s},
                                           {u"format"_s, u"png"_s},
                                           {u"start"_s, 2.0}}),
                                    &width,
                                    &height);
    ASSERT_EQ(width, 200);
    ASSERT_EQ(height, 200);
    // 320x180 contained in 200x200 is 200x113 at the top; the rest is red.
    const Rgb bottom = pixelAt(rgb, width, 100, 190);
    EXPECT_GT(bottom.r, 240);
    EXPECT_LT(bottom.g, 15);
    EXPECT_LT(bottom.b, 15);
    EXPECT_FALSE(pixelAt(rgb, width, 100, 5) == bottom) << "the picture is at the top";
}

TEST_F(ImageTaskTest, CoverFillsAndFillStretches)
{
    int width = 0;
    int height = 0;
    const QByteArray covered = pixelsOf(image({{u"width"_s, 100},
                                               {u"height"_s, 100},
                                               {u"fit"_s, u"cover"_s},
                                               {u"format"_s, u"png"_s},
                                               {u"background"_s, u"#FF0000"_s},
                                               {u"start"_s, 2.0}}),
                                        &width,
                                        &height);
    EXPECT_EQ(width, 100);
    EXPECT_EQ(height, 100);
    EXPECT_FALSE((pixelAt(covered, width, 50, 99) == Rgb{255, 0, 0})) << "no padding with cover";
    pixelsOf(image({{u"width"_s, 64}, {u"height"_s, 64}, {u"fit"_s, u"fill"_s}}), &width, &height);
    EXPECT_EQ(width, 64);
    EXPECT_EQ(height, 64);
}

TEST_F(ImageTaskTest, FormatsHaveTheirCodecs)
{
    for (const auto &[format, codec] : QList<std::pair<QString, QString>>{{u"jpeg"_s, u"mjpeg"_s},
                                                                          {u"png"_s, u"png"_s},
                                                                          {u"webp"_s, u"webp"_s},
                                                                          {u"avif"_s, u"av1"_s}}) {
        const spool::Run run = image({{u"format"_s, format}, {u"width"_s, 96}});
        const Task *task = test::taskOfKind(run, u"image"_s);
        ASSERT_NE(task, nullptr);
        ASSERT_EQ(task->lifecycle.status(), Status::Succeeded)
            << format.toStdString() << ": "
            << (task->lifecycle.error() ? task->lifecycle.error()->message.toStdString() : "");
        const QJsonObject probe = test::MediaFixtures::ffprobe(test::outputPath(*task));
        EXPECT_EQ(probe.value(u"streams")[0].toObject().value(u"codec_name").toString(), codec)
            << format.toStdString();
        EXPECT_EQ(task->outputs[0].type, ImageMaker::format(format)->mimetype);
    }
}

TEST_F(ImageTaskTest, ImagesFromImagesAndBadInputs)
{
    int width = 0;
    int height = 0;
    pixelsOf(image({{u"width"_s, 40}}, fixtures().image(u"still.png"_s, 80, 60)), &width, &height);
    EXPECT_EQ(width, 40);
    EXPECT_EQ(height, 30);

    spool::Run run = image({}, fixtures().audio(u"sound.mp3"_s, 1.0));
    ASSERT_NE(test::taskOfKind(run, u"image"_s), nullptr);
    EXPECT_EQ(test::errorKind(run, u"image"_s), u"input_unsupported");
    run = image({{u"start"_s, 30.0}});
    EXPECT_EQ(test::errorKind(run, u"image"_s), u"range_invalid");
}
