#include "testdata.h"

#include <runtime/executorregistry.h>
#include <runtime/runengine.h>

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <atomic>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

namespace {

// What the test executors saw: how many ran at once, and when each started and ended.
struct Probe
{
    std::atomic_int running{0};
    std::atomic_int maxRunning{0};
    QMutex mutex;
    QStringList order; // "start:<kind>" / "end:<kind>"

    void started(const QString &kind)
    {
        const int now = ++running;
        int seen = maxRunning.load();
        while (now > seen && !maxRunning.compare_exchange_weak(seen, now)) {
        }
        const QMutexLocker locker(&mutex);
        order.append(u"start:"_s + kind);
    }
    void ended(const QString &kind)
    {
        --running;
        const QMutexLocker locker(&mutex);
        order.append(u"end:"_s + kind);
    }
    qsizetype position(const QString &entry)
    {
        const QMutexLocker locker(&mutex);
        return order.indexOf(entry);
    }
};

MediaFile fakeVideo()
{
    return MediaFile{u"/media/in.mp4"_s,
                     QJsonObject{{u"kind"_s, u"video"_s},
                                 {u"mimetype"_s, u"video/mp4"_s},
                                 {u"format"_s, u"mp4"_s},
                                 {u"filename"_s, u"in.mp4"_s},
                                 {u"filesize"_s, 1000},
                                 {u"width"_s, 1920},
                                 {u"height"_s, 1080},
                                 {u"duration"_s, 10.0},
                                 {u"fps"_s, 25}}};
}

// An ingest that fetches nothing: it reports a 1080p video, or fails for the url "fail".
class FakeIngest : public TaskExecutor
{
public:
    Result<TaskOutcome> execute(TaskContext &context) const override
    {
        if (context.options.value(u"url").toString() == u"fail")
            return Error{u"file_not_found"_s, u"there is no such file"_s};
        TaskOutcome outcome;
        MediaFile file = fakeVideo();
        file.properties.insert(u"filename"_s, context.options.value(u"url").toString());
        outcome.primary = file;
        return outcome;
    }
};

// Works for `millis`, in steps, watching the cancel token; optionally writes a file or fails.
class Work : public TaskExecutor
{
public:
    enum class Ending { Succeed, Fail };

    Work(Probe *probe, int millis, Ending ending = Ending::Succeed, bool writesFile = false)
        : m_probe(probe)
        , m_millis(millis)
        , m_ending(ending)
        , m_writesFile(writesFile)
    {}

    Result<TaskOutcome> execute(TaskContext &context) const override
    {
        const QString kind = context.options.value(u"format").toString(u"work"_s);
        m_probe->started(kind);
        TaskOutcome outcome;
        QFile partial(context.temporaryPath(u"out.bin"_s));
        if (m_writesFile) {
            partial.open(QIODevice::WriteOnly);
            partial.write("partial");
            partial.flush();
        }
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < m_millis) {
            if (context.cancel.isCancelled()) {
                m_probe->ended(kind);
                return Error{u"cancelled"_s, u"cancelled"_s};
            }
            context.progress->report(double(timer.elapsed()) / m_millis);
            QThread::msleep(5);
        }
        m_probe->ended(kind);
        if (m_ending == Ending::Fail) {
            return Error{u"encoder_failed"_s, u"the test executor fails on purpose"_s};
        }
        if (m_writesFile) {
            partial.close();
            outcome.files.append({partial.fileName(), context.finalPath(u"out.bin"_s)});
            OutputEntry entry;
            entry.kind = u"source"_s;
            entry.url = context.finalPath(u"out.bin"_s);
            outcome.outputs.append(entry);
        }
        outcome.primary = context.input;
        return outcome;
    }

private:
    Probe *m_probe;
    int m_millis;
    Ending m_ending;
    bool m_writesFile;
};

class Harness
{
public:
    Harness()
        : m_registry(std::make_shared<ExecutorRegistry>())
    {
        m_registry->add(u"ingest"_s, std::make_shared<FakeIngest>());
    }

    ExecutorRegistry &registry() { return *m_registry; }

