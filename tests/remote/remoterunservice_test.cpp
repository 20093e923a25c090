#include "remotetesting.h"
#include "stubserver.h"

#include <remote/remoterunservice.h>
#include <remote/runsclient.h>

#include <QJsonDocument>

#include <gtest/gtest.h>

namespace spool::test {
namespace {

using namespace Qt::Literals::StringLiterals;
using Answer = StubServer::Answer;
using Fault = StubServer::Answer::Fault;

const QString RunId = u"run_aaaaaaaaaaaaaaaa"_s;
const QString IngestId = u"task_aaaaaaaaaaaaaaaa"_s;
const QString VideoId = u"task_bbbbbbbbbbbbbbbb"_s;

RunRequest smallRequest()
{
    return RunRequest::fromText(
               R"({"tasks":[{"kind":"ingest","options":{"url":"https://example.com/a.mp4"},
                                  "next":[{"kind":"video"}]}]})")
        .value();
}

QJsonObject snapshot(const QString &status,
                     int progress,
                     const QString &ingest,
                     int ingestProgress,
                     const QString &video = {},
                     int videoProgress = 0)
{
    QJsonArray tasks;
    if (!ingest.isEmpty())
        tasks.append(taskJson(IngestId, RunId, u"ingest"_s, ingest, ingestProgress));
    if (!video.isEmpty())
        tasks.append(taskJson(VideoId, RunId, u"video"_s, video, videoProgress, IngestId));
    return runJson(RunId, status, progress, tasks);
}

/// Every signal of a service as one line, in the order they came.
class SignalLog : public QObject
{
public:
    explicit SignalLog(RunService *service)
    {
        connect(service, &RunService::runChanged, this, [this](const spool::Run &run) {
            lines.append(u"run "_s + statusName(run.lifecycle.status()));
        });
        connect(service, &RunService::taskChanged, this, [this](const QString &, const Task &task) {
            lines.append(u"task %1 %2 %3"_s.arg(task.kind, statusName(task.lifecycle.status()))
                             .arg(task.progress));
        });
        connect(service, &RunService::runProgressChanged, this, [this](const QString &, int percent) {
            lines.append(u"progress %1"_s.arg(percent));
        });
        connect(service, &RunService::eventRecorded, this, [this](const RunEvent &event) {
            events.append(event.kind);
        });
        connect(service, &RunService::runFinished, this, [this](const spool::Run &run) {
            lines.append(u"finished "_s + statusName(run.lifecycle.status()));
            finished = true;
        });
        connect(service,
                &RunService::problemOccurred,
                this,
                [this](const QString &, const Error &error) { problems.append(error.kind); });
    }

    QStringList lines;
    QStringList events;
    QStringList problems;
    bool finished = false;
};

class RemoteRunServiceTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(server.listen()); }

    std::unique_ptr<RemoteRunService> makeService(int maxAttempts = 3)
    {
        RunsClientSettings settings;
        settings.endpoint = server.url();
        settings.apiKey = "sk_test_key";
        settings.maxAttempts = maxAttempts;
        settings.initialBackoffMs = 10;
        settings.maxBackoffMs = 20;
        settings.connectTimeoutMs = 2000;
        settings.silenceTimeoutMs = 2000;
        RemotePolling polling;
        polling.fastMs = 10;
        polling.maxMs = 80;
        polling.giveUpAfterMs = 20000;
        return std::make_unique<RemoteRunService>(std::make_unique<RunsClient>(settings), polling);
    }

    /// POST /runs answers `created`; each GET of the run answers the next of `polls` (the last
    /// one again once they run out).
    void script(const QJsonObject &created, const QList<QJsonObject> &polls)
    {
        server.setHandler([this, created, polls](const StubServer::Request &request) {
            if (request.method == "POST" && request.path == "/runs")
                return Answer::json(201, created);
            if (request.method == "GET" && request.path == "/runs/" + RunId.toUtf8()) {
                const qsizetype index = std::min<qsizetype>(m_polled++, polls.size() - 1);
                return Answer::json(200, polls.at(index));
            }
            return Answer::error(404, u"not_found"_s, u"no route"_s);
        });
    }

    StubServer server;
    qsizetype m_polled = 0;
};

