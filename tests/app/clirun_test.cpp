#include <support/httptestserver.h>
#include <support/mediafixtures.h>

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include <csignal>

using namespace Qt::Literals::StringLiterals;

namespace {

class CliRunTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        spool::test::MediaFixtures fixtures(m_dir.path());
        m_video = fixtures.video(u"clip.mp4"_s, 320, 240, 1.0);
        ASSERT_FALSE(m_video.isEmpty()) << fixtures.lastError().toStdString();
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString workspace() const { return m_dir.filePath(u"workspace"_s); }
    QString video() const { return m_video; }

    QString writeRequest(const QString &name, const QByteArray &json)
    {
        QFile file(path(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(json);
        return file.fileName();
    }

    // Starts spool-cli with the test's workspace; the caller waits for it.
    void start(QProcess &process, const QStringList &arguments)
    {
        if (!workingDirectory.isEmpty())
            process.setWorkingDirectory(workingDirectory);
        process.start(QStringLiteral(SPOOL_CLI),
                      arguments + QStringList{u"--workspace"_s, workspace()});
        ASSERT_TRUE(process.waitForStarted());
    }

    // Runs spool-cli to the end while this thread's event loop keeps serving.
    int run(const QStringList &arguments, QByteArray *out = nullptr, QByteArray *err = nullptr)
    {
        QProcess process;
        start(process, arguments);
        QEventLoop loop;
        QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        if (process.state() != QProcess::NotRunning)
            loop.exec();
        if (out)
            *out = process.readAllStandardOutput();
        if (err)
            *err = process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    QJsonObject showJson(const QString &runId)
    {
        QByteArray out;
        EXPECT_EQ(run({u"show"_s, u"--json"_s, runId}, &out), 0);
        return QJsonDocument::fromJson(out).object();
    }

    QString workingDirectory;

private:
    QTemporaryDir m_dir;
    QString m_video;
};

// Waits, serving the event loop, until `process` wrote `text` to standard error.
bool waitForError(QProcess &process, const QByteArray &text, QByteArray *seen)
{
    QEventLoop loop;
    QObject::connect(&process, &QProcess::readyReadStandardError, &loop, [&] {
        *seen += process.readAllStandardError();
        if (seen->contains(text))
            loop.quit();
    });
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    return seen->contains(text);
}

// Waits, serving the event loop, until `process` wrote `text` to standard error; looks only at
// what is new each time (a large run writes megabytes there). `seen` gets all of it.
bool waitForErrorIn(QProcess &process, const QByteArray &text, QByteArray *seen, int timeoutMs)
{
    QEventLoop loop;
    bool found = seen->contains(text);
    QObject::connect(&process, &QProcess::readyReadStandardError, &loop, [&] {
        const qsizetype from = qMax<qsizetype>(0, seen->size() - text.size());
        *seen += process.readAllStandardError();
        if (seen->indexOf(text, from) >= 0) {
            found = true;
            loop.quit();
        }
    });
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!found && process.state() != QProcess::NotRunning)
        loop.exec();
    return found;
}

QByteArray wideRequest(const QString &url, int conditions)
{
    QByteArray text = R"({"tasks": [{"kind": "ingest", "options": {"url": ")" + url.toUtf8()
                      + R"("}, "next": [)";
    for (int i = 0; i < conditions; ++i)
        text += QByteArray(i > 0 ? "," : "")
                + R"({"kind": "conditions", "options": {"kind": {"eq": "video"}}})";
    return text + "]}]}";
}

// Waits for `process` to end, reading its output meanwhile so it never blocks on a pipe.
void waitForEnd(QProcess &process, int timeoutMs)
{
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
}

} // namespace