    spool::Run run(const QByteArray &json, int threads = 4, std::optional<QString> input = {})
    {
        RunEngine engine(m_registry, threads);
        QObject::connect(&engine, &RunEngine::eventRecorded, &engine, [this](const RunEvent &event) {
            events.append(event);
        });
        QEventLoop loop;
        std::optional<spool::Run> finished;
        QObject::connect(&engine, &RunEngine::runFinished, &loop, [&](const spool::Run &run) {
            finished = run;
            loop.quit();
        });
        RunOptions options;
        options.workspace = workspace.path();
        options.input = input;
        const Result<RunRequest> request = RunRequest::fromText(json);
        EXPECT_TRUE(request.ok());
        const Result<QString> id = engine.start(*request, options);
        EXPECT_TRUE(id.ok()) << (id.ok() ? std::string() : id.error().message.toStdString());
        if (!id.ok())
            return spool::Run();
        if (onStarted)
            onStarted(engine, *id);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        if (!finished)
            loop.exec();
        EXPECT_TRUE(finished.has_value()) << "the run did not finish in 20 s";
        return finished.value_or(spool::Run());
    }

    QList<RunEvent> events;
    QTemporaryDir workspace;
    std::function<void(RunEngine &, const QString &)> onStarted;

private:
    std::shared_ptr<ExecutorRegistry> m_registry;
};

const Task *taskOfKind(const spool::Run &run, const QString &kind, const QString &format = {})
{
    for (const Task &task : run.tasks) {
        if (task.kind == kind
            && (format.isEmpty() || task.options.value(u"format").toString() == format))
            return &task;
    }
    return nullptr;
}

} // namespace

TEST(RunEngine, SiblingsRunInParallelUpToTheThreadCount)
{
    Probe probe;
    Harness harness;
    harness.registry().add(u"video"_s, std::make_shared<Work>(&probe, 300));
    const QByteArray request = R"({"tasks": [{"kind": "ingest", "options": {"url": "in.mp4"},
        "next": [{"kind": "video"}, {"kind": "video"}, {"kind": "video"}, {"kind": "video"}]}]})";
    // The wall time against one after another: latency_bench prints the figure.
    const spool::Run run = harness.run(request, 4);
    EXPECT_EQ(run.lifecycle.status(), Status::Succeeded);
    EXPECT_EQ(probe.maxRunning.load(), 4) << "four siblings overlapped";

    Probe limited;
    Harness two;
    two.registry().add(u"video"_s, std::make_shared<Work>(&limited, 100));
    EXPECT_EQ(two.run(request, 2).lifecycle.status(), Status::Succeeded);
    EXPECT_EQ(limited.maxRunning.load(), 2) << "never more than two workers";
}

TEST(RunEngine, NextTasksStartAfterTheirParentSucceeded)
{
    Probe probe;
    Harness harness;
    harness.registry().add(u"video"_s, std::make_shared<Work>(&probe, 50));
    harness.registry().add(u"image"_s, std::make_shared<Work>(&probe, 10));
    const spool::Run run = harness.run(R"({"tasks": [{"kind": "ingest", "options": {"url": "a"},
        "next": [{"kind": "video", "options": {"format": "mp4"},
                  "next": [{"kind": "image", "options": {"format": "png"}}]}]}]})");
    ASSERT_EQ(run.lifecycle.status(), Status::Succeeded);
    EXPECT_LT(probe.position(u"end:mp4"_s), probe.position(u"start:png"_s));
    const Task *video = taskOfKind(run, u"video"_s);
    const Task *image = taskOfKind(run, u"image"_s);
    ASSERT_TRUE(video && image);
    EXPECT_EQ(image->parentId, video->id);
    ASSERT_EQ(image->inputs.size(), 1) << "a child's input is its parent's output";
    EXPECT_EQ(image->inputs[0].width, 1920);
    EXPECT_EQ(run.progress, 100);
}

TEST(RunEngine, AFailedTaskStopsItsBranchOnly)
{
    Probe probe;
    Harness harness;
    harness.registry().add(u"video"_s, std::make_shared<Work>(&probe, 20, Work::Ending::Fail));
    harness.registry().add(u"audio"_s, std::make_shared<Work>(&probe, 100));
    harness.registry().add(u"image"_s, std::make_shared<Work>(&probe, 10));
    const spool::Run run = harness.run(R"({"tasks": [{"kind": "ingest", "options": {"url": "a"},
        "next": [{"kind": "video", "next": [{"kind": "image"}]},
                 {"kind": "audio"}]}]})");
    EXPECT_EQ(run.lifecycle.status(), Status::Failed);
    ASSERT_TRUE(run.lifecycle.error().has_value());
    EXPECT_EQ(run.lifecycle.error()->kind, u"encoder_failed");
    EXPECT_EQ(taskOfKind(run, u"image"_s), nullptr) << "the failed task's next is never created";
    ASSERT_NE(taskOfKind(run, u"audio"_s), nullptr);
    EXPECT_EQ(taskOfKind(run, u"audio"_s)->lifecycle.status(), Status::Succeeded)
        << "the other branch goes on";
    EXPECT_EQ(taskOfKind(run, u"video"_s)->lifecycle.error()->kind, u"encoder_failed");
    EXPECT_EQ(run.progress, 100) << "tasks never created count as done";
}