TEST_F(RemoteRunServiceTest, SnapshotsBecomeTheLocalEnginesSignalsInOrder)
{
    script(snapshot(u"queued"_s, 0, {}, 0),
           {snapshot(u"queued"_s, 0, u"waiting"_s, 0),
            snapshot(u"processing"_s, 25, u"processing"_s, 50),
            snapshot(u"processing"_s, 25, u"processing"_s, 50), // nothing new
            snapshot(u"processing"_s, 50, u"succeeded"_s, 100, u"processing"_s, 0),
            snapshot(u"succeeded"_s, 100, u"succeeded"_s, 100, u"succeeded"_s, 100)});
    std::unique_ptr<RemoteRunService> service = makeService();
    SignalLog log(service.get());
    const Result<spool::Run> started = await(service->start(smallRequest(), {}));
    ASSERT_TRUE(started.ok()) << started.error().message.toStdString();
    EXPECT_EQ(started->id, RunId);
    EXPECT_EQ(started->lifecycle.status(), Status::Queued);
    ASSERT_TRUE(waitUntil([&] { return log.finished; }));
    EXPECT_EQ(log.lines,
              QStringList({u"run waiting"_s,
                           u"run queued"_s,
                           u"task ingest waiting 0"_s,
                           u"task ingest processing 50"_s,
                           u"progress 25"_s,
                           u"run processing"_s,
                           u"task ingest succeeded 100"_s,
                           u"task video processing 0"_s,
                           u"progress 50"_s,
                           u"task video succeeded 100"_s,
                           u"progress 100"_s,
                           u"run succeeded"_s,
                           u"finished succeeded"_s}));
    EXPECT_EQ(log.events,
              QStringList({u"run.created"_s,
                           u"run.updated"_s,
                           u"task.created"_s,
                           u"task.updated"_s,
                           u"run.updated"_s,
                           u"task.succeeded"_s,
                           u"task.created"_s,
                           u"task.updated"_s,
                           u"task.succeeded"_s,
                           u"run.succeeded"_s}));
    EXPECT_FALSE(service->isWatching(RunId));
    const Result<QList<RunEvent>> events = await(service->events(RunId));
    ASSERT_TRUE(events.ok());
    EXPECT_EQ(events->size(), log.events.size());
    // Polling stopped with the run.
    EXPECT_EQ(service->pollIntervalMs(RunId), -1);
}

TEST_F(RemoteRunServiceTest, StaleAnswersNeverMoveAStatusOrProgressBack)
{
    script(snapshot(u"waiting"_s, 0, {}, 0),
           {snapshot(u"processing"_s, 30, u"processing"_s, 60),
            snapshot(u"queued"_s, 0, u"waiting"_s, 0),          // an older replica
            snapshot(u"processing"_s, 20, u"processing"_s, 40), // behind on progress
            snapshot(u"processing"_s, 40, u"processing"_s, 80),
            snapshot(u"validating"_s, 0, u"queued"_s, 0),
            snapshot(u"succeeded"_s, 100, u"succeeded"_s, 100)});
    std::unique_ptr<RemoteRunService> service = makeService();
    SignalLog log(service.get());
    QList<Status> runStatuses;
    QList<int> taskProgress;
    QObject::connect(service.get(),
                     &RunService::runChanged,
                     service.get(),
                     [&](const spool::Run &run) { runStatuses.append(run.lifecycle.status()); });
    QObject::connect(service.get(),
                     &RunService::taskChanged,
                     service.get(),
                     [&](const QString &, const Task &task) { taskProgress.append(task.progress); });
    ASSERT_TRUE(await(service->start(smallRequest(), {})).ok());
    ASSERT_TRUE(waitUntil([&] { return log.finished; }));
    EXPECT_EQ(runStatuses, QList<Status>({Status::Waiting, Status::Processing, Status::Succeeded}));
    EXPECT_EQ(taskProgress, QList<int>({60, 80, 100}));
    EXPECT_EQ(log.lines.count(u"progress 30"_s), 1);
    EXPECT_FALSE(log.lines.contains(u"progress 20"_s));
    // A later answer of the server that is stale too changes nothing of the merged run.
    m_polled = 1;
    const Result<spool::Run> read = await(service->run(RunId));
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->lifecycle.status(), Status::Succeeded);
}

