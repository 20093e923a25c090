// Faults of the machine under spool-cli: full and read-only disks, sinks that fail. A full disk
// is a small tmpfs mounted in a private mount namespace (`unshare -m`), so the test needs root
// or user namespaces; without them it is skipped, saying why.
#include <support/mediafixtures.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

Outcome runProcess(const QString &program, const QStringList &arguments, const QStringList &env = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &pair : env)
        environment.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    EXPECT_TRUE(process.waitForFinished(60000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Runs `script` with sh in a private mount namespace (`unshare -m`), so that what it mounts
// is seen by it alone and gone when it ends; $CLI is spool-cli.
Outcome inPrivateMounts(const QString &script, const QStringList &env)
{
    return runProcess(u"unshare"_s,
                      {u"-m"_s, u"sh"_s, u"-c"_s, script},
                      env + QStringList{u"CLI="_s + QStringLiteral(SPOOL_CLI)});
}

// Why a private tmpfs cannot be mounted here, or empty when it can.
QString fullDiskUnavailable()
{
    static const QString reason = [] {
        QTemporaryDir dir;
        const Outcome probe = inPrivateMounts(u"mount -t tmpfs -o size=64k tmpfs \"$D\""_s,
                                              {u"D="_s + dir.path()});
        if (probe.exitCode == 0)
            return QString();
        return QString(u"cannot mount a private tmpfs (unshare -m, mount -t tmpfs): "_s
                       + probe.err.trimmed());
    }();
    return reason;
}

// Runs `script` with sh in a private mount namespace where $D is a fresh tmpfs of `size`
// bytes; $CLI is spool-cli. `fill` writes zeros into $D/fill until the disk is full.
// `at` replaces the mount point (a folder that exists).
Outcome onSmallDisk(const QString &script,
                    const QStringList &env,
                    int size = 256 * 1024,
                    const QString &at = {})
{
    QTemporaryDir mountPoint;
    const QString prologue
        = u"set -u\n"
          "mount -t tmpfs -o size=%1 tmpfs \"$D\" || exit 99\n"
          "fill() { dd if=/dev/zero of=\"$D/fill\" bs=4096 2>/dev/null; true; }\n"_s.arg(size);
    return inPrivateMounts(prologue + script,
                           env + QStringList{u"D="_s + (at.isEmpty() ? mountPoint.path() : at)});
}

QString writeRequest(const QTemporaryDir &dir, const QByteArray &json)
{
    QFile file(dir.filePath(u"req.json"_s));
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(json);
    return file.fileName();
}

constexpr char UnformattedRequest[] = R"({"tasks":[{"options":{"url":"in.mp4"},"kind":"ingest"}]})";

} // namespace

TEST(CliFaults, FmtWriteOnAFullDiskKeepsTheFileAndFails)
{
    if (const QString reason = fullDiskUnavailable(); !reason.isEmpty())
        GTEST_SKIP() << reason.toStdString();
    QTemporaryDir dir;
    const QString source = dir.filePath(u"source.json"_s);
    QFile file(source);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(UnformattedRequest);
    file.close();

    const Outcome outcome = onSmallDisk(u"cp \"$SRC\" \"$D/req.json\"\n"
                                        "fill\n"
                                        "\"$CLI\" fmt --write \"$D/req.json\"; echo \"exit=$?\"\n"
                                        "cmp -s \"$SRC\" \"$D/req.json\" && echo unchanged\n"
                                        "ls -A \"$D\"\n"_s,
                                        {u"SRC="_s + source});
    ASSERT_NE(outcome.exitCode, 99) << outcome.err.toStdString();
    EXPECT_TRUE(outcome.out.contains(u"exit=2"_s)) << outcome.out.toStdString();
    EXPECT_TRUE(outcome.out.contains(u"unchanged"_s)) << "the original is untouched";
    EXPECT_TRUE(outcome.err.contains(u"req.json"_s)) << outcome.err.toStdString();
    EXPECT_TRUE(outcome.err.contains(u"No space left on device"_s)) << outcome.err.toStdString();
    // Nothing but the file and the filler: the temporary was removed.
    EXPECT_EQ(outcome.out.section(u"unchanged\n"_s, 1).split(u'\n', Qt::SkipEmptyParts),
              (QStringList{u"fill"_s, u"req.json"_s}));
}

TEST(CliFaults, FmtWriteWithSpaceStillRewritesTheFile)
{
    if (const QString reason = fullDiskUnavailable(); !reason.isEmpty())
        GTEST_SKIP() << reason.toStdString();
    QTemporaryDir dir;
    const QString source = dir.filePath(u"source.json"_s);
    QFile file(source);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(UnformattedRequest);
    file.close();
    const Outcome outcome = onSmallDisk(u"cp \"$SRC\" \"$D/req.json\"\n"
                                        "\"$CLI\" fmt --write \"$D/req.json\"; echo \"exit=$?\"\n"
                                        "cat \"$D/req.json\"\n"_s,
                                        {u"SRC="_s + source});
    EXPECT_TRUE(outcome.out.contains(u"exit=0"_s)) << outcome.err.toStdString();
    EXPECT_TRUE(outcome.out.contains(u"  \"tasks\": [\n"_s)) << outcome.out.toStdString();
}

TEST(CliFaults, RunWithItsRecordsOnAFullDiskSaysSoAndExitsNonZero)
{
    if (const QString reason = fullDiskUnavailable(); !reason.isEmpty())
        GTEST_SKIP() << reason.toStdString();
    QTemporaryDir dir;
    spool::test::MediaFixtures fixtures(dir.path());
    const QString video = fixtures.video(u"in.mp4"_s, 160, 120, 0.5);
    ASSERT_FALSE(video.isEmpty()) << fixtures.lastError().toStdString();
    const QString request = writeRequest(dir, R"({"tasks": [{"kind": "ingest",
        "options": {"url": "in.mp4"}}]})");
    // The history is on a disk with room, the run folders on a full one: run.json cannot be
    // written, and neither can the ingest's copy of its input.
    const QString workspace = dir.filePath(u"ws"_s);
    ASSERT_TRUE(QDir().mkpath(workspace + u"/runs"_s));
    const Outcome outcome
        = onSmallDisk(u"fill\n"
                      "\"$CLI\" run \"$REQ\" --workspace \"$WS\"; echo \"exit=$?\"\n"_s,
                      {u"REQ="_s + request, u"WS="_s + workspace},
                      256 * 1024,
                      workspace + u"/runs"_s);
    ASSERT_NE(outcome.exitCode, 99) << outcome.err.toStdString();
    EXPECT_TRUE(outcome.out.contains(u"exit=1"_s)) << outcome.out.toStdString();
    EXPECT_TRUE(outcome.err.contains(u"run.json: No space left on device"_s))
        << outcome.err.toStdString();
    EXPECT_TRUE(QDir(workspace + u"/runs"_s).isEmpty()) << "the tmpfs was private to the test";
}