TEST(RunEngine, StatusesOnlyMoveForwardInTheEventLog)
{
    Probe probe;
    Harness harness;
    harness.registry().add(u"video"_s, std::make_shared<Work>(&probe, 120));
    harness.registry().add(u"audio"_s, std::make_shared<Work>(&probe, 10, Work::Ending::Fail));
    const spool::Run run = harness.run(R"({"tasks": [{"kind": "ingest", "options": {"url": "a"},
        "next": [{"kind": "video"}, {"kind": "audio"}, {"kind": "video"}]}]})");
    ASSERT_EQ(run.lifecycle.status(), Status::Failed);

    QHash<QString, QList<Status>> seen;
    QStringList runKinds;
    int progressEvents = 0;
    for (const RunEvent &event : std::as_const(harness.events)) {
        const std::optional<Status> status = statusFromName(event.data.value(u"status").toString());
        ASSERT_TRUE(status.has_value());
        const QString key = event.taskId.isEmpty() ? event.runId : event.taskId;
        QList<Status> &statuses = seen[key];
        if (!statuses.isEmpty() && statuses.last() == *status) {
            ++progressEvents; // an update of progress within a status
            continue;
        }
        if (!statuses.isEmpty()) {
            EXPECT_TRUE(canTransition(statuses.last(), *status))
                << statusName(statuses.last()).toStdString() << " -> "
                << statusName(*status).toStdString();
        }
        statuses.append(*status);
        if (event.taskId.isEmpty())
            runKinds.append(event.kind);
    }
    EXPECT_EQ(seen.value(run.id),
              (QList<Status>{Status::Waiting,
                             Status::Validating,
                             Status::Queued,
                             Status::Processing,
                             Status::Finishing,
                             Status::Failed}));
    EXPECT_EQ(runKinds.first(), u"run.created");
    EXPECT_EQ(runKinds.last(), u"run.failed");
    const Task *video = taskOfKind(run, u"video"_s);
    EXPECT_EQ(seen.value(video->id),
              (QList<Status>{Status::Waiting,
                             Status::Validating,
                             Status::Queued,
                             Status::Processing,
                             Status::Finishing,
                             Status::Succeeded}));
    EXPECT_EQ(seen.value(taskOfKind(run, u"audio"_s)->id).last(), Status::Failed);
    EXPECT_GT(progressEvents, 0) << "progress is reported";
    EXPECT_LE(progressEvents, 2 * 2 * 120 / 50 + 4) << "and throttled to about 20 a second";
    EXPECT_TRUE(video->lifecycle.startedAt() && video->lifecycle.finishedAt());
}

TEST(RunEngine, CancellingStopsWorkAndRemovesPartialFiles)
{
    Probe probe;
    Harness harness;
    harness.registry().add(u"video"_s,
                           std::make_shared<Work>(&probe, 20000, Work::Ending::Succeed, true));
    harness.registry().add(u"image"_s, std::make_shared<Work>(&probe, 10));
    // How soon after the cancel the run ends: latency_bench prints the figure. The run
    // ends (20 s of work otherwise, the harness's own limit) Cancelled.
    harness.onStarted = [&](RunEngine &engine, const QString &runId) {
        QTimer::singleShot(300, &engine, [&engine, runId] { engine.cancel(runId); });
    };
    const spool::Run run = harness.run(R"({"tasks": [{"kind": "ingest", "options": {"url": "a"},
        "next": [{"kind": "video", "next": [{"kind": "image"}]}]}]})");
    EXPECT_EQ(run.lifecycle.status(), Status::Cancelled);
    const Task *video = taskOfKind(run, u"video"_s);
    ASSERT_NE(video, nullptr);
    EXPECT_EQ(video->lifecycle.status(), Status::Cancelled);
    EXPECT_TRUE(video->outputs.isEmpty());
    EXPECT_EQ(taskOfKind(run, u"image"_s), nullptr);
    const QDir taskDir(harness.workspace.path() + u"/runs/"_s + run.id + u'/' + video->id);
    EXPECT_TRUE(taskDir.entryList(QDir::Files | QDir::Hidden).isEmpty())
        << taskDir.entryList(QDir::Files | QDir::Hidden).join(u", "_s).toStdString();
}

