#include "remotetesting.h"
#include "stubserver.h"

#include <remote/runsclient.h>

#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace spool::test {
namespace {

using namespace Qt::Literals::StringLiterals;
using Answer = StubServer::Answer;
using Fault = StubServer::Answer::Fault;

const QByteArray Key = "sk_test_0123456789secret";

RunsClientSettings settingsFor(const StubServer &server)
{
    RunsClientSettings settings;
    settings.endpoint = server.url();
    settings.apiKey = Key;
    settings.maxAttempts = 4;
    settings.initialBackoffMs = 10;
    settings.maxBackoffMs = 40;
    settings.connectTimeoutMs = 2000;
    settings.silenceTimeoutMs = 2000;
    settings.attemptTimeoutMs = 10000;
    return settings;
}

RunRequest smallRequest()
{
    return RunRequest::fromText(
               R"({"tasks":[{"kind":"ingest","options":{"url":"https://example.com/a.mp4"}}]})")
        .value();
}

QByteArray keyOf(const StubServer::Request &request)
{
    return QJsonDocument::fromJson(request.body)
        .object()
        .value(u"idempotency_key")
        .toString()
        .toUtf8();
}

class RunsClientTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(server.listen()); }

    StubServer server;
};

TEST_F(RunsClientTest, SubmitSendsTheRequestWithBearerKeyAndAnIdempotencyKey)
{
    server.setHandler([](const StubServer::Request &) {
        return Answer::json(201, runJson(u"run_aaaaaaaaaaaaaaaa"_s, u"waiting"_s, 0));
    });
    RunsClient client(settingsFor(server));
    const Result<spool::Run> run = await(client.submit(smallRequest()));
    ASSERT_TRUE(run.ok()) << run.error().message.toStdString();
    EXPECT_EQ(run->id, u"run_aaaaaaaaaaaaaaaa"_s);
    EXPECT_EQ(run->lifecycle.status(), Status::Waiting);

    ASSERT_EQ(server.requests().size(), 1);
    const StubServer::Request &request = server.requests().constFirst();
    EXPECT_EQ(request.method, "POST");
    EXPECT_EQ(request.path, "/runs");
    EXPECT_EQ(request.headers.value("authorization"), "Bearer " + Key);
    EXPECT_EQ(request.headers.value("content-type"), "application/json");
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    EXPECT_EQ(body.value(u"tasks").toArray().size(), 1);
    EXPECT_TRUE(body.value(u"idempotency_key").toString().startsWith(u"spool_"));
}

TEST_F(RunsClientTest, SubmitKeepsTheRequestsOwnIdempotencyKey)
{
    server.setHandler([](const StubServer::Request &) {
        return Answer::json(201, runJson(u"run_aaaaaaaaaaaaaaaa"_s, u"waiting"_s, 0));
    });
    RunsClient client(settingsFor(server));
    RunRequest request = smallRequest();
    request.idempotencyKey = u"mine-42"_s;
    ASSERT_TRUE(await(client.submit(request)).ok());
    EXPECT_EQ(keyOf(server.requests().constFirst()), "mine-42");
}

TEST_F(RunsClientTest, ServerErrorsAreRetriedWithTheSameIdempotencyKey)
{
    int count = 0;
    server.setHandler([&count](const StubServer::Request &) {
        ++count;
        if (count == 1)
            return Answer::error(500, u"internal_error"_s, u"boom"_s);
        if (count == 2)
            return Answer::error(502, u"internal_error"_s, u"gateway"_s);
        return Answer::json(201, runJson(u"run_bbbbbbbbbbbbbbbb"_s, u"queued"_s, 0));
    });
    RunsClient client(settingsFor(server));
    const Result<spool::Run> run = await(client.submit(smallRequest()));
    ASSERT_TRUE(run.ok()) << run.error().message.toStdString();
    EXPECT_EQ(run->id, u"run_bbbbbbbbbbbbbbbb"_s);
    ASSERT_EQ(server.requests().size(), 3);
    const QByteArray key = keyOf(server.requests().at(0));
    EXPECT_FALSE(key.isEmpty());
    EXPECT_EQ(keyOf(server.requests().at(1)), key);
    EXPECT_EQ(keyOf(server.requests().at(2)), key);
    // The whole body is the same bytes each time.
    EXPECT_EQ(server.requests().at(2).body, server.requests().at(0).body);
}

