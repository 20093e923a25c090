#include "testdata.h"

#include <runtime/executorregistry.h>
#include <runtime/localrunservice.h>
#include <runtime/workspace.h>
#include <store/runstore.h>

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <latch>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

namespace {

// An ingest that reads nothing: it reports a 1080p video of ten seconds.
class FakeIngest : public TaskExecutor
{
public:
    explicit FakeIngest(std::atomic_int *runs = nullptr)
        : m_runs(runs)
    {}

    Result<TaskOutcome> execute(TaskContext &context) const override
    {
        if (m_runs)
            ++*m_runs;
        context.log->add(u"ingested "_s + context.options.value(u"url").toString());
        TaskOutcome outcome;
        outcome.primary = MediaFile{u"/media/in.mp4"_s,
                                    QJsonObject{{u"kind"_s, u"video"_s},
                                                {u"width"_s, 1920},
                                                {u"height"_s, 1080},
                                                {u"duration"_s, 10.0}}};
        return outcome;
    }

private:
    std::atomic_int *m_runs;
};

class PassOn : public TaskExecutor
{
public:
    Result<TaskOutcome> execute(TaskContext &context) const override
    {
        context.log->add(u"passed on"_s);
        TaskOutcome outcome;
        outcome.primary = context.input;
        return outcome;
    }
};

std::shared_ptr<ExecutorRegistry> registry(std::atomic_int *ingests = nullptr)
{
    auto registry = std::make_shared<ExecutorRegistry>();
    registry->add(u"ingest"_s, std::make_shared<FakeIngest>(ingests));
    registry->add(u"video"_s, std::make_shared<PassOn>());
    registry->add(u"image"_s, std::make_shared<PassOn>());
    return registry;
}

std::unique_ptr<RunStore> openStore(const Workspace &workspace)
{
    Result<std::unique_ptr<RunStore>> store = RunStore::open(workspace.databasePath());
    EXPECT_TRUE(store.ok()) << (store ? std::string() : store.error().message.toStdString());
    return store ? std::move(store).value() : nullptr;
}

RunRequest request(const QByteArray &json)
{
    Result<RunRequest> parsed = RunRequest::fromText(json);
    EXPECT_TRUE(parsed.ok());
    return parsed ? std::move(parsed).value() : RunRequest();
}

const QByteArray TwoVideos = R"({"tasks": [{"kind": "ingest", "options": {"url": "in.mp4"},
    "next": [{"kind": "video", "options": {"format": "mp4"}},
             {"kind": "video", "options": {"format": "webm"}}]}]})";

// Starts a request and waits for its run to finish; the run as runFinished() gave it.
std::optional<spool::Run> runToEnd(LocalRunService &service, const RunRequest &request)
{
    QEventLoop loop;
    std::optional<spool::Run> finished;
    QObject::connect(&service, &RunService::runFinished, &loop, [&](const spool::Run &run) {
        finished = run;
        loop.quit();
    });
    const Result<spool::Run> started = service.start(request, {}).result();
    EXPECT_TRUE(started.ok()) << (started ? std::string() : started.error().message.toStdString());
    if (!started)
        return std::nullopt;
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    if (!finished)
        loop.exec();
    return finished;
}

} // namespace

TEST(LocalRunService, SignalsComeInTheDocumentedOrder)
{
    QTemporaryDir dir;
    const Workspace workspace(dir.path());
    LocalRunService service(registry(), 2, workspace, openStore(workspace));
    // Every signal as "<signal> <subject> <status or event kind>".
    QStringList seen;
    QHash<QString, QString> lastTaskStatus;
    QObject::connect(&service, &RunService::runChanged, &service, [&](const spool::Run &run) {
        seen.append(u"run "_s + statusName(run.lifecycle.status()));
    });
    QObject::connect(&service,
                     &RunService::taskChanged,
                     &service,
                     [&](const QString &, const Task &task) {
                         seen.append(u"task "_s + statusName(task.lifecycle.status()));
                         lastTaskStatus.insert(task.id, statusName(task.lifecycle.status()));
                     });
    bool historyCompleteAtFinish = false;
    QObject::connect(&service, &RunService::eventRecorded, &service, [&](const RunEvent &event) {
        // An event follows the change it describes: the task already has that status.
        if (!event.taskId.isEmpty()) {
            EXPECT_EQ(lastTaskStatus.value(event.taskId), event.data.value(u"status"_s).toString())
                << event.kind.toStdString();
        }
        seen.append(u"event "_s + event.kind);
    });
    QObject::connect(&service, &RunService::runFinished, &service, [&](const spool::Run &run) {
        seen.append(u"finished"_s);
        // By now the history holds all of the run, and the service reads it from there.
        const Result<spool::Run> stored = service.run(run.id).result();
        const Result<QList<RunEvent>> events = service.events(run.id).result();
        historyCompleteAtFinish = stored.ok() && *stored == run && events.ok() && !events->isEmpty()
                                  && events->constLast().kind == u"run.succeeded"
                                  && service.heldCount() == 0;
    });
    const std::optional<spool::Run> run = runToEnd(service, request(TwoVideos));
    ASSERT_TRUE(run.has_value());
    ASSERT_GE(seen.size(), 4);
    EXPECT_EQ(seen.first(), u"run waiting"_s);
    EXPECT_EQ(seen.at(1), u"event run.created"_s);
    EXPECT_EQ(seen.at(seen.size() - 3), u"run succeeded"_s);
    EXPECT_EQ(seen.at(seen.size() - 2), u"event run.succeeded"_s);
    EXPECT_EQ(seen.last(), u"finished"_s);
    EXPECT_EQ(seen.count(u"finished"_s), 1);
    // Each task change is followed by its event, and each event by the next change.
    for (qsizetype i = 0; i + 1 < seen.size(); ++i) {
        if (seen.at(i).startsWith(u"task ") || seen.at(i).startsWith(u"run ")) {
            EXPECT_TRUE(seen.at(i + 1).startsWith(u"event ")) << seen.at(i).toStdString();
        }
    }
    EXPECT_TRUE(historyCompleteAtFinish);
}