TEST(RunEngine, OutputsArePutInPlaceWhileFinishing)
{
    Probe probe;
    Harness harness;
    harness.registry().add(u"video"_s,
                           std::make_shared<Work>(&probe, 10, Work::Ending::Succeed, true));
    harness.registry().add(u"audio"_s, std::make_shared<Work>(&probe, 10, Work::Ending::Fail, true));
    const spool::Run run = harness.run(R"({"tasks": [{"kind": "ingest", "options": {"url": "a"},
        "next": [{"kind": "video"}, {"kind": "audio"}]}]})");
    const Task *video = taskOfKind(run, u"video"_s);
    const Task *audio = taskOfKind(run, u"audio"_s);
    const QString runDir = harness.workspace.path() + u"/runs/"_s + run.id;
    EXPECT_TRUE(QFile::exists(runDir + u'/' + video->id + u"/out.bin"_s));
    EXPECT_FALSE(QFile::exists(runDir + u'/' + video->id + u"/.partial-out.bin"_s));
    EXPECT_TRUE(QDir(runDir + u'/' + audio->id).entryList(QDir::Files | QDir::Hidden).isEmpty())
        << "a failed task leaves no partial file";
    ASSERT_TRUE(QFile::exists(runDir + u"/run.json"_s));
    QFile manifest(runDir + u"/run.json"_s);
    ASSERT_TRUE(manifest.open(QIODevice::ReadOnly));
    const Result<spool::Run> written = spool::Run::fromJson(test::object(manifest.readAll()));
    ASSERT_TRUE(written.ok());
    EXPECT_EQ(written->lifecycle.status(), Status::Failed);
    EXPECT_EQ(written->tasks.size(), 3);
}

TEST(RunEngine, FlatFormTasksTakeTheRootIngestsFile)
{
    Probe probe;
    Harness harness;
    harness.registry().add(u"video"_s, std::make_shared<Work>(&probe, 10));
    harness.registry().add(u"speech"_s, std::make_shared<Work>(&probe, 10));
    const spool::Run run = harness.run(
        R"({"tasks": [{"kind": "ingest", "options": {"url": "talk.mp4"}},
        {"kind": "video"}, {"kind": "speech"}]})");
    ASSERT_EQ(run.lifecycle.status(), Status::Succeeded);
    ASSERT_EQ(run.tasks.size(), 3);
    const Task *ingest = taskOfKind(run, u"ingest"_s);
    for (const QString &kind : {u"video"_s, u"speech"_s}) {
        const Task *task = taskOfKind(run, kind);
        ASSERT_NE(task, nullptr);
        EXPECT_FALSE(task->parentId.has_value()) << "still a top-level task";
        EXPECT_GT(*task->lifecycle.createdAt() + 1, *ingest->lifecycle.finishedAt());
        ASSERT_EQ(task->inputs.size(), 1);
        EXPECT_EQ(task->inputs[0].extra.value(u"filename").toString(), u"talk.mp4");
    }
}

TEST(RunEngine, FlatFormTasksAreNeverCreatedWhenTheIngestFails)
{
    Probe probe;
    Harness harness;
    harness.registry().add(u"video"_s, std::make_shared<Work>(&probe, 10));
    const spool::Run run = harness.run(R"({"tasks": [{"kind": "ingest", "options": {"url": "fail"}},
        {"kind": "video"}]})");
    EXPECT_EQ(run.lifecycle.status(), Status::Failed);
    EXPECT_EQ(run.tasks.size(), 1);
    EXPECT_EQ(run.tasks[0].lifecycle.error()->kind, u"file_not_found");
}