TEST_F(RunsClientTest, RetriesAreBoundedAndTheLastErrorKeepsItsStatus)
{
    server.setHandler([](const StubServer::Request &) {
        return Answer::error(500, u"internal_error"_s, u"the disk is full"_s);
    });
    RunsClient client(settingsFor(server));
    const Result<spool::Run> run = await(client.run(u"run_cccccccccccccccc"_s));
    ASSERT_FALSE(run.ok());
    EXPECT_EQ(run.error().kind, u"internal_error"_s);
    EXPECT_EQ(run.error().message, u"the disk is full"_s);
    EXPECT_EQ(run.error().httpStatus, 500);
    EXPECT_EQ(server.requests().size(), 4);
}

TEST_F(RunsClientTest, TooManyRequestsWaitsForRetryAfter)
{
    int count = 0;
    server.setHandler([&count](const StubServer::Request &) {
        if (++count == 1) {
            Answer answer = Answer::error(429, u"rate_limited"_s, u"slow down"_s);
            answer.headers.append(std::pair<QByteArray, QByteArray>{"Retry-After", "1"});
            return answer;
        }
        return Answer::json(200, runJson(u"run_dddddddddddddddd"_s, u"processing"_s, 10));
    });
    RunsClient client(settingsFor(server)); // backoff of 10 ms: a wait of a second is the header's
    const Result<spool::Run> run = await(client.run(u"run_dddddddddddddddd"_s));
    ASSERT_TRUE(run.ok()) << run.error().message.toStdString();
    ASSERT_EQ(server.requests().size(), 2);
    EXPECT_GE(server.requests().at(1).receivedMs - server.requests().at(0).receivedMs, 950);
}

TEST_F(RunsClientTest, RetryAfterBeyondTheLimitEndsTheCall)
{
    server.setHandler([](const StubServer::Request &) {
        Answer answer = Answer::error(429, u"rate_limited"_s, u"come back tomorrow"_s);
        answer.headers.append(std::pair<QByteArray, QByteArray>{"Retry-After", "86400"});
        return answer;
    });
    RunsClient client(settingsFor(server));
    const Result<spool::Run> run = await(client.run(u"run_dddddddddddddddd"_s));
    ASSERT_FALSE(run.ok());
    EXPECT_EQ(run.error().kind, u"rate_limited"_s);
    EXPECT_EQ(run.error().httpStatus, 429);
    EXPECT_TRUE(run.error().message.contains(u"86400 s"_s)) << run.error().message.toStdString();
    EXPECT_EQ(server.requests().size(), 1);
}

TEST_F(RunsClientTest, DroppedConnectionsAndTruncatedBodiesAreRetried)
{
    int count = 0;
    server.setHandler([&count](const StubServer::Request &) {
        ++count;
        const Answer good = Answer::json(200,
                                         runJson(u"run_eeeeeeeeeeeeeeee"_s, u"succeeded"_s, 100));
        if (count == 1)
            return Answer::failing(Fault::Drop);
        if (count == 2) {
            Answer cut = good;
            cut.fault = Fault::Truncate;
            return cut;
        }
        if (count == 3) {
            Answer cut = good; // no length: the cut is only seen in the JSON
            cut.noLength = true;
            cut.body = cut.body.left(cut.body.size() / 2);
            return cut;
        }
        return good;
    });
    RunsClient client(settingsFor(server));
    const Result<spool::Run> run = await(client.run(u"run_eeeeeeeeeeeeeeee"_s));
    ASSERT_TRUE(run.ok()) << run.error().message.toStdString();
    EXPECT_EQ(run->lifecycle.status(), Status::Succeeded);
    // Qt's HTTP layer resends a request itself when the connection closes before an answer,
    // so the count is not the client's attempts; the good answer came after every fault.
    EXPECT_GE(server.requests().size(), 4);
}