TEST(LocalRunService, AnInvalidRequestListsEveryProblem)
{
    QTemporaryDir dir;
    const Workspace workspace(dir.path());
    LocalRunService service(registry(), 1, workspace, openStore(workspace));
    const Result<spool::Run> started
        = service
              .start(request(R"({"tasks": [{"kind": "ingest", "options": {"url": "a.mp4"},
                  "next": [{"kind": "video", "options": {"fps": "fast"}},
                           {"kind": "image", "options": {"width": -3}}]}]})"),
                     {})
              .result();
    ASSERT_FALSE(started.ok());
    EXPECT_EQ(started.error().kind, u"request_invalid"_s);
    ASSERT_EQ(started.error().problems.size(), 2) << started.error().message.toStdString();
    EXPECT_EQ(started.error().problems.at(0).path, u"/tasks/0/next/0/options/fps"_s);
    EXPECT_EQ(started.error().problems.at(1).path, u"/tasks/0/next/1/options/width"_s);
    for (const Error &problem : started.error().problems) {
        EXPECT_FALSE(problem.kind.isEmpty());
        EXPECT_TRUE(started.error().message.contains(problem.path + u": "_s + problem.message));
    }
    const Result<RunPage> page = service.list({}).result();
    ASSERT_TRUE(page.ok());
    EXPECT_TRUE(page->runs.isEmpty());
}

TEST(LocalRunService, ASecondStartWithTheKeyAnswersTheFirstRun)
{
    QTemporaryDir dir;
    const Workspace workspace(dir.path());
    std::atomic_int ingests{0};
    LocalRunService service(registry(&ingests), 1, workspace, openStore(workspace));
    RunRequest keyed = request(TwoVideos);
    keyed.idempotencyKey = u"upload-17"_s;
    const std::optional<spool::Run> first = runToEnd(service, keyed);
    ASSERT_TRUE(first.has_value());
    const Result<spool::Run> again = service.start(keyed, {}).result();
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->id, first->id);
    EXPECT_EQ(again->lifecycle.status(), Status::Succeeded);
    EXPECT_EQ(ingests.load(), 1);
    const Result<RunPage> page = service.list({}).result();
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page->runs.size(), 1);
    // A request refused as invalid gives its key back: the corrected one may use it.
    RunRequest invalid = request(R"({"tasks": [{"kind": "ingest"}]})");
    invalid.idempotencyKey = u"upload-18"_s;
    EXPECT_FALSE(service.start(invalid, {}).result().ok());
    RunRequest corrected = request(TwoVideos);
    corrected.idempotencyKey = u"upload-18"_s;
    const std::optional<spool::Run> second = runToEnd(service, corrected);
    ASSERT_TRUE(second.has_value());
    EXPECT_NE(second->id, first->id);
}