TEST_F(CliRunTest, RunsARequestAndRecordsIt)
{
    const QString request = writeRequest(u"flow.json"_s, R"({"tasks": [{"kind": "ingest",
        "options": {"url": "clip.mp4"}, "next": [{"kind": "conditions",
        "options": {"kind": {"eq": "video"}, "width": {"gte": 320}}}]}]})");
    QByteArray out;
    QByteArray err;
    ASSERT_EQ(run({u"run"_s, request, u"--json"_s, u"--events"_s, path(u"events.jsonl"_s)},
                  &out,
                  &err),
              0)
        << err.toStdString();
    const QJsonObject run = QJsonDocument::fromJson(out).object();
    EXPECT_EQ(run.value(u"object").toString(), u"run");
    EXPECT_EQ(run.value(u"status").toString(), u"succeeded");
    const QJsonArray tasks = run.value(u"tasks").toArray();
    ASSERT_EQ(tasks.size(), 2);
    EXPECT_EQ(tasks[0].toObject().value(u"outputs")[0].toObject().value(u"width").toInt(), 320);
    EXPECT_TRUE(tasks[1].toObject().value(u"results").toObject().value(u"continue").toBool());
    EXPECT_TRUE(err.contains("ingest processing")) << "plain progress lines when not a terminal";

    QFile events(path(u"events.jsonl"_s));
    ASSERT_TRUE(events.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = events.readAll().trimmed().split('\n');
    ASSERT_GT(lines.size(), 10);
    const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
    EXPECT_EQ(first.value(u"object").toString(), u"event");
    EXPECT_EQ(first.value(u"kind").toString(), u"run.created");
    EXPECT_TRUE(first.value(u"id").toString().startsWith(u"evt_"));
    EXPECT_EQ(QJsonDocument::fromJson(lines.last()).object().value(u"kind").toString(),
              u"run.succeeded");

    const QString runId = run.value(u"id").toString();
    const QJsonObject shown = showJson(runId);
    EXPECT_EQ(shown.value(u"status").toString(), u"succeeded");
    EXPECT_EQ(shown.value(u"tasks").toArray().size(), 2);
    EXPECT_TRUE(QFile::exists(workspace() + u"/runs/"_s + runId + u"/run.json"_s));
    QByteArray listed;
    EXPECT_EQ(this->run({u"runs"_s}, &listed), 0);
    EXPECT_TRUE(listed.contains(runId.toUtf8()));
}

TEST_F(CliRunTest, ExitCodesTellFailureAndInvalidRequests)
{
    QByteArray err;
    const QString failing = writeRequest(u"missing.json"_s,
                                         R"({"tasks": [{"kind": "ingest",
        "options": {"url": "nothing-here.mp4"}}]})");
    EXPECT_EQ(run({u"run"_s, failing}, nullptr, &err), 1);
    EXPECT_TRUE(err.contains("file_not_found") || err.contains("does not exist"))
        << err.toStdString();

    const QString invalid = writeRequest(u"invalid.json"_s,
                                         R"({"tasks": [{"kind": "ingest", "options": {}}]})");
    EXPECT_EQ(run({u"run"_s, invalid}, nullptr, &err), 2);
    EXPECT_TRUE(err.contains("/tasks/0/options/url")) << err.toStdString();

    const QString unsupported = writeRequest(u"hosted.json"_s,
                                             R"({"tasks": [{"kind": "ingest",
        "options": {"url": "a.mp4"}, "next": [{"kind": "nsfw"}]}]})");
    EXPECT_EQ(run({u"run"_s, unsupported}, nullptr, &err), 2);
    EXPECT_TRUE(err.contains("hosted-only")) << err.toStdString();

    EXPECT_EQ(run({u"run"_s, path(u"absent.json"_s)}), 2);
    EXPECT_EQ(run({u"run"_s, failing, u"--max-download"_s, u"0"_s}), 2);
    EXPECT_EQ(run({u"run"_s, failing, u"--min-download-rate"_s, u"-1"_s}), 2);
    EXPECT_EQ(run({u"run"_s, failing, u"--min-download-rate"_s, u"fast"_s}), 2);
    EXPECT_EQ(run({u"run"_s, failing, u"--threads"_s, u"zero"_s}), 2);
}