TEST_F(RunsClientTest, ASilentServerTimesOut)
{
    server.setHandler([](const StubServer::Request &) { return Answer::failing(Fault::Silent); });
    RunsClientSettings settings = settingsFor(server);
    settings.silenceTimeoutMs = 150;
    settings.maxAttempts = 2;
    RunsClient client(settings);
    const Result<spool::Run> run = await(client.run(u"run_ffffffffffffffff"_s));
    ASSERT_FALSE(run.ok());
    EXPECT_EQ(run.error().kind, u"timeout"_s);
    EXPECT_TRUE(run.error().message.contains(u"silent for 150 ms"_s))
        << run.error().message.toStdString();
    EXPECT_EQ(server.requests().size(), 2);
}

TEST_F(RunsClientTest, AnAnswerSlowerThanTheTimeoutIsTriedAgain)
{
    int count = 0;
    server.setHandler([&count](const StubServer::Request &) {
        Answer answer = Answer::json(200, runJson(u"run_ffffffffffffffff"_s, u"queued"_s, 0));
        if (++count == 1)
            answer.delayMs = 2000;
        return answer;
    });
    RunsClientSettings settings = settingsFor(server);
    settings.silenceTimeoutMs = 200;
    RunsClient client(settings);
    const Result<spool::Run> run = await(client.run(u"run_ffffffffffffffff"_s));
    ASSERT_TRUE(run.ok()) << run.error().message.toStdString();
    EXPECT_EQ(server.requests().size(), 2);
}

TEST_F(RunsClientTest, AStoppedServerIsAConnectionFailureAfterTheRetries)
{
    RunsClientSettings settings = settingsFor(server);
    server.stop();
    RunsClient client(settings);
    const Result<spool::Run> run = await(client.run(u"run_ffffffffffffffff"_s));
    ASSERT_FALSE(run.ok());
    EXPECT_EQ(run.error().kind, u"connection_failed"_s);
    EXPECT_TRUE(run.error().message.contains(u"after 4 attempts"_s))
        << run.error().message.toStdString();
}

TEST_F(RunsClientTest, ErrorBodiesBecomeErrorsWithTheirStatus)
{
    server.setHandler([](const StubServer::Request &request) {
        if (request.path == "/runs/run_gggggggggggggggg")
            return Answer::error(404, u"run_not_found"_s, u"no run run_gggggggggggggggg"_s);
        if (request.path == "/runs") {
            return Answer::json(
                400,
                QJsonObject{{u"kind"_s, u"request_invalid"_s},
                            {u"message"_s, u"2 problems"_s},
                            {u"problems"_s,
                             QJsonArray{QJsonObject{{u"kind"_s, u"kind_unknown"_s},
                                                    {u"message"_s, u"no kind \"vidoe\""_s},
                                                    {u"path"_s, u"/tasks/0/kind"_s}},
                                        QJsonObject{{u"kind"_s, u"url_required"_s},
                                                    {u"message"_s, u"url missing"_s},
                                                    {u"path"_s, u"/tasks/1/options"_s}}}}});
        }
        if (request.path == "/tasks/task_aaaaaaaaaaaaaaaa") {
            Answer answer;
            answer.status = 401;
            answer.body = "<html>no</html>";
            return answer;
        }
        return Answer::error(402, u"payment_required"_s, u"top up"_s);
    });
    RunsClient client(settingsFor(server));

    const Result<spool::Run> missing = await(client.run(u"run_gggggggggggggggg"_s));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, u"run_not_found"_s);
    EXPECT_EQ(missing.error().message, u"no run run_gggggggggggggggg"_s);
    EXPECT_EQ(missing.error().httpStatus, 404);

    const Result<spool::Run> invalid = await(client.submit(smallRequest()));
    ASSERT_FALSE(invalid.ok());
    EXPECT_EQ(invalid.error().kind, u"request_invalid"_s);
    EXPECT_EQ(invalid.error().httpStatus, 400);
    ASSERT_EQ(invalid.error().problems.size(), 2);
    EXPECT_EQ(invalid.error().problems.at(0).path, u"/tasks/0/kind"_s);
    EXPECT_EQ(invalid.error().problems.at(1).kind, u"url_required"_s);

    const Result<Task> unauthorised = await(client.task(u"task_aaaaaaaaaaaaaaaa"_s));
    ASSERT_FALSE(unauthorised.ok());
    EXPECT_EQ(unauthorised.error().kind, u"http_error"_s);
    EXPECT_EQ(unauthorised.error().httpStatus, 401);

    const Result<Task> payment = await(client.submitTask({u"https://x/a.mp4"_s, u"video"_s, {}}));
    ASSERT_FALSE(payment.ok());
    EXPECT_EQ(payment.error().kind, u"payment_required"_s);
    EXPECT_EQ(payment.error().httpStatus, 402);
    // None of the 4xx answers was tried again.
    EXPECT_EQ(server.requests().size(), 4);
}