TEST(CliFaults, EventsToAFullDeviceAreReportedAndTheRunFinishes)
{
    if (!QFile::exists(u"/dev/full"_s))
        GTEST_SKIP() << "/dev/full does not exist here";
    QTemporaryDir dir;
    spool::test::MediaFixtures fixtures(dir.path());
    ASSERT_FALSE(fixtures.video(u"in.mp4"_s, 160, 120, 0.5).isEmpty())
        << fixtures.lastError().toStdString();
    const QString request = writeRequest(dir, R"({"tasks": [{"kind": "ingest",
        "options": {"url": "in.mp4"}}]})");
    const Outcome outcome = runProcess(QStringLiteral(SPOOL_CLI),
                                       {u"run"_s,
                                        request,
                                        u"--json"_s,
                                        u"--events"_s,
                                        u"/dev/full"_s,
                                        u"--workspace"_s,
                                        dir.filePath(u"ws"_s)});
    EXPECT_EQ(outcome.exitCode, 1) << outcome.err.toStdString();
    EXPECT_TRUE(outcome.err.contains(u"cannot write events to /dev/full: No space left on device"_s))
        << outcome.err.toStdString();
    EXPECT_EQ(outcome.err.count(u"cannot write events"_s), 1) << "reported once";
    EXPECT_TRUE(outcome.out.contains(u"\"status\": \"succeeded\""_s))
        << "the run itself finished: " << outcome.out.toStdString();
}

// A workspace with one run in its history, made by spool-cli itself.
QString workspaceWithARun(const QTemporaryDir &dir)
{
    spool::test::MediaFixtures fixtures(dir.path());
    EXPECT_FALSE(fixtures.video(u"in.mp4"_s, 160, 120, 0.5).isEmpty());
    const QString request = writeRequest(dir, R"({"tasks": [{"kind": "ingest",
        "options": {"url": "in.mp4"}}]})");
    const QString workspace = dir.filePath(u"ws"_s);
    const Outcome made = runProcess(QStringLiteral(SPOOL_CLI),
                                    {u"run"_s, request, u"--workspace"_s, workspace});
    EXPECT_EQ(made.exitCode, 0) << made.err.toStdString();
    return workspace;
}