TEST(RunEngine, AnInputReplacesTheIngestOrIsIngestedFirst)
{
    Probe probe;
    Harness harness;
    harness.registry().add(u"video"_s, std::make_shared<Work>(&probe, 10));
    spool::Run run = harness.run(R"({"tasks": [{"kind": "ingest", "options": {"url": "old.mp4"},
        "next": [{"kind": "video"}]}]})",
                                 2,
                                 u"new.mp4"_s);
    ASSERT_EQ(run.lifecycle.status(), Status::Succeeded);
    EXPECT_EQ(taskOfKind(run, u"ingest"_s)->options.value(u"url").toString(), u"new.mp4");

    run = harness.run(R"({"tasks": [{"kind": "video"}]})", 2, u"other.mp4"_s);
    ASSERT_EQ(run.lifecycle.status(), Status::Succeeded);
    ASSERT_EQ(run.tasks.size(), 2);
    EXPECT_EQ(run.tasks[0].kind, u"ingest");
    EXPECT_EQ(taskOfKind(run, u"video"_s)->inputs[0].extra.value(u"filename").toString(),
              u"other.mp4");
}

TEST(RunEngine, InvalidRequestsAreRefusedWithEveryProblem)
{
    Harness harness;
    RunEngine engine(std::make_shared<ExecutorRegistry>(), 1);
    const Result<RunRequest> request = RunRequest::fromText(
        R"({"tasks": [{"kind": "ingest", "options": {"url": "a"}, "next": [{"kind": "video"}]}]})");
    RunOptions options;
    options.workspace = harness.workspace.path();
    const Result<QString> started = engine.start(*request, options);
    ASSERT_FALSE(started.ok());
    EXPECT_EQ(started.error().kind, u"request_invalid");
    EXPECT_TRUE(started.error().message.contains(u"/tasks/0/kind"));
    EXPECT_TRUE(started.error().message.contains(u"/tasks/0/next/0/kind"));
}

TEST(RunEngine, ProgressNeverGoesDown)
{
    Probe probe;
    Harness harness;
    harness.registry().add(u"video"_s, std::make_shared<Work>(&probe, 150));
    RunEngine engine(std::make_shared<ExecutorRegistry>(harness.registry()), 2);
    QList<int> seen;
    QObject::connect(&engine, &RunEngine::runProgressChanged, &engine, [&](const QString &, int p) {
        seen.append(p);
    });
    QEventLoop loop;
    QObject::connect(&engine, &RunEngine::runFinished, &loop, &QEventLoop::quit);
    RunOptions options;
    options.workspace = harness.workspace.path();
    ASSERT_TRUE(engine
                    .start(*RunRequest::fromText(R"({"tasks": [{"kind": "ingest",
        "options": {"url": "a"}, "next": [{"kind": "video", "next": [{"kind": "video"}]},
        {"kind": "video"}]}]})"),
                           options)
                    .ok());
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    ASSERT_FALSE(seen.isEmpty());
    EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
    EXPECT_EQ(seen.last(), 100);
}

TEST(ArtifactCache, ComputesOncePerKeyForConcurrentTasks)
{
    ArtifactCache cache;
    std::atomic_int computations{0};
    QList<QThread *> threads;
    std::atomic_int computedHere{0};
    for (int i = 0; i < 8; ++i) {
        threads.append(QThread::create([&] {
            bool computed = false;
            const Result<QVariant> value = cache.obtain(
                u"transcript:/in.mp4"_s,
                [&]() -> Result<QVariant> {
                    ++computations;
                    QThread::msleep(100);
                    return QVariant(42);
                },
                &computed);
            EXPECT_EQ(value->toInt(), 42);
            computedHere += computed ? 1 : 0;
        }));
        threads.last()->start();
    }
    for (QThread *thread : threads) {
        thread->wait();
        delete thread;
    }
    EXPECT_EQ(computations.load(), 1);
    EXPECT_EQ(computedHere.load(), 1);
    EXPECT_TRUE(cache.contains(u"transcript:/in.mp4"_s));
}

TEST(ProgressReporter, SendsWholePercentsForwardAndThrottles)
{
    QList<int> sent;
    ProgressReporter reporter([&](int percent) { sent.append(percent); });
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i <= 1000; ++i)
        reporter.report(i / 1000.0);
    const qint64 elapsed = timer.elapsed();
    ASSERT_FALSE(sent.isEmpty());
    EXPECT_EQ(sent.last(), 100) << "100 % always goes through";
    // One report per interval at most, plus the first and the final 100 %.
    EXPECT_LE(sent.size(), elapsed / ProgressReporter::MinIntervalMs + 2)
        << "a burst of reports is throttled";
    EXPECT_TRUE(std::is_sorted(sent.begin(), sent.end()));
    reporter.report(0.5);
    EXPECT_EQ(sent.last(), 100) << "progress never goes back";
}

