#include "remotetesting.h"
#include "stubserver.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace spool::test {
namespace {

using namespace Qt::Literals::StringLiterals;
using Answer = StubServer::Answer;

const QString RunId = u"run_cccccccccccccccc"_s;
const QString TaskId = u"task_cccccccccccccccc"_s;
const QByteArray Key = "sk_cli_secret_4711";

QJsonObject runAt(const QString &status, int progress, const QString &taskStatus)
{
    return runJson(RunId,
                   status,
                   progress,
                   QJsonArray{taskJson(TaskId, RunId, u"ingest"_s, taskStatus, progress)});
}

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class CliSubmitTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(server.listen());
        QFile file(m_dir.filePath(u"flow.json"_s));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(R"({"tasks":[{"kind":"ingest","options":{"url":"https://example.com/a.mp4"}}]})");
        m_request = file.fileName();
    }

    // Runs spool-cli to its end while this thread's event loop serves the stub.
    Outcome cli(const QStringList &arguments, const QByteArray &key = Key)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"SPOOL_ENDPOINT"_s);
        if (key.isEmpty())
            environment.remove(u"SPOOL_API_KEY"_s);
        else
            environment.insert(u"SPOOL_API_KEY"_s, QString::fromLatin1(key));
        // Every request logged, so the key's absence from the output means something.
        environment.insert(u"QT_LOGGING_RULES"_s, u"spool.remote.debug=true"_s);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(SPOOL_CLI), arguments);
        EXPECT_TRUE(process.waitForStarted());
        EXPECT_TRUE(waitUntil([&] { return process.state() == QProcess::NotRunning; }, 60000));
        Outcome outcome;
        outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        outcome.out = process.readAllStandardOutput();
        outcome.err = process.readAllStandardError();
        EXPECT_FALSE(outcome.out.contains(Key));
        EXPECT_FALSE(outcome.err.contains(Key));
        return outcome;
    }

    QString endpoint() const { return server.url().toString(); }

    // POST /runs answers a queued run; each GET of it moves one step along `polls`.
    void script(const QList<QJsonObject> &polls)
    {
        server.setHandler([this, polls](const StubServer::Request &request) {
            if (request.method == "POST" && request.path == "/runs")
                return Answer::json(201, runAt(u"queued"_s, 0, u"waiting"_s));
            if (request.method == "GET" && request.path == "/runs/" + RunId.toUtf8()) {
                const qsizetype index = std::min<qsizetype>(m_polled++, polls.size() - 1);
                return Answer::json(200, polls.at(index));
            }
            return Answer::error(404, u"not_found"_s, u"no route"_s);
        });
    }

    QTemporaryDir m_dir;
    QString m_request;
    StubServer server;
    qsizetype m_polled = 0;
};

TEST_F(CliSubmitTest, SubmitPrintsTheRunTheServerMade)
{
    script({runAt(u"queued"_s, 0, u"waiting"_s)});
    const Outcome outcome = cli({u"submit"_s, m_request, u"--endpoint"_s, endpoint()});
    EXPECT_EQ(outcome.exitCode, 0) << outcome.err.toStdString();
    EXPECT_TRUE(outcome.out.contains(RunId.toUtf8())) << outcome.out.toStdString();
    EXPECT_TRUE(outcome.err.contains("POST http://127.0.0.1")) << outcome.err.toStdString();
    ASSERT_EQ(server.requests().size(), 1);
    const StubServer::Request &request = server.requests().constFirst();
    EXPECT_EQ(request.headers.value("authorization"), "Bearer " + Key);
    EXPECT_FALSE(
        QJsonDocument::fromJson(request.body).object().value(u"idempotency_key").toString().isEmpty());
}

TEST_F(CliSubmitTest, SubmitWaitFollowsTheRunToItsEndAndExitsLikeRun)
{
    script(
        {runAt(u"processing"_s, 40, u"processing"_s), runAt(u"succeeded"_s, 100, u"succeeded"_s)});
    Outcome outcome = cli(
        {u"submit"_s, m_request, u"--endpoint"_s, endpoint(), u"--wait"_s, u"--json"_s});
    EXPECT_EQ(outcome.exitCode, 0) << outcome.err.toStdString();
    const QJsonObject run = QJsonDocument::fromJson(outcome.out).object();
    EXPECT_EQ(run.value(u"id").toString(), RunId);
    EXPECT_EQ(run.value(u"status").toString(), u"succeeded"_s);
    // Not a terminal: one plain progress line per status change.
    EXPECT_TRUE(outcome.err.contains("processing")) << outcome.err.toStdString();

    m_polled = 0;
    script({runAt(u"failed"_s, 100, u"failed"_s)});
    outcome = cli({u"submit"_s, m_request, u"--endpoint"_s, endpoint(), u"--wait"_s});
    EXPECT_EQ(outcome.exitCode, 1);
    m_polled = 0;
    script({runAt(u"cancelled"_s, 10, u"cancelled"_s)});
    outcome = cli({u"submit"_s, m_request, u"--endpoint"_s, endpoint(), u"--wait"_s});
    EXPECT_EQ(outcome.exitCode, 130);
}

