#include <support/mediafixtures.h>

#include <media/mediaprobe.h>

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

namespace {

class ProbeTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    test::MediaFixtures fixtures() const { return test::MediaFixtures(m_dir.path()); }

    QString write(const QString &name, const QByteArray &bytes) const
    {
        QFile file(path(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path(name);
    }

private:
    QTemporaryDir m_dir;
};

// A web page whose separators happen to look like AMR frame headers to FFmpeg's raw AMR
// probe: it guesses "amrnb" with a score of 26 out of 100.
QByteArray webPage()
{
    QByteArray page = "<!DOCTYPE html>\n<html><head><title>t</title></head><body>\n";
    for (int i = 0; i < 60; ++i) {
        page += "<!-- " + QByteArray(60, '$') + " -->\n<p>section " + QByteArray::number(i)
                + " text</p>\n";
    }
    return page + "</body></html>\n";
}

} // namespace

TEST_F(ProbeTest, TextIsNotMistakenForSound)
{
    for (const QString &name : {u"page.html"_s, u"page.mp4"_s, u"page"_s}) {
        const Result<QJsonObject> probed = MediaProbe::probe(write(name, webPage()));
        ASSERT_FALSE(probed.ok()) << name.toStdString() << " was probed as "
                                  << probed->value(u"format").toString().toStdString();
        EXPECT_EQ(probed.error().kind, u"format_unsupported") << name.toStdString();
        EXPECT_TRUE(probed.error().message.contains(name)) << probed.error().message.toStdString();
        EXPECT_TRUE(probed.error().message.contains(u"text"))
            << probed.error().message.toStdString();
    }
}

// The confidence the probe demands must not refuse real files: each format Spool reads, as
// the ffmpeg command line writes it, short ones included.
TEST_F(ProbeTest, CommonFormatsStillProbe)
{
    const QStringList video{u"-f"_s, u"lavfi"_s, u"-i"_s, u"testsrc2=size=64x48:rate=25"_s};
    const QStringList sound{u"-f"_s, u"lavfi"_s, u"-i"_s, u"sine=frequency=440"_s};
    const QStringList both = video + sound + QStringList{u"-t"_s, u"0.4"_s};
    const QStringList tone = sound + QStringList{u"-t"_s, u"0.4"_s};
    const QStringList still = video + QStringList{u"-frames:v"_s, u"1"_s};
    struct Case
    {
        QString name;
        QStringList arguments;
        QString kind;
        QString format;
    };
    const QList<Case> cases{
        {u"a.mp4"_s, both, u"video"_s, u"mp4"_s},
        {u"a.webm"_s,
         both + QStringList{u"-c:v"_s, u"libvpx-vp9"_s, u"-c:a"_s, u"libopus"_s},
         u"video"_s,
         u"webm"_s},
        {u"a.mkv"_s, both, u"video"_s, u"mkv"_s},
        {u"a.mov"_s, both, u"video"_s, u"mov"_s},
        {u"a.ts"_s, both, u"video"_s, u"ts"_s},
        {u"a.mp3"_s, tone, u"audio"_s, u"mp3"_s},
        // Two MP3 frames: FFmpeg's content score alone is a guess (25); the name backs it.
        {u"short.mp3"_s, sound + QStringList{u"-t"_s, u"0.05"_s}, u"audio"_s, u"mp3"_s},
        {u"a.wav"_s, tone, u"audio"_s, u"wav"_s},
        {u"a.ogg"_s, tone + QStringList{u"-c:a"_s, u"libvorbis"_s}, u"audio"_s, u"ogg"_s},
        {u"a.flac"_s, tone, u"audio"_s, u"flac"_s},
        {u"a.aac"_s, tone + QStringList{u"-f"_s, u"adts"_s}, u"audio"_s, u"aac"_s},
        {u"a.m4a"_s, tone, u"audio"_s, u"m4a"_s},
        {u"a.gif"_s, video + QStringList{u"-t"_s, u"0.4"_s}, u"video"_s, u"gif"_s},
        {u"a.jpg"_s, still, u"image"_s, u"jpeg"_s},
        {u"a.png"_s, still, u"image"_s, u"png"_s},
        {u"a.webp"_s, still, u"image"_s, u"webp"_s},
    };
    for (const Case &item : cases) {
        const QString file = fixtures().custom(item.name, item.arguments);
        ASSERT_FALSE(file.isEmpty()) << item.name.toStdString();
        const Result<QJsonObject> probed = MediaProbe::probe(file);
        ASSERT_TRUE(probed.ok()) << item.name.toStdString() << ": "
                                 << probed.error().message.toStdString();
        EXPECT_EQ(probed->value(u"kind").toString(), item.kind) << item.name.toStdString();
        EXPECT_EQ(probed->value(u"format").toString(), item.format) << item.name.toStdString();
    }
}

TEST_F(ProbeTest, ASymbolicLinkLoopIsNamed)
{
    ASSERT_TRUE(QFile::link(path(u"b.mp4"_s), path(u"a.mp4"_s)));
    ASSERT_TRUE(QFile::link(path(u"a.mp4"_s), path(u"b.mp4"_s)));
    const Result<QJsonObject> probed = MediaProbe::probe(path(u"a.mp4"_s));
    ASSERT_FALSE(probed.ok());
    EXPECT_EQ(probed.error().kind, u"file_unreadable");
    EXPECT_TRUE(probed.error().message.contains(u"loop")) << probed.error().message.toStdString();
    EXPECT_FALSE(probed.error().message.contains(u"does not exist"))
        << probed.error().message.toStdString();

    ASSERT_TRUE(QFile::link(path(u"gone.mp4"_s), path(u"dangling.mp4"_s)));
    const Result<QJsonObject> dangling = MediaProbe::probe(path(u"dangling.mp4"_s));
    ASSERT_FALSE(dangling.ok());
    EXPECT_EQ(dangling.error().kind, u"file_not_found");
    EXPECT_TRUE(dangling.error().message.contains(u"gone.mp4"))
        << dangling.error().message.toStdString();
}

// A picture whose header declares more pixels than FFmpeg decodes is not "damaged".
TEST_F(ProbeTest, APictureLargerThanFfmpegSupportsSaysSo)
{
    const QString small = fixtures().image(u"small.png"_s, 16, 16);
    QFile file(small);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QByteArray png = file.readAll();
    // IHDR's width and height, big-endian, at bytes 16 to 23 (FFmpeg does not check the CRC).
    const auto put = [&png](int offset, quint32 value) {
        for (int i = 0; i < 4; ++i)
            png[offset + i] = char((value >> (24 - 8 * i)) & 0xff);
    };
    put(16, 100000);
    put(20, 100000);
    const Result<QJsonObject> probed = MediaProbe::probe(write(u"huge.png"_s, png));
    ASSERT_FALSE(probed.ok());
    EXPECT_EQ(probed.error().kind, u"format_unsupported");
    EXPECT_TRUE(probed.error().message.contains(u"100000×100000"))
        << probed.error().message.toStdString();
    EXPECT_FALSE(probed.error().message.contains(u"damaged"))
        << probed.error().message.toStdString();
}