TEST(CliFaults, RunsAndShowReadAHistoryOnAReadOnlyOrFullDisk)
{
    if (const QString reason = fullDiskUnavailable(); !reason.isEmpty())
        GTEST_SKIP() << reason.toStdString();
    QTemporaryDir dir;
    const QString workspace = workspaceWithARun(dir);
    const QString list = u"\"$CLI\" runs --workspace \"$WS\"; echo \"runs=$?\"\n"
                         "id=$(\"$CLI\" runs --workspace \"$WS\" | cut -d' ' -f1)\n"
                         "\"$CLI\" show \"$id\" --events --workspace \"$WS\" >/dev/null; "
                         "echo \"show=$?\"\n"_s;
    // Read-only: the workspace bound onto itself, read-only.
    const Outcome readOnly = inPrivateMounts(
        u"mount --bind \"$WS\" \"$WS\" && mount -o remount,ro,bind \"$WS\" || exit 99\n"
        "touch \"$WS/probe\" 2>/dev/null && echo writable\n"_s
            + list,
        {u"WS="_s + workspace});
    ASSERT_NE(readOnly.exitCode, 99) << readOnly.err.toStdString();
    EXPECT_FALSE(readOnly.out.contains(u"writable"_s));
    EXPECT_TRUE(readOnly.out.contains(u"succeeded"_s)) << readOnly.out.toStdString();
    EXPECT_TRUE(readOnly.out.contains(u"runs=0"_s)) << readOnly.err.toStdString();
    EXPECT_TRUE(readOnly.out.contains(u"show=0"_s)) << readOnly.err.toStdString();

    // Full: the workspace copied onto a full tmpfs.
    const Outcome full = onSmallDisk(u"cp -a \"$SRC\" \"$D/ws\"\nWS=\"$D/ws\"\nfill\n"_s + list,
                                     {u"SRC="_s + workspace},
                                     2 * 1024 * 1024);
    ASSERT_NE(full.exitCode, 99) << full.err.toStdString();
    EXPECT_TRUE(full.out.contains(u"succeeded"_s)) << full.out.toStdString();
    EXPECT_TRUE(full.out.contains(u"runs=0"_s)) << full.err.toStdString();
    EXPECT_TRUE(full.out.contains(u"show=0"_s)) << full.err.toStdString();
}

TEST(CliFaults, ADamagedHistoryIsAnErrorWithNoPartialOutput)
{
    QTemporaryDir dir;
    const QString workspace = workspaceWithARun(dir);
    const Outcome listed = runProcess(QStringLiteral(SPOOL_CLI),
                                      {u"runs"_s, u"--workspace"_s, workspace});
    const QString runId = listed.out.section(u' ', 0, 0);
    ASSERT_TRUE(runId.startsWith(u"run_"_s)) << listed.out.toStdString();

    const QString history = workspace + u"/history.sqlite"_s;
    QFile file(history);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    // Every page but the first (the schema) overwritten: the rows cannot be read.
    for (qsizetype i = 4096; i < bytes.size(); ++i)
        bytes[i] = char(0xA5 ^ (i & 0xFF));
    file.seek(0);
    file.write(bytes);
    file.close();

    for (const QStringList &command : {QStringList{u"show"_s, runId, u"--events"_s},
                                       QStringList{u"show"_s, runId, u"--json"_s},
                                       QStringList{u"runs"_s}}) {
        const Outcome outcome = runProcess(QStringLiteral(SPOOL_CLI),
                                           command + QStringList{u"--workspace"_s, workspace});
        EXPECT_EQ(outcome.exitCode, 1) << command.join(u' ').toStdString();
        EXPECT_TRUE(outcome.out.isEmpty()) << outcome.out.toStdString();
        EXPECT_TRUE(outcome.err.contains(history)) << outcome.err.toStdString();
        EXPECT_TRUE(outcome.err.contains(u"Move it aside"_s)) << outcome.err.toStdString();
    }

    // A damaged header blocks a run with the same message.
    bytes.replace(0, 16, QByteArray(16, 'x'));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const Outcome blocked
        = runProcess(QStringLiteral(SPOOL_CLI),
                     {u"run"_s, dir.filePath(u"req.json"_s), u"--workspace"_s, workspace});
    EXPECT_EQ(blocked.exitCode, 1);
    EXPECT_TRUE(blocked.err.contains(history)) << blocked.err.toStdString();
    EXPECT_TRUE(blocked.err.contains(u"--workspace"_s)) << blocked.err.toStdString();
}
