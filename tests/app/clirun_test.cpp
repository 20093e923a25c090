#include <support/httptestserver.h>
#include <support/mediafixtures.h>

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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
    for (const int signalNumber : {SIGINT, SIGTERM}) {
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
    const QString taskDir = workspace() + u"/runs/"_s + killed.value(u"id").toString() + u'/'
                            + killed.value(u"tasks")[0].toObject().value(u"id").toString();
    EXPECT_TRUE(QDir(taskDir).entryList(QDir::Files | QDir::Hidden).isEmpty())
        << "the partial download the killed process left is removed";
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