TEST_F(CliSubmitTest, InvalidRequestsExitTwo)
{
    QFile bad(m_dir.filePath(u"bad.json"_s));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"tasks":[]})");
    bad.close();
    Outcome outcome = cli({u"submit"_s, bad.fileName(), u"--endpoint"_s, endpoint()});
    EXPECT_EQ(outcome.exitCode, 2);
    EXPECT_TRUE(server.requests().isEmpty());

    server.setHandler([](const StubServer::Request &) {
        return Answer::json(400,
                            QJsonObject{{u"kind"_s, u"request_invalid"_s},
                                        {u"message"_s, u"1 problem"_s},
                                        {u"problems"_s,
                                         QJsonArray{QJsonObject{{u"kind"_s, u"kind_unsupported"_s},
                                                                {u"message"_s, u"no ingest here"_s},
                                                                {u"path"_s, u"/tasks/0/kind"_s}}}}});
    });
    outcome = cli({u"submit"_s, m_request, u"--endpoint"_s, endpoint()});
    EXPECT_EQ(outcome.exitCode, 2);
    EXPECT_TRUE(outcome.err.contains("/tasks/0/kind: no ingest here")) << outcome.err.toStdString();
}

TEST_F(CliSubmitTest, TheKeyComesFromTheEnvironmentOrAFile)
{
    script({runAt(u"queued"_s, 0, u"waiting"_s)});
    Outcome outcome = cli({u"submit"_s, m_request, u"--endpoint"_s, endpoint()}, {});
    EXPECT_EQ(outcome.exitCode, 2);
    EXPECT_TRUE(outcome.err.contains("SPOOL_API_KEY")) << outcome.err.toStdString();
    EXPECT_TRUE(server.requests().isEmpty());

    QFile keyFile(m_dir.filePath(u"key"_s));
    ASSERT_TRUE(keyFile.open(QIODevice::WriteOnly));
    keyFile.write("sk_from_file\n");
    keyFile.close();
    outcome = cli({u"submit"_s,
                   m_request,
                   u"--endpoint"_s,
                   endpoint(),
                   u"--key-file"_s,
                   keyFile.fileName()},
                  {});
    EXPECT_EQ(outcome.exitCode, 0) << outcome.err.toStdString();
    ASSERT_EQ(server.requests().size(), 1);
    EXPECT_EQ(server.requests().constFirst().headers.value("authorization"), "Bearer sk_from_file");
    EXPECT_FALSE(outcome.err.contains("sk_from_file"));
}

TEST_F(CliSubmitTest, CancelSaysWhenTheServerHasNoCancelRoute)
{
    bool hasRoute = false;
    server.setHandler([&hasRoute](const StubServer::Request &request) {
        if (request.path == "/runs/" + RunId.toUtf8() + "/cancel" && hasRoute)
            return Answer::json(200, runAt(u"cancelled"_s, 30, u"cancelled"_s));
        return Answer::error(404, u"not_found"_s, u"no route"_s);
    });
    Outcome outcome = cli({u"cancel"_s, RunId, u"--endpoint"_s, endpoint()});
    EXPECT_EQ(outcome.exitCode, 1);
    EXPECT_TRUE(outcome.err.contains("no cancel route")) << outcome.err.toStdString();
    hasRoute = true;
    outcome = cli({u"cancel"_s, RunId, u"--endpoint"_s, endpoint()});
    EXPECT_EQ(outcome.exitCode, 0) << outcome.err.toStdString();
    EXPECT_TRUE(outcome.out.contains("cancelled")) << outcome.out.toStdString();
    EXPECT_EQ(server.requests().constLast().method, "POST");
}

TEST_F(CliSubmitTest, RunsAndShowReadTheServer)
{
    server.setHandler([](const StubServer::Request &request) {
        if (request.path == "/runs") {
            Answer answer = Answer::json(200,
                                         QJsonArray{runAt(u"succeeded"_s, 100, u"succeeded"_s)});
            answer.headers.append(std::pair<QByteArray, QByteArray>{"Has-More", "false"});
            return answer;
        }
        if (request.path == "/runs/" + RunId.toUtf8())
            return Answer::json(200, runAt(u"succeeded"_s, 100, u"succeeded"_s));
        return Answer::error(404, u"run_not_found"_s, u"no run"_s);
    });
    Outcome outcome = cli({u"runs"_s, u"--endpoint"_s, endpoint(), u"--json"_s});
    EXPECT_EQ(outcome.exitCode, 0) << outcome.err.toStdString();
    const QJsonArray runs = QJsonDocument::fromJson(outcome.out).array();
    ASSERT_EQ(runs.size(), 1);
    EXPECT_EQ(runs.at(0).toObject().value(u"id").toString(), RunId);
    EXPECT_EQ(server.requests().constFirst().query.queryItemValue(u"limit"_s), u"20"_s);

    outcome = cli({u"show"_s, RunId, u"--endpoint"_s, endpoint()});
    EXPECT_EQ(outcome.exitCode, 0) << outcome.err.toStdString();
    EXPECT_TRUE(outcome.out.contains(RunId.toUtf8()));
    EXPECT_TRUE(outcome.out.contains("ingest"));

    outcome = cli({u"show"_s, u"run_dddddddddddddddd"_s, u"--endpoint"_s, endpoint()});
    EXPECT_EQ(outcome.exitCode, 1);
    EXPECT_TRUE(outcome.err.contains("the server has no run run_dddddddddddddddd"));
}

} // namespace
} // namespace spool::test