TEST_F(RemoteRunServiceTest, AnOlderAnswerArrivingLastIsIgnored)
{
    int gets = 0;
    server.setHandler([&gets](const StubServer::Request &request) {
        if (request.method == "POST")
            return Answer::json(201, snapshot(u"waiting"_s, 0, {}, 0));
        ++gets;
        if (gets == 1) {
            // The poll's answer, made now but delivered after the next one.
            Answer late = Answer::json(200, snapshot(u"queued"_s, 0, u"queued"_s, 0));
            late.delayMs = 400;
            return late;
        }
        if (gets < 4)
            return Answer::json(200, snapshot(u"processing"_s, 50, u"processing"_s, 50));
        return Answer::json(200, snapshot(u"succeeded"_s, 100, u"succeeded"_s, 100));
    });
    std::unique_ptr<RemoteRunService> service = makeService();
    QList<Status> runStatuses;
    QList<Status> taskStatuses;
    QObject::connect(service.get(),
                     &RunService::runChanged,
                     service.get(),
                     [&](const spool::Run &run) { runStatuses.append(run.lifecycle.status()); });
    QObject::connect(service.get(),
                     &RunService::taskChanged,
                     service.get(),
                     [&](const QString &, const Task &task) {
                         taskStatuses.append(task.lifecycle.status());
                     });
    bool finished = false;
    QObject::connect(service.get(), &RunService::runFinished, service.get(), [&] {
        finished = true;
    });
    ASSERT_TRUE(await(service->start(smallRequest(), {})).ok());
    ASSERT_TRUE(waitUntil([&] { return gets >= 1; }));
    // While the poll waits for its late answer, a read of the run comes back at once.
    const Result<spool::Run> read = await(service->run(RunId));
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->lifecycle.status(), Status::Processing);
    ASSERT_TRUE(waitUntil([&] { return finished; }));
    EXPECT_EQ(runStatuses, QList<Status>({Status::Waiting, Status::Processing, Status::Succeeded}));
    EXPECT_EQ(taskStatuses, QList<Status>({Status::Processing, Status::Succeeded}));
}

TEST_F(RemoteRunServiceTest, PollingSlowsWhileNothingChangesAndQuickensOnAChange)
{
    QJsonObject current = snapshot(u"processing"_s, 10, u"processing"_s, 10);
    server.setHandler([&current](const StubServer::Request &request) {
        return request.method == "POST" ? Answer::json(201, current) : Answer::json(200, current);
    });
    std::unique_ptr<RemoteRunService> service = makeService();
    ASSERT_TRUE(await(service->start(smallRequest(), {})).ok());
    ASSERT_TRUE(waitUntil([&] { return service->pollIntervalMs(RunId) == 80; }));
    const qsizetype before = server.requests().size();
    current = snapshot(u"processing"_s, 20, u"processing"_s, 20);
    ASSERT_TRUE(waitUntil([&] { return service->pollIntervalMs(RunId) == 10; }));
    EXPECT_GT(server.requests().size(), before);
    ASSERT_TRUE(waitUntil([&] { return service->pollIntervalMs(RunId) == 80; }));
}