TEST_F(CliRunTest, InputOverrideRunsAnotherFile)
{
    const QString request = writeRequest(u"probe.json"_s, R"({"tasks": [{"kind": "conditions",
        "options": {"kind": {"eq": "video"}}}]})");
    QByteArray out;
    ASSERT_EQ(run({u"run"_s, request, u"--input"_s, video(), u"--json"_s}, &out), 0);
    const QJsonArray tasks = QJsonDocument::fromJson(out).object().value(u"tasks").toArray();
    ASSERT_EQ(tasks.size(), 2);
    EXPECT_EQ(tasks[0].toObject().value(u"kind").toString(), u"ingest");

    // A relative --input is relative to where the command runs, not to the request's folder.
    QDir(path(QString())).mkpath(u"requests"_s);
    const QString elsewhere = writeRequest(
        u"requests/probe.json"_s,
        R"({"tasks": [{"kind": "conditions", "options": {"kind": {"eq": "video"}}}]})");
    workingDirectory = QFileInfo(video()).absolutePath();
    EXPECT_EQ(run({u"run"_s, elsewhere, u"--input"_s, QFileInfo(video()).fileName()}), 0);
}

TEST_F(CliRunTest, InterruptCancelsCleanlyAndTheHistorySaysSo)
{
    spool::test::HttpTestServer server;
    spool::test::HttpTestServer::Route stalled;
    stalled.body = QByteArray(1 << 20, 'x');
    stalled.stall = true;
    stalled.stallAfter = 4096;
    server.route("/live.mp4", stalled);
    const QString request = writeRequest(u"live.json"_s,
                                         R"({"tasks": [{"kind": "ingest", "options": {"url": ")"
                                             + server.url("/live.mp4").toUtf8() + R"("}}]})");
    // Closing the terminal (SIGHUP) is obeyed like SIGTERM.
    for (const int signalNumber : {SIGINT, SIGTERM, SIGHUP}) {
        QProcess process;
        start(process, {u"run"_s, request, u"--json"_s});
        QByteArray err;
        ASSERT_TRUE(waitForError(process, "ingest processing", &err)) << err.toStdString();
        ::kill(pid_t(process.processId()), signalNumber);
        QEventLoop loop;
        QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        if (process.state() != QProcess::NotRunning)
            loop.exec();
        ASSERT_EQ(process.exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(process.exitCode(), 130);
        const QJsonObject printed = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        EXPECT_EQ(printed.value(u"status").toString(), u"cancelled");
        const QString runId = printed.value(u"id").toString();
        EXPECT_EQ(showJson(runId).value(u"status").toString(), u"cancelled");
        const QString taskDir = workspace() + u"/runs/"_s + runId + u'/'
                                + printed.value(u"tasks")[0].toObject().value(u"id").toString();
        EXPECT_TRUE(QDir(taskDir).entryList(QDir::Files | QDir::Hidden).isEmpty())
            << "the partial download is removed";
    }
}

