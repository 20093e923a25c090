#include "testdata.h"

#include <support/mediafixtures.h>
#include <support/taskrunner.h>

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <random>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

namespace {

// Cuts `whole` at 10 % and 50 % of its bytes and checks that each of `tasks` fails on the cut
// file as damaged, naming the file and saying where with one of `phrases`.
void expectCutsFail(const QString &workspace,
                    test::MediaFixtures &fixtures,
                    const QString &whole,
                    const QString &extension,
                    const QList<std::pair<QString, QJsonObject>> &tasks,
                    const QStringList &phrases)
{
    const qint64 size = QFileInfo(whole).size();
    for (const int percent : {10, 50}) {
        const QString cut = fixtures.truncated(whole,
                                               u"cut-%1.%2"_s.arg(percent).arg(extension),
                                               size * percent / 100);
        ASSERT_FALSE(cut.isEmpty());
        for (const auto &[kind, options] : tasks) {
            const spool::Run run = test::runUnderIngest(workspace, cut, kind, options);
            const Task *task = test::taskOfKind(run, kind);
            const std::string label
                = u"%1 on a %2 cut at %3 %"_s.arg(kind, extension).arg(percent).toStdString();
            ASSERT_NE(task, nullptr) << label;
            ASSERT_EQ(task->lifecycle.status(), Status::Failed) << label << " succeeded";
            EXPECT_EQ(task->lifecycle.error()->kind, u"file_corrupt") << label;
            const QString message = task->lifecycle.error()->message;
            EXPECT_TRUE(message.contains(QFileInfo(cut).fileName())) << message.toStdString();
            EXPECT_TRUE(std::any_of(phrases.cbegin(), phrases.cend(), [&message](const QString &phrase) {
                return message.contains(phrase);
            })) << message.toStdString();
        }
    }
}

} // namespace

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
    const QList<std::pair<QString, QJsonObject>> tasks{
        {u"video"_s, {}},
        {u"audio"_s, {{u"format"_s, u"wav"_s}}},
        {u"thumbnails"_s, {{u"count"_s, 4}}},
        {u"adaptive_video"_s, {}},
        {u"speech"_s, {}},
    };
    expectCutsFail(workspace.path(), fixtures, whole, u"mp4"_s, tasks, {u"stops at"_s});
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

// The same rule on a WebM cut short (its Cues, written at the end, are lost with the tail):
// every task that reads past the cut fails, the sound ones too; a range that ends before the
// cut is read whole and succeeds.
TEST(DamagedInput, TruncatedWebmFailsEveryTaskThatReadsPastTheCut)
{
    QTemporaryDir media;
    QTemporaryDir workspace;
    const QString whole = makeTalk(media.filePath(u"talk.webm"_s),
                                   {u"-c:v"_s,
                                    u"libvpx"_s,
                                    u"-deadline"_s,
                                    u"realtime"_s,
                                    u"-cpu-used"_s,
                                    u"8"_s,
                                    u"-c:a"_s,
                                    u"libopus"_s});
    ASSERT_FALSE(whole.isEmpty());
    test::MediaFixtures fixtures(media.path());
    const QList<std::pair<QString, QJsonObject>> tasks{
        {u"video"_s, {}},
        {u"audio"_s, {{u"format"_s, u"wav"_s}}},
        {u"thumbnails"_s, {{u"count"_s, 4}}},
        {u"speech"_s, {}},
    };
    expectCutsFail(workspace.path(),
                   fixtures,
                   whole,
                   u"webm"_s,
                   tasks,
                   {u"stops at"_s, u"damaged at"_s});
    // Cut at half: what lies before the cut is sound, and a range inside it succeeds.
    const QString half = media.filePath(u"cut-50.webm"_s);
    for (const auto &[kind, options] : QList<std::pair<QString, QJsonObject>>{
             {u"thumbnails"_s, {{u"count"_s, 4}, {u"end"_s, 3.0}}},
             {u"audio"_s, {{u"format"_s, u"wav"_s}, {u"end"_s, 3.0}}},
             {u"video"_s, {{u"end"_s, 3.0}}},
         }) {
        const spool::Run run = test::runUnderIngest(workspace.path(), half, kind, options);
        const Task *task = test::taskOfKind(run, kind);
        ASSERT_NE(task, nullptr) << kind.toStdString();
        EXPECT_EQ(task->lifecycle.status(), Status::Succeeded)
            << kind.toStdString() << " before the cut: "
            << (task->lifecycle.error() ? task->lifecycle.error()->message.toStdString()
                                        : std::string());
    }
}