TEST_F(RunsClientTest, ListsFollowTheNextLinkAcrossPages)
{
    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids.append(u"run_%1"_s.arg(QString(16, QChar(u'a' + i))));
    server.setHandler([ids, this](const StubServer::Request &request) {
        const int limit = request.query.queryItemValue(u"limit"_s).toInt();
        const QString after = request.query.queryItemValue(u"after"_s);
        const int start = after.isEmpty() ? 0 : int(ids.indexOf(after)) + 1;
        QJsonArray runs;
        for (int i = start; i < start + limit && i < ids.size(); ++i)
            runs.append(runJson(ids.at(i), u"succeeded"_s, 100));
        const bool more = start + limit < ids.size();
        Answer answer = Answer::json(200, runs);
        answer.headers.append(
            std::pair<QByteArray, QByteArray>{"Has-More", more ? "true" : "false"});
        answer.headers.append(std::pair<QByteArray, QByteArray>{"Limit", QByteArray::number(limit)});
        if (more) {
            answer.headers.append({"Link",
                                   "<" + server.url().toString().toUtf8() + "/runs?after="
                                       + ids.at(start + limit - 1).toUtf8() + "&limit="
                                       + QByteArray::number(limit) + "&order=desc>; rel=\"next\""});
        }
        return answer;
    });
    RunsClient client(settingsFor(server));
    RunQuery query;
    query.limit = 2;
    query.status = Status::Succeeded;
    Result<ListPage<spool::Run>> page = await(client.runs(query));
    QStringList seen;
    int pages = 0;
    while (page.ok() && pages < 10) {
        ++pages;
        EXPECT_EQ(page->limit, 2);
        for (const spool::Run &run : page->items)
            seen.append(run.id);
        if (!page->hasMore) {
            EXPECT_TRUE(page->next.isEmpty());
            break;
        }
        page = await(client.runs(page->next));
    }
    ASSERT_TRUE(page.ok()) << page.error().message.toStdString();
    EXPECT_EQ(pages, 3);
    EXPECT_EQ(seen, ids);
    const StubServer::Request &first = server.requests().constFirst();
    EXPECT_EQ(first.query.queryItemValue(u"limit"_s), u"2"_s);
    EXPECT_EQ(first.query.queryItemValue(u"order"_s), u"desc"_s);
    EXPECT_EQ(first.query.queryItemValue(u"status"_s), u"succeeded"_s);
    EXPECT_EQ(server.requests().at(1).query.queryItemValue(u"after"_s), ids.at(1));
}