TEST_F(CliRunTest, AKilledRunIsMarkedInterruptedNextTime)
{
    spool::test::HttpTestServer server;
    spool::test::HttpTestServer::Route stalled;
    stalled.body = QByteArray(1 << 20, 'x');
    stalled.stall = true;
    stalled.stallAfter = 4096;
    server.route("/live.mp4", stalled);
    const QString request = writeRequest(u"live.json"_s,
                                         R"({"tasks": [{"kind": "ingest", "options": {"url": ")"
                                             + server.url("/live.mp4").toUtf8() + R"("}}]})");
    QProcess process;
    start(process, {u"run"_s, request});
    QByteArray err;
    ASSERT_TRUE(waitForError(process, "ingest processing", &err)) << err.toStdString();
    // The history takes the task within HistoryRecorder::FlushIntervalMs; wait until it has.
    const QByteArray runId = err.mid(err.indexOf("run_"), 20);
    QJsonObject recorded;
    for (int attempt = 0; attempt < 100; ++attempt) {
        recorded = showJson(QString::fromLatin1(runId));
        if (recorded.value(u"tasks")[0].toObject().value(u"status") == u"processing"_s)
            break;
    }
    ASSERT_EQ(recorded.value(u"tasks")[0].toObject().value(u"status"), u"processing"_s);
    process.kill(); // SIGKILL: no chance to clean up
    ASSERT_TRUE(process.waitForFinished());

    QByteArray listed;
    ASSERT_EQ(run({u"runs"_s, u"--json"_s}, &listed), 0);
    const QJsonArray runs = QJsonDocument::fromJson(listed).array();
    ASSERT_EQ(runs.size(), 1);
    const QJsonObject killed = runs[0].toObject();
    EXPECT_EQ(killed.value(u"status").toString(), u"failed");
    EXPECT_EQ(killed.value(u"error").toObject().value(u"kind").toString(), u"interrupted")
        << listed.toStdString();
    EXPECT_EQ(killed.value(u"tasks")[0].toObject().value(u"status").toString(), u"failed");
    EXPECT_EQ(killed.value(u"progress").toInt(), 100) << "every task is terminal";

    // `runs` only reads; the next run recovers the killed one in the history, its run.json
    // and its events, and removes what it left.
    const QString killedId = killed.value(u"id").toString();
    const QString taskDir = workspace() + u"/runs/"_s + killedId + u'/'
                            + killed.value(u"tasks")[0].toObject().value(u"id").toString();
    const QString other = writeRequest(u"other.json"_s, R"({"tasks": [{"kind": "ingest",
        "options": {"url": "clip.mp4"}}]})");
    ASSERT_EQ(run({u"run"_s, other}), 0);
    EXPECT_TRUE(QDir(taskDir).entryList(QDir::Files | QDir::Hidden).isEmpty())
        << "the partial download the killed process left is removed";
    QFile manifest(workspace() + u"/runs/"_s + killedId + u"/run.json"_s);
    ASSERT_TRUE(manifest.open(QIODevice::ReadOnly));
    const QJsonObject written = QJsonDocument::fromJson(manifest.readAll()).object();
    EXPECT_EQ(written.value(u"status").toString(), u"failed");
    EXPECT_EQ(written.value(u"progress").toInt(), 100);
    EXPECT_EQ(written.value(u"tasks")[0].toObject().value(u"status").toString(), u"failed");
    QByteArray shown;
    ASSERT_EQ(run({u"show"_s, killedId, u"--json"_s, u"--events"_s}, &shown), 0);
    const QJsonArray events = QJsonDocument::fromJson(shown).object().value(u"events").toArray();
    ASSERT_GE(events.size(), 2);
    EXPECT_EQ(events.at(events.size() - 2).toObject().value(u"kind").toString(), u"task.failed");
    EXPECT_EQ(events.last().toObject().value(u"kind").toString(), u"run.failed");
}

TEST_F(CliRunTest, RunsPagesThroughTheHistory)
{
    const QString request = writeRequest(u"flow.json"_s,
                                         R"({"tasks": [{"kind": "ingest",
        "options": {"url": "clip.mp4"}}]})");
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        QByteArray out;
        ASSERT_EQ(run({u"run"_s, request, u"--json"_s}, &out), 0);
        ids.prepend(QJsonDocument::fromJson(out).object().value(u"id").toString());
    }
    QByteArray page;
    ASSERT_EQ(run({u"runs"_s, u"--limit"_s, u"2"_s}, &page), 0);
    const QList<QByteArray> lines = page.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 3) << page.toStdString();
    EXPECT_TRUE(lines[0].startsWith(ids[0].toUtf8()));
    EXPECT_TRUE(lines[1].startsWith(ids[1].toUtf8()));
    EXPECT_EQ(lines[2], "more: spool-cli runs --after " + ids[1].toUtf8());
    ASSERT_EQ(run({u"runs"_s, u"--limit"_s, u"2"_s, u"--after"_s, ids[1]}, &page), 0);
    EXPECT_TRUE(page.startsWith(ids[2].toUtf8())) << page.toStdString();
    ASSERT_EQ(run({u"runs"_s, u"--order"_s, u"asc"_s, u"--limit"_s, u"1"_s}, &page), 0);
    EXPECT_TRUE(page.startsWith(ids[2].toUtf8())) << "oldest first: " << page.toStdString();
    EXPECT_EQ(run({u"runs"_s, u"--status"_s, u"bogus"_s}), 2);
    EXPECT_EQ(run({u"show"_s, u"run_doesnotexist0000"_s}), 1);
}