namespace {

// Where (byte offset, size) each packet of the first `selector` stream ("a" or "v") lies, and
// whether it is a keyframe, as ffprobe reads them.
struct PacketPlace
{
    qint64 pos = 0;
    qint64 size = 0;
    bool key = false;
};

QList<PacketPlace> packetPlaces(const QString &path, const QString &selector)
{
    QProcess process;
    process.start(u"ffprobe"_s,
                  {u"-v"_s,
                   u"error"_s,
                   u"-select_streams"_s,
                   selector + u":0"_s,
                   u"-show_entries"_s,
                   u"packet=pos,size,flags"_s,
                   u"-of"_s,
                   u"csv=p=0"_s,
                   path});
    QList<PacketPlace> places;
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return places;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> fields = line.trimmed().split(',');
        if (fields.size() < 3)
            continue;
        places.append({fields[1].toLongLong(), fields[0].toLongLong(), fields[2].contains('K')});
    }
    return places;
}

// A copy of `path` with eight bytes inverted in the middle of each packet listed.
QString glitchedCopy(const QString &path, const QString &copy, const QList<PacketPlace> &packets)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = in.readAll();
    for (const PacketPlace &packet : packets) {
        const qint64 at = packet.pos + packet.size / 2 - 4;
        for (qint64 i = at; i < at + 8 && i < bytes.size(); ++i)
            bytes[i] = char(~bytes[i]);
    }
    QFile out(copy);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
        return {};
    return copy;
}

} // namespace

// The tolerance rule (MediaInput): one damaged packet in an otherwise sound file is logged and
// tolerated, as players do; damage in many packets fails with file_corrupt saying where.
TEST(DamagedInput, OneGlitchIsToleratedAndManyAreNot)
{
    QTemporaryDir media;
    QTemporaryDir workspace;
    const QString whole
        = makeTalk(media.filePath(u"talk.mp4"_s),
                   {u"-c:v"_s, u"libx264"_s, u"-preset"_s, u"ultrafast"_s, u"-c:a"_s, u"aac"_s});
    ASSERT_FALSE(whole.isEmpty());
    const QList<PacketPlace> sound = packetPlaces(whole, u"a"_s);
    QList<PacketPlace> pictures;
    for (const PacketPlace &packet : packetPlaces(whole, u"v"_s)) {
        if (!packet.key && packet.size > 64)
            pictures.append(packet);
    }
    ASSERT_GT(sound.size(), 100);
    ASSERT_GT(pictures.size(), 100);
    const QString once = glitchedCopy(whole,
                                      media.filePath(u"glitch-once.mp4"_s),
                                      {sound[sound.size() / 2], pictures[pictures.size() / 2]});
    QList<PacketPlace> many;
    for (qsizetype i = sound.size() * 3 / 10; i < sound.size() * 7 / 10; i += 10)
        many.append(sound[i]);
    for (qsizetype i = pictures.size() * 3 / 10; i < pictures.size() * 7 / 10; i += 5)
        many.append(pictures[i]);
    const QString often = glitchedCopy(whole, media.filePath(u"glitch-many.mp4"_s), many);
    ASSERT_FALSE(once.isEmpty());
    ASSERT_FALSE(often.isEmpty());
    const QList<std::pair<QString, QJsonObject>> tasks{
        {u"video"_s, {}},
        {u"audio"_s, {{u"format"_s, u"wav"_s}}},
        {u"speech"_s, {}},
    };
    for (const auto &[kind, options] : tasks) {
        const spool::Run good = test::runUnderIngest(workspace.path(), once, kind, options);
        const Task *goodTask = test::taskOfKind(good, kind);
        ASSERT_NE(goodTask, nullptr) << kind.toStdString();
        EXPECT_EQ(goodTask->lifecycle.status(), Status::Succeeded)
            << kind.toStdString() << " with one glitch: "
            << (goodTask->lifecycle.error() ? goodTask->lifecycle.error()->message.toStdString()
                                            : std::string());
        const spool::Run bad = test::runUnderIngest(workspace.path(), often, kind, options);
        const Task *badTask = test::taskOfKind(bad, kind);
        ASSERT_NE(badTask, nullptr) << kind.toStdString();
        ASSERT_EQ(badTask->lifecycle.status(), Status::Failed)
            << kind.toStdString() << " with many glitches succeeded";
        EXPECT_EQ(badTask->lifecycle.error()->kind, u"file_corrupt");
        const QString message = badTask->lifecycle.error()->message;
        EXPECT_TRUE(message.contains(u"glitch-many.mp4"_s)) << message.toStdString();
        EXPECT_TRUE(message.contains(u"damaged at"_s)) << message.toStdString();
    }
}