TEST_F(RunsClientTest, APageWithMoreButNoLinkContinuesAfterItsLastItem)
{
    server.setHandler([](const StubServer::Request &request) {
        if (request.query.queryItemValue(u"after"_s).isEmpty()) {
            Answer answer = Answer::json(200,
                                         QJsonArray{taskJson(u"task_aaaaaaaaaaaaaaaa"_s,
                                                             u"run_aaaaaaaaaaaaaaaa"_s,
                                                             u"video"_s,
                                                             u"queued"_s,
                                                             0)});
            answer.headers.append(std::pair<QByteArray, QByteArray>{"Has-More", "true"});
            return answer;
        }
        return Answer::json(200, QJsonArray());
    });
    RunsClient client(settingsFor(server));
    TaskQuery query;
    query.limit = 1;
    query.runId = u"run_aaaaaaaaaaaaaaaa"_s;
    query.kind = u"video"_s;
    const Result<ListPage<Task>> page = await(client.tasks(query));
    ASSERT_TRUE(page.ok()) << page.error().message.toStdString();
    ASSERT_EQ(page->items.size(), 1);
    EXPECT_EQ(page->items.constFirst().kind, u"video"_s);
    EXPECT_TRUE(page->hasMore);
    const Result<ListPage<Task>> next = await(client.tasks(page->next));
    ASSERT_TRUE(next.ok());
    EXPECT_TRUE(next->items.isEmpty());
    EXPECT_FALSE(next->hasMore);
    ASSERT_EQ(server.requests().size(), 2);
    EXPECT_EQ(server.requests().at(0).path, "/tasks");
    EXPECT_EQ(server.requests().at(0).query.queryItemValue(u"run_id"_s), u"run_aaaaaaaaaaaaaaaa"_s);
    EXPECT_EQ(server.requests().at(0).query.queryItemValue(u"kind"_s), u"video"_s);
    EXPECT_EQ(server.requests().at(1).query.queryItemValue(u"after"_s), u"task_aaaaaaaaaaaaaaaa"_s);
}

TEST_F(RunsClientTest, ALinkToAnotherOriginIsNotFollowed)
{
    RunsClient client(settingsFor(server));
    QUrl elsewhere(u"http://127.0.0.2:%1/runs?after=run_x"_s.arg(server.port()));
    const Result<ListPage<spool::Run>> page = await(client.runs(elsewhere));
    ASSERT_FALSE(page.ok());
    EXPECT_EQ(page.error().kind, u"link_invalid"_s);
    EXPECT_TRUE(server.requests().isEmpty());
}

TEST_F(RunsClientTest, CancelTellsAMissingRouteFromAMissingRun)
{
    server.setHandler([](const StubServer::Request &request) {
        if (request.path == "/runs/run_aaaaaaaaaaaaaaaa/cancel")
            return Answer::json(200, runJson(u"run_aaaaaaaaaaaaaaaa"_s, u"cancelled"_s, 40));
        if (request.path == "/runs/run_bbbbbbbbbbbbbbbb/cancel")
            return Answer::error(404, u"run_not_found"_s, u"no such run"_s);
        if (request.path == "/runs/run_cccccccccccccccc/cancel")
            return Answer::error(405, u"method_not_allowed"_s, u"no"_s);
        return Answer::error(404, u"not_found"_s, u"no route"_s);
    });
    RunsClient client(settingsFor(server));
    const Result<spool::Run> cancelled = await(client.cancel(u"run_aaaaaaaaaaaaaaaa"_s));
    ASSERT_TRUE(cancelled.ok());
    EXPECT_EQ(cancelled->lifecycle.status(), Status::Cancelled);
    EXPECT_EQ(server.requests().constFirst().method, "POST");

    const Result<spool::Run> missing = await(client.cancel(u"run_bbbbbbbbbbbbbbbb"_s));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, u"run_not_found"_s);

    for (const QString &id : {u"run_cccccccccccccccc"_s, u"run_dddddddddddddddd"_s}) {
        const Result<spool::Run> unsupported = await(client.cancel(id));
        ASSERT_FALSE(unsupported.ok());
        EXPECT_EQ(unsupported.error().kind, u"cancel_unsupported"_s);
        EXPECT_TRUE(unsupported.error().message.contains(u"no cancel route"_s));
    }
}