// A flood of short tasks keeps the main thread busy with their updates; a signal is obeyed all
// the same: the run ends cancelled (not succeeded), exit 130, and the history says so.
TEST_F(CliRunTest, InterruptCancelsARunOfTwentyThousandShortTasks)
{
    const QString request = writeRequest(u"wide.json"_s, wideRequest(video(), 20000));
    QProcess process;
    start(process, {u"run"_s, request});
    QByteArray err;
    ASSERT_TRUE(waitForErrorIn(process, " conditions processing", &err, 120000))
        << err.right(2000).toStdString();
    ::kill(pid_t(process.processId()), SIGINT);
    waitForEnd(process, 120000);
    ASSERT_EQ(process.state(), QProcess::NotRunning);
    ASSERT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 130);
    err += process.readAllStandardError();
    const qsizetype at = err.indexOf("run_");
    ASSERT_GE(at, 0);
    const QString runId = QString::fromLatin1(err.mid(at, 20));
    const QJsonObject shown = showJson(runId);
    EXPECT_EQ(shown.value(u"status").toString(), u"cancelled");
    int cancelled = 0;
    for (const QJsonValue &task : shown.value(u"tasks").toArray())
        cancelled += task.toObject().value(u"status") == u"cancelled"_s ? 1 : 0;
    EXPECT_GT(cancelled, 0) << "the signal came while most tasks were still to run";
}

// A second Ctrl-C does not wait for the run to wind down: the process ends at once with 130,
// and the partial file of a download in flight is removed first.
TEST_F(CliRunTest, ASecondInterruptStopsAtOnceAndRemovesPartialFiles)
{
    spool::test::HttpTestServer server;
    spool::test::HttpTestServer::Route stalled;
    stalled.body = QByteArray(1 << 20, 'x');
    stalled.stall = true;
    stalled.stallAfter = 4096;
    server.route("/live.mp4", stalled);
    QByteArray json = wideRequest(video(), 20000);
    json.insert(json.indexOf('[') + 1,
                R"({"kind": "ingest", "options": {"url": ")" + server.url("/live.mp4").toUtf8()
                    + R"("}}, )");
    const QString request = writeRequest(u"wide.json"_s, json);
    QProcess process;
    start(process, {u"run"_s, request});
    QByteArray err;
    ASSERT_TRUE(waitForErrorIn(process, " conditions processing", &err, 120000))
        << err.right(2000).toStdString();
    // The download has written its first bytes under a partial name by now, or soon.
    const QString runs = workspace() + u"/runs"_s;
    const auto partialFiles = [&runs] {
        QStringList found;
        QDirIterator it(runs,
                        {u".partial-*"_s},
                        QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            found.append(it.next());
        return found;
    };
    for (int attempt = 0; attempt < 200 && partialFiles().isEmpty(); ++attempt) {
        QEventLoop pause;
        QTimer::singleShot(25, &pause, &QEventLoop::quit);
        pause.exec();
    }
    ASSERT_FALSE(partialFiles().isEmpty()) << "the download never started";
    // Signals of one number do not queue: the second is sent once the first was taken.
    ::kill(pid_t(process.processId()), SIGINT);
    ASSERT_TRUE(waitForErrorIn(process, "cancelling", &err, 30000));
    ::kill(pid_t(process.processId()), SIGINT);
    waitForEnd(process, 30000);
    ASSERT_EQ(process.state(), QProcess::NotRunning);
    ASSERT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 130);
    err += process.readAllStandardError();
    EXPECT_TRUE(err.contains("stopped at once")) << err.right(500).toStdString();
    EXPECT_TRUE(partialFiles().isEmpty()) << partialFiles().join(u' ').toStdString();
}

// `spool-cli run … 2>&1 | head -3`: the reader goes away after three lines; the run is not
// killed by SIGPIPE, it stops printing and finishes, with the exit status of the run.
TEST_F(CliRunTest, AClosedOutputStopsThePrintingNotTheRun)
{
    if (QStandardPaths::findExecutable(u"bash"_s).isEmpty()
        || QStandardPaths::findExecutable(u"head"_s).isEmpty())
        GTEST_SKIP() << "needs bash and head to make the pipeline";
    const QString request = writeRequest(u"wide.json"_s, wideRequest(video(), 300));
    QProcess process;
    process.start(u"bash"_s,
                  {u"-c"_s,
                   u"\"$0\" run \"$1\" --workspace \"$2\" 2>&1 | head -3; exit ${PIPESTATUS[0]}"_s,
                   QStringLiteral(SPOOL_CLI),
                   request,
                   workspace()});
    ASSERT_TRUE(process.waitForStarted());
    waitForEnd(process, 60000);
    ASSERT_EQ(process.state(), QProcess::NotRunning);
    const QByteArray printed = process.readAllStandardOutput();
    EXPECT_EQ(printed.count('\n'), 3) << printed.toStdString();
    EXPECT_EQ(process.exitCode(), 0) << "141 is death by SIGPIPE";
    const qsizetype at = printed.indexOf("run_");
    ASSERT_GE(at, 0) << printed.toStdString();
    const QJsonObject shown = showJson(QString::fromLatin1(printed.mid(at, 20)));
    EXPECT_EQ(shown.value(u"status").toString(), u"succeeded");
    EXPECT_EQ(shown.value(u"tasks").toArray().size(), 301);
}