TEST_F(RemoteRunServiceTest, AServerThatStopsWhileARunIsWatchedIsPolledUntilItReturns)
{
    script(snapshot(u"queued"_s, 0, {}, 0), {snapshot(u"processing"_s, 50, u"processing"_s, 50)});
    std::unique_ptr<RemoteRunService> service = makeService(2);
    SignalLog log(service.get());
    ASSERT_TRUE(await(service->start(smallRequest(), {})).ok());
    ASSERT_TRUE(waitUntil([&] { return log.lines.contains(u"run processing"_s); }));
    const quint16 port = server.port();
    server.stop();
    ASSERT_TRUE(waitUntil([&] { return !log.problems.isEmpty(); }));
    EXPECT_EQ(log.problems, QStringList({u"connection_failed"_s}));
    EXPECT_TRUE(service->isWatching(RunId));
    ASSERT_TRUE(server.listen(port));
    script(snapshot(u"queued"_s, 0, {}, 0), {snapshot(u"succeeded"_s, 100, u"succeeded"_s, 100)});
    ASSERT_TRUE(waitUntil([&] { return log.finished; }));
    EXPECT_EQ(log.lines.constLast(), u"finished succeeded"_s);
    EXPECT_EQ(log.problems.size(), 1); // one report for the outage
}

TEST_F(RemoteRunServiceTest, ARunTheServerForgotEndsTheWatch)
{
    server.setHandler([](const StubServer::Request &request) {
        if (request.method == "POST")
            return Answer::json(201, snapshot(u"queued"_s, 0, {}, 0));
        return Answer::error(404, u"run_not_found"_s, u"no run"_s);
    });
    std::unique_ptr<RemoteRunService> service = makeService();
    QList<Error> ended;
    QObject::connect(service.get(),
                     &RemoteRunService::watchEnded,
                     service.get(),
                     [&](const QString &, const Error &error) { ended.append(error); });
    ASSERT_TRUE(await(service->start(smallRequest(), {})).ok());
    ASSERT_TRUE(waitUntil([&] { return !ended.isEmpty(); }));
    EXPECT_EQ(ended.constFirst().kind, u"run_not_found"_s);
    EXPECT_FALSE(service->isWatching(RunId));
}

TEST_F(RemoteRunServiceTest, CancelOnAServerWithoutTheRouteSaysWhy)
{
    server.setHandler([](const StubServer::Request &request) {
        if (request.path.endsWith("/cancel"))
            return Answer::error(404, u"not_found"_s, u"no such route"_s);
        return Answer::json(200, snapshot(u"processing"_s, 10, u"processing"_s, 10));
    });
    std::unique_ptr<RemoteRunService> service = makeService();
    EXPECT_FALSE(service->cancelUnavailableReason());
    const std::optional<QString> reason
        = await(service->probeCancel().then([](std::optional<QString> r) {
              return Result<std::optional<QString>>(r);
          })).value();
    ASSERT_TRUE(reason);
    EXPECT_TRUE(reason->contains(u"no cancel route"_s));
    const Result<spool::Run> cancelled = await(service->cancel(RunId));
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().kind, u"cancel_unsupported"_s);
    EXPECT_EQ(server.requests("POST", "/runs/" + RunId.toUtf8() + "/cancel").size(), 0);
}

