#include "previewrun.h"

#include <preview/codecadvice.h>
#include <preview/mediapanel.h>
#include <preview/outputpage.h>

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

TEST(CodecAdvice, NamesThePluginAndPackageOfEachFormatSpoolWrites)
{
    const auto packageOf = [](const QString &container, const QString &video, const QString &audio) {
        QStringList packages;
        for (const CodecAdvice::Need &need : CodecAdvice::needs(container, video, audio))
            packages.append(need.package);
        return packages;
    };
    EXPECT_EQ(packageOf(u"mp4"_s, u"h264"_s, u"aac"_s),
              (QStringList{u"gstreamer1.0-plugins-good"_s,
                           u"gstreamer1.0-libav"_s,
                           u"gstreamer1.0-libav"_s}));
    EXPECT_EQ(packageOf(u"webm"_s, u"vp9"_s, u"opus"_s),
              (QStringList{u"gstreamer1.0-plugins-good"_s,
                           u"gstreamer1.0-plugins-good"_s,
                           u"gstreamer1.0-plugins-base"_s}));
    EXPECT_EQ(packageOf(u"hls"_s, QString(), QString()),
              (QStringList{u"gstreamer1.0-plugins-bad"_s, u"gstreamer1.0-plugins-bad"_s}));
    EXPECT_EQ(packageOf(u"ogg"_s, QString(), u"vorbis"_s),
              (QStringList{u"gstreamer1.0-plugins-base"_s, u"gstreamer1.0-plugins-base"_s}));
    EXPECT_EQ(packageOf(u"flac"_s, QString(), u"flac"_s),
              (QStringList{u"gstreamer1.0-plugins-good"_s, u"gstreamer1.0-plugins-good"_s}));
}

TEST(CodecAdvice, SaysWhichPartIsMissingAndWhatBringsIt)
{
    const QString text = CodecAdvice::explain(u"mp4"_s,
                                              u"h264"_s,
                                              u"aac"_s,
                                              u"video"_s,
                                              u"No decoder available"_s);
    EXPECT_TRUE(text.contains(u"sound but not its picture"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"H.264 video"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"gstreamer1.0-libav"_s)) << text.toStdString();
    // Only the picture is missing: neither the container nor the sound is blamed.
    EXPECT_FALSE(text.contains(u"AAC audio"_s)) << text.toStdString();
    EXPECT_FALSE(text.contains(u"MP4 container"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"No decoder available"_s));

    const QString unknown = CodecAdvice::explain(u"nut"_s, u"snow"_s, QString(), {}, {});
    EXPECT_TRUE(unknown.contains(u"nut, snow"_s)) << unknown.toStdString();
}

// Run in a child process (below) whose GStreamer has its H.264 decoders ranked out, as on a
// system without gstreamer1.0-libav: the page must say what is missing, not show black.
TEST(MissingCodecChild, DISABLED_ExplainsTheMissingH264Decoder)
{
    const Task *video = test::PreviewRun::task(u"video"_s, u"mp4"_s);
    ASSERT_NE(video, nullptr) << test::PreviewRun::error().toStdString();
    OutputPage page(test::PreviewRun::get(), *video, 0);
    page.resize(640, 480);
    page.show();
    ASSERT_NE(page.media(), nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page.media()->problem().isEmpty(); }, 15000));
    std::printf("PROBLEM<<%s>>\n", qPrintable(page.media()->problem()));
}

TEST(MissingCodec, ThePreviewSaysWhichFormatIsMissingAndWhichPackageBringsIt)
{
    ASSERT_NE(test::PreviewRun::task(u"video"_s, u"mp4"_s), nullptr)
        << test::PreviewRun::error().toStdString();
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"GST_PLUGIN_FEATURE_RANK"_s, u"avdec_h264:NONE,openh264dec:NONE"_s);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(),
                {u"--gtest_also_run_disabled_tests"_s,
                 u"--gtest_filter=MissingCodecChild.DISABLED_ExplainsTheMissingH264Decoder"_s});
    ASSERT_TRUE(child.waitForFinished(60000));
    const QString output = QString::fromUtf8(child.readAllStandardOutput());
    ASSERT_EQ(child.exitCode(), 0) << output.toStdString();
    const QString problem = output.section(u"PROBLEM<<"_s, 1).section(u">>"_s, 0, 0);
    EXPECT_TRUE(problem.contains(u"sound but not its picture"_s)) << output.toStdString();
    EXPECT_TRUE(problem.contains(u"H.264 video"_s)) << output.toStdString();
    EXPECT_TRUE(problem.contains(u"gstreamer1.0-libav"_s)) << output.toStdString();
}