TEST_F(CliRunTest, APasswordInAUrlIsUsedForTheDownloadAndWrittenNowhere)
{
    const QByteArray secret = "s3cr3t-Pw";
    QFile clip(video());
    ASSERT_TRUE(clip.open(QIODevice::ReadOnly));
    spool::test::HttpTestServer server;
    spool::test::HttpTestServer::Route guarded;
    guarded.body = clip.readAll();
    guarded.authorization = "Basic " + QByteArray("ann:" + secret).toBase64();
    server.route("/clip.mp4", guarded);
    const QString url = server.url("/clip.mp4")
                            .replace(u"http://"_s,
                                     u"http://ann:"_s + QString::fromLatin1(secret) + u'@');
    const QString missing = QString(url).replace(u"/clip.mp4"_s, u"/gone.mp4"_s);
    const QString request = writeRequest(u"auth.json"_s,
                                         R"({"tasks": [{"kind": "ingest", "options": {"url": ")"
                                             + url.toUtf8() + R"("}}]})");
    const QString failing = writeRequest(u"gone.json"_s,
                                         R"({"tasks": [{"kind": "ingest", "options": {"url": ")"
                                             + missing.toUtf8() + R"("}}]})");
    QByteArray out;
    QByteArray err;
    ASSERT_EQ(run({u"run"_s, request, u"--json"_s, u"--events"_s, path(u"events.jsonl"_s)},
                  &out,
                  &err),
              0)
        << err.toStdString();
    EXPECT_TRUE(server.authorizations().contains(guarded.authorization))
        << "the download itself used the password";
    const QJsonObject runJson = QJsonDocument::fromJson(out).object();
    EXPECT_EQ(runJson.value(u"tasks")[0][u"options"][u"url"].toString(),
              server.url("/clip.mp4").replace(u"http://"_s, u"http://ann@"_s));

    // A failed download, and the same URL given with --input.
    QByteArray failedOut;
    QByteArray failedErr;
    EXPECT_EQ(run({u"run"_s, failing, u"--json"_s}, &failedOut, &failedErr), 1);
    QByteArray inputOut;
    QByteArray inputErr;
    EXPECT_EQ(run({u"run"_s, failing, u"--input"_s, url}, &inputOut, &inputErr), 0)
        << inputErr.toStdString();
    QByteArray listed;
    ASSERT_EQ(run({u"runs"_s, u"--json"_s}, &listed), 0);
    QByteArray shown;
    ASSERT_EQ(run({u"show"_s, runJson.value(u"id").toString(), u"--json"_s, u"--events"_s}, &shown),
              0);
    for (const QByteArray &printed :
         {out, err, failedOut, failedErr, inputOut, inputErr, listed, shown})
        EXPECT_FALSE(printed.contains(secret)) << printed.toStdString();
    EXPECT_TRUE(failedOut.contains("http://ann@")) << failedOut.toStdString();

    // Every file written: history (and its WAL), run.json, task folders, the events file.
    QStringList written{path(u"events.jsonl"_s)};
    QDirIterator files(workspace(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext())
        written.append(files.next());
    ASSERT_GT(written.size(), 3);
    for (const QString &file : written) {
        QFile in(file);
        ASSERT_TRUE(in.open(QIODevice::ReadOnly)) << file.toStdString();
        EXPECT_FALSE(in.readAll().contains(secret)) << file.toStdString();
    }
}