// Two services on their own threads, each with its own connection to one history, as two
// processes sharing a workspace: they start the same key at the same moment.
TEST(LocalRunService, TwoConnectionsRacingForAKeyStartOneRun)
{
    QTemporaryDir dir;
    const Workspace workspace(dir.path());
    openStore(workspace); // the schema exists before the race
    std::atomic_int ingests{0};
    const std::shared_ptr<ExecutorRegistry> shared = registry(&ingests);
    RunRequest keyed = request(TwoVideos);
    keyed.idempotencyKey = u"race"_s;
    constexpr int Rounds = 5;
    for (int round = 0; round < Rounds; ++round) {
        keyed.idempotencyKey = u"race-%1"_s.arg(round);
        std::latch ready(2);
        QString ids[2];
        QString errors[2];
        const auto side = [&](int which) {
            LocalRunService service(shared, 1, workspace, openStore(workspace));
            QEventLoop loop;
            QString mine;
            bool ended = false;
            QObject::connect(&service, &RunService::runFinished, &loop, [&](const spool::Run &run) {
                if (run.id == mine || mine.isEmpty()) {
                    ended = true;
                    loop.quit();
                }
            });
            ready.arrive_and_wait();
            const Result<spool::Run> started = service.start(keyed, {}).result();
            if (!started) {
                errors[which] = started.error().message;
                return;
            }
            mine = started->id;
            ids[which] = mine;
            QTimer::singleShot(20000, &loop, &QEventLoop::quit);
            if (service.activeCount() > 0 && !ended)
                loop.exec();
        };
        std::thread a(side, 0);
        std::thread b(side, 1);
        a.join();
        b.join();
        ASSERT_TRUE(errors[0].isEmpty()) << errors[0].toStdString();
        ASSERT_TRUE(errors[1].isEmpty()) << errors[1].toStdString();
        EXPECT_EQ(ids[0], ids[1]);
    }
    EXPECT_EQ(ingests.load(), Rounds);
    LocalRunService reader(shared, 1, workspace, openStore(workspace));
    RunQuery query;
    query.limit = 100;
    const Result<RunPage> page = reader.list(query).result();
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page->runs.size(), Rounds);
}

TEST(LocalRunService, AFinishedRunLeavesMemoryAndIsReadBackFromTheHistory)
{
    QTemporaryDir dir;
    const Workspace workspace(dir.path());
    LocalRunService service(registry(), 2, workspace, openStore(workspace));
    QHash<QString, QStringList> liveLogs;
    QObject::connect(&service,
                     &RunService::taskChanged,
                     &service,
                     [&](const QString &runId, const Task &task) {
                         if (task.lifecycle.status() != Status::Succeeded)
                             return;
                         const Result<QStringList> log = service.taskLog(runId, task.id).result();
                         ASSERT_TRUE(log.ok());
                         liveLogs.insert(task.id, *log);
                     });
    for (int i = 0; i < 3; ++i) {
        const std::optional<spool::Run> finished = runToEnd(service, request(TwoVideos));
        ASSERT_TRUE(finished.has_value());
        EXPECT_EQ(service.heldCount(), 0);
        const Result<spool::Run> stored = service.run(finished->id).result();
        ASSERT_TRUE(stored.ok());
        EXPECT_EQ(*stored, *finished);
        ASSERT_EQ(stored->tasks.size(), 3);
        for (const Task &task : stored->tasks) {
            const Result<QStringList> log = service.taskLog(finished->id, task.id).result();
            ASSERT_TRUE(log.ok());
            EXPECT_FALSE(log->isEmpty());
            EXPECT_EQ(*log, liveLogs.value(task.id));
        }
        const Result<QList<RunEvent>> events = service.events(finished->id).result();
        ASSERT_TRUE(events.ok());
        EXPECT_EQ(events->constFirst().kind, u"run.created"_s);
        EXPECT_EQ(events->constLast().kind, u"run.succeeded"_s);
    }
    const Result<RunPage> page = service.list({}).result();
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page->runs.size(), 3);
}

TEST(LocalRunService, AnUnknownRunIsRunNotFound)
{
    QTemporaryDir dir;
    const Workspace workspace(dir.path());
    LocalRunService service(registry(), 1, workspace, openStore(workspace));
    const QString unknown = u"run_doesnotexist"_s;
    EXPECT_EQ(service.run(unknown).result().error().kind, u"run_not_found"_s);
    EXPECT_EQ(service.cancel(unknown).result().error().kind, u"run_not_found"_s);
    EXPECT_EQ(service.events(unknown).result().error().kind, u"run_not_found"_s);
    EXPECT_EQ(service.taskLog(unknown, u"task_x"_s).result().error().kind, u"run_not_found"_s);
    const std::optional<spool::Run> finished = runToEnd(service, request(TwoVideos));
    ASSERT_TRUE(finished.has_value());
    EXPECT_EQ(service.taskLog(finished->id, u"task_x"_s).result().error().kind, u"task_not_found"_s);
}

TEST(LocalRunService, AReadOnlyServiceStartsNothing)
{
    QTemporaryDir dir;
    const Workspace workspace(dir.path());
    openStore(workspace);
    Result<std::unique_ptr<RunStore>> store = RunStore::open(workspace.databasePath(),
                                                             RunStore::Access::ReadOnly);
    ASSERT_TRUE(store.ok());
    LocalRunService service(registry(), 1, workspace, std::move(store).value());
    const Result<spool::Run> started = service.start(request(TwoVideos), {}).result();
    ASSERT_FALSE(started.ok());
    EXPECT_EQ(started.error().kind, u"history_read_only"_s);
}