// Events carry what changed, not the request: the request's metadata is kept once, in the run
// record, and no event repeats it or a task's options and metadata.
TEST(RunEngine, EventsDoNotRepeatTheRequest)
{
    Probe probe;
    Harness harness;
    harness.registry().add(u"video"_s, std::make_shared<Work>(&probe, 5));
    const QByteArray marker = "metadata-that-must-appear-once";
    const spool::Run run = harness.run(R"({"metadata": {"note": ")" + marker
                                       + R"("}, "tasks": [{"kind": "ingest", "options":
        {"url": "a"}, "metadata": {"task_note": ")"
                                       + marker + R"("}, "next": [{"kind": "video",
        "options": {"width": 64}, "metadata": {"task_note": ")"
                                       + marker + R"("}}]}]})");
    ASSERT_EQ(run.lifecycle.status(), Status::Succeeded);
    EXPECT_EQ(run.metadata.value(u"note").toString(), QString::fromLatin1(marker));
    EXPECT_EQ(taskOfKind(run, u"video"_s)->options.value(u"width").toInt(), 64);
    ASSERT_GT(harness.events.size(), 10);
    for (const RunEvent &event : std::as_const(harness.events)) {
        const QByteArray text = QJsonDocument(event.data).toJson(QJsonDocument::Compact);
        EXPECT_FALSE(text.contains(marker))
            << event.kind.toStdString() << ": " << text.toStdString();
        EXPECT_FALSE(event.data.contains(u"options"_s)) << event.kind.toStdString();
        EXPECT_FALSE(event.data.value(u"status").toString().isEmpty()) << event.kind.toStdString();
    }
}

namespace {

QByteArray wideRequest(int children)
{
    QByteArray json = R"({"tasks": [{"kind": "ingest", "options": {"url": "in.mp4"}, "next": [)";
    for (int i = 0; i < children; ++i)
        json += i == 0 ? R"({"kind": "video"})" : R"(, {"kind": "video"})";
    return json + "]}]}";
}

} // namespace

// Thousands of next tasks of one parent are all made, each once and in order, however many
// turns of the event loop that takes, and the run ends only after the last of them.
TEST(RunEngine, EveryOneOfThousandsOfNextTasksIsCreatedAndRun)
{
    Probe probe;
    Harness harness;
    harness.registry().add(u"video"_s, std::make_shared<Work>(&probe, 0));
    constexpr int Children = 5000;
    const spool::Run run = harness.run(wideRequest(Children));
    EXPECT_EQ(run.lifecycle.status(), Status::Succeeded);
    ASSERT_EQ(run.tasks.size(), Children + 1);
    QSet<QString> ids;
    for (const Task &task : run.tasks) {
        EXPECT_EQ(task.lifecycle.status(), Status::Succeeded) << task.id.toStdString();
        ids.insert(task.id);
    }
    EXPECT_EQ(ids.size(), Children + 1);
    int created = 0;
    for (const RunEvent &event : harness.events)
        created += event.kind == u"task.created" ? 1 : 0;
    EXPECT_EQ(created, Children + 1);
    EXPECT_EQ(run.progress, 100);
}

// Cancelling while a parent's thousands of next tasks are being made makes no more of them:
// the cancel costs what the tasks made so far cost, not the whole run, and the run ends
// cancelled with its progress complete.
TEST(RunEngine, CancellingWhileNextTasksAreMadeMakesNoMore)
{
    Probe probe;
    Harness harness;
    harness.registry().add(u"video"_s, std::make_shared<Work>(&probe, 0));
    harness.onStarted = [](RunEngine &engine, const QString &runId) {
        QObject::connect(&engine,
                         &RunEngine::taskChanged,
                         &engine,
                         [&engine, runId](const QString &, const Task &task) {
                             if (task.kind == u"video")
                                 engine.cancel(runId);
                         });
    };
    const spool::Run run = harness.run(wideRequest(5000));
    EXPECT_EQ(run.lifecycle.status(), Status::Cancelled);
    EXPECT_EQ(run.tasks.size(), 2) << "the ingest, and the one video task made before the cancel";
    for (const Task &task : run.tasks)
        EXPECT_TRUE(isTerminal(task.lifecycle.status())) << task.id.toStdString();
    EXPECT_EQ(run.progress, 100);
}