TEST_F(RunsClientTest, TasksAreSubmittedAndReadBack)
{
    server.setHandler([](const StubServer::Request &request) {
        const QJsonObject task = taskJson(u"task_bbbbbbbbbbbbbbbb"_s,
                                          u"run_bbbbbbbbbbbbbbbb"_s,
                                          u"image"_s,
                                          u"waiting"_s,
                                          0);
        if (request.method == "POST" && request.path == "/tasks")
            return Answer::json(201, task);
        if (request.path == "/tasks/task_bbbbbbbbbbbbbbbb")
            return Answer::json(200, task);
        return Answer::error(404, u"task_not_found"_s, u"none"_s);
    });
    RunsClient client(settingsFor(server));
    const Result<Task> created = await(client.submitTask(
        {u"https://example.com/a.mp4"_s, u"image"_s, QJsonObject{{u"format"_s, u"png"_s}}}));
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    EXPECT_EQ(created->runId, u"run_bbbbbbbbbbbbbbbb"_s);
    const QJsonObject body = QJsonDocument::fromJson(server.requests().constFirst().body).object();
    EXPECT_EQ(body.value(u"url").toString(), u"https://example.com/a.mp4"_s);
    EXPECT_EQ(body.value(u"kind").toString(), u"image"_s);
    EXPECT_EQ(body.value(u"options").toObject().value(u"format").toString(), u"png"_s);

    const Result<Task> read = await(client.task(u"task_bbbbbbbbbbbbbbbb"_s));
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->kind, u"image"_s);
    const Result<Task> missing = await(client.task(u"task_cccccccccccccccc"_s));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, u"task_not_found"_s);
    EXPECT_EQ(missing.error().httpStatus, 404);
}

TEST_F(RunsClientTest, ATaskPostIsNotSentAgainOnceTheServerMayHaveActed)
{
    int count = 0;
    server.setHandler([&count](const StubServer::Request &) {
        ++count;
        if (count == 1) {
            Answer answer = Answer::error(429, u"rate_limited"_s, u"wait"_s);
            answer.headers.append(std::pair<QByteArray, QByteArray>{"Retry-After", "0"});
            return answer;
        }
        if (count == 2) {
            // The server answered and the connection broke in the middle: it did act.
            Answer cut = Answer::json(201,
                                      taskJson(u"task_aaaaaaaaaaaaaaaa"_s,
                                               u"run_aaaaaaaaaaaaaaaa"_s,
                                               u"video"_s,
                                               u"waiting"_s,
                                               0));
            cut.fault = Fault::Truncate;
            return cut;
        }
        return Answer::error(500, u"internal_error"_s, u"boom"_s);
    });
    RunsClient client(settingsFor(server));
    const Result<Task> cut = await(client.submitTask({u"https://x/a.mp4"_s, u"video"_s, {}}));
    ASSERT_FALSE(cut.ok());
    // Qt reports a body cut short of its Content-Length as a broken connection, or at times
    // hands it over as complete: then it is not JSON. Either way it is not sent again.
    EXPECT_TRUE(cut.error().kind == u"connection_dropped" || cut.error().kind == u"response_invalid")
        << cut.error().message.toStdString();
    EXPECT_EQ(server.requests().size(), 2); // the 429 was tried again, the cut answer not

    const Result<Task> failed = await(client.submitTask({u"https://x/a.mp4"_s, u"video"_s, {}}));
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().kind, u"internal_error"_s);
    EXPECT_EQ(server.requests().size(), 3);

    // The same faults on a GET are tried again.
    count = 1;
    const Result<Task> read = await(client.task(u"task_aaaaaaaaaaaaaaaa"_s));
    EXPECT_FALSE(read.ok());
    // Every one of the 4 attempts reached the server (Qt may add a resend of the cut answer).
    EXPECT_GE(server.requests().size(), 3 + 4);
}