TEST_F(RemoteRunServiceTest, CancelOnAServerWithTheRouteCancelsTheWatchedRun)
{
    bool cancelled = false;
    server.setHandler([&cancelled](const StubServer::Request &request) {
        if (request.method == "POST" && request.path == "/runs")
            return Answer::json(201, snapshot(u"queued"_s, 0, {}, 0));
        if (request.path == "/runs/run_0000000000000000/cancel")
            return Answer::error(404, u"run_not_found"_s, u"no run"_s);
        if (request.path.endsWith("/cancel")) {
            cancelled = true;
            return Answer::json(200, snapshot(u"cancelled"_s, 50, u"cancelled"_s, 50));
        }
        return Answer::json(200,
                            cancelled ? snapshot(u"cancelled"_s, 50, u"cancelled"_s, 50)
                                      : snapshot(u"processing"_s, 50, u"processing"_s, 50));
    });
    std::unique_ptr<RemoteRunService> service = makeService();
    SignalLog log(service.get());
    const std::optional<QString> reason
        = await(service->probeCancel().then([](std::optional<QString> r) {
              return Result<std::optional<QString>>(r);
          })).value();
    EXPECT_FALSE(reason);
    ASSERT_TRUE(await(service->start(smallRequest(), {})).ok());
    const Result<spool::Run> run = await(service->cancel(RunId));
    ASSERT_TRUE(run.ok()) << run.error().message.toStdString();
    EXPECT_EQ(run->lifecycle.status(), Status::Cancelled);
    EXPECT_TRUE(log.finished);
    EXPECT_EQ(log.lines.constLast(), u"finished cancelled"_s);
    EXPECT_EQ(log.lines.count(u"finished cancelled"_s), 1);
}

TEST_F(RemoteRunServiceTest, TheHistoryIsTheServersList)
{
    server.setHandler([](const StubServer::Request &) {
        Answer answer = Answer::json(200,
                                     QJsonArray{runJson(u"run_bbbbbbbbbbbbbbbb"_s, u"failed"_s, 100),
                                                runJson(RunId, u"succeeded"_s, 100)});
        answer.headers.append(std::pair<QByteArray, QByteArray>{"Has-More", "true"});
        answer.headers.append(std::pair<QByteArray, QByteArray>{"Limit", "2"});
        return answer;
    });
    std::unique_ptr<RemoteRunService> service = makeService();
    RunQuery query;
    query.limit = 2;
    const Result<RunPage> page = await(service->list(query));
    ASSERT_TRUE(page.ok()) << page.error().message.toStdString();
    ASSERT_EQ(page->runs.size(), 2);
    EXPECT_EQ(page->runs.at(1).id, RunId);
    EXPECT_TRUE(page->hasMore);
    EXPECT_EQ(server.requests().constFirst().path, "/runs");
    EXPECT_FALSE(await(service->events(RunId)).ok());
    EXPECT_EQ(await(service->taskLog(RunId, IngestId)).error().kind, u"task_log_unavailable"_s);
}

TEST_F(RemoteRunServiceTest, TheInputReplacesTheIngestUrlAndRelativePathsBecomeAbsolute)
{
    server.setHandler([](const StubServer::Request &) {
        return Answer::json(201, snapshot(u"succeeded"_s, 100, u"succeeded"_s, 100));
    });
    std::unique_ptr<RemoteRunService> service = makeService();
    StartOptions options;
    options.input = u"https://example.com/other.mp4"_s;
    ASSERT_TRUE(await(service->start(smallRequest(), options)).ok());
    RunRequest relative = RunRequest::fromText(
                              R"({"tasks":[{"kind":"ingest","options":{"url":"clips/a.mp4"}}]})")
                              .value();
    StartOptions local;
    local.baseDir = u"/srv/media"_s;
    ASSERT_TRUE(await(service->start(relative, local)).ok());
    ASSERT_EQ(server.requests().size(), 2);
    auto urlOf = [](const StubServer::Request &request) {
        return QJsonDocument::fromJson(request.body)
            .object()
            .value(u"tasks")
            .toArray()
            .at(0)
            .toObject()
            .value(u"options")
            .toObject()
            .value(u"url")
            .toString();
    };
    EXPECT_EQ(urlOf(server.requests().at(0)), u"https://example.com/other.mp4"_s);
    EXPECT_EQ(urlOf(server.requests().at(1)), u"/srv/media/clips/a.mp4"_s);
}

} // namespace
} // namespace spool::test