TEST_F(RunsClientTest, ATlsErrorEndsTheCallAndIsNeverIgnored)
{
    if (!QSslSocket::supportsSsl())
        GTEST_SKIP() << "Qt has no TLS backend here";
    // A server whose certificate nobody vouches for: the client must refuse it.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString keyPath = dir.filePath(u"key.pem"_s);
    const QString certPath = dir.filePath(u"cert.pem"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  {u"req"_s,
                   u"-x509"_s,
                   u"-newkey"_s,
                   u"rsa:2048"_s,
                   u"-nodes"_s,
                   u"-days"_s,
                   u"1"_s,
                   u"-subj"_s,
                   u"/CN=127.0.0.1"_s,
                   u"-keyout"_s,
                   keyPath,
                   u"-out"_s,
                   certPath});
    ASSERT_TRUE(openssl.waitForFinished(60000));
    ASSERT_EQ(openssl.exitCode(), 0) << openssl.readAllStandardError().toStdString();
    QFile keyFile(keyPath);
    QFile certFile(certPath);
    ASSERT_TRUE(keyFile.open(QIODevice::ReadOnly));
    ASSERT_TRUE(certFile.open(QIODevice::ReadOnly));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(certFile.readAll()));
    configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    QSslServer tls;
    tls.setSslConfiguration(configuration);
    ASSERT_TRUE(tls.listen(QHostAddress::LocalHost, 0));
    int handshakes = 0;
    QObject::connect(&tls, &QSslServer::startedEncryptionHandshake, &tls, [&handshakes] {
        ++handshakes;
    });

    RunsClientSettings settings = settingsFor(server);
    settings.endpoint = QUrl(u"https://127.0.0.1:%1"_s.arg(tls.serverPort()));
    RunsClient client(settings);
    const Result<spool::Run> run = await(client.run(u"run_aaaaaaaaaaaaaaaa"_s));
    ASSERT_FALSE(run.ok());
    EXPECT_EQ(run.error().kind, u"tls_failed"_s) << run.error().message.toStdString();
    EXPECT_TRUE(run.error().message.contains(u"127.0.0.1"_s));
    EXPECT_EQ(handshakes, 1); // not tried again
}

QMutex logMutex;
QString logged;
QtMessageHandler previousHandler = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        logged += message + u'\n';
    }
    Q_UNUSED(type);
    Q_UNUSED(context);
}

TEST_F(RunsClientTest, TheKeyIsInNoLogLineAndNoError)
{
    int count = 0;
    server.setHandler([&count](const StubServer::Request &) {
        ++count;
        if (count <= 2)
            return Answer::error(503, u"internal_error"_s, u"busy"_s);
        if (count == 3)
            return Answer::failing(Fault::Drop);
        return Answer::json(201, runJson(u"run_aaaaaaaaaaaaaaaa"_s, u"waiting"_s, 0));
    });
    logged.clear();
    QLoggingCategory::setFilterRules(u"spool.remote.debug=true"_s);
    previousHandler = qInstallMessageHandler(captureLog);
    QStringList messages;
    {
        RunsClient client(settingsFor(server));
        const Result<spool::Run> run = await(client.submit(smallRequest()));
        EXPECT_TRUE(run.ok());
        const Result<spool::Run> missing = await(client.cancel(u"run_zzzzzzzzzzzzzzzz"_s));
        messages.append(missing.ok() ? QString() : missing.error().message);
        server.stop();
        const Result<spool::Run> gone = await(client.run(u"run_aaaaaaaaaaaaaaaa"_s));
        ASSERT_FALSE(gone.ok());
        messages.append(gone.error().message);
    }
    qInstallMessageHandler(previousHandler);
    QLoggingCategory::setFilterRules(QString());
    // The log did record the calls, so its silence about the key means something.
    EXPECT_TRUE(logged.contains(u"POST http://127.0.0.1"_s)) << logged.toStdString();
    EXPECT_TRUE(logged.contains(u"trying again"_s));
    EXPECT_FALSE(logged.contains(QString::fromLatin1(Key)));
    for (const QString &message : messages)
        EXPECT_FALSE(message.contains(QString::fromLatin1(Key)));
    EXPECT_EQ(server.requests().constFirst().headers.value("authorization"), "Bearer " + Key);
}

} // namespace
} // namespace spool::test
