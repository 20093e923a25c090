// Retry Failed in the engine: a run started with StartOptions::reuse takes over the tasks an
// earlier run of the same request did the same way, and runs the branches under what failed.

#include <runtime/executorregistry.h>
#include <runtime/localrunservice.h>
#include <runtime/workspace.h>
#include <store/runstore.h>

#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <atomic>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

namespace {

// How often each (kind, format) ran.
struct Counts
{
    QMutex mutex;
    QHash<QString, int> runs;
    std::atomic_int webmFailuresLeft{1};

    void count(const QString &key)
    {
        const QMutexLocker locker(&mutex);
        ++runs[key];
    }
    int of(const QString &key)
    {
        const QMutexLocker locker(&mutex);
        return runs.value(key);
    }
};

// Reports a real file of the test as a probed video with sound.
class FileIngest : public TaskExecutor
{
public:
    FileIngest(Counts *counts, QString path)
        : m_counts(counts)
        , m_path(std::move(path))
    {}
    Result<TaskOutcome> execute(TaskContext &) const override
    {
        m_counts->count(u"ingest"_s);
        const QJsonObject properties{{u"kind"_s, u"video"_s},
                                     {u"mimetype"_s, u"video/mp4"_s},
                                     {u"format"_s, u"mp4"_s},
                                     {u"filename"_s, u"in.mp4"_s},
                                     {u"filesize"_s, QFile(m_path).size()},
                                     {u"width"_s, 640},
                                     {u"height"_s, 360},
                                     {u"duration"_s, 2.5},
                                     {u"audio_codec"_s, u"aac"_s},
                                     {u"has_audio"_s, true}};
        TaskOutcome outcome;
        outcome.outputs.append(OutputEntry::forSource(m_path, properties));
        outcome.primary = MediaFile{m_path, properties};
        return outcome;
    }

private:
    Counts *m_counts;
    QString m_path;
};

// Writes a small file named after its format; a webm fails while failures are left (a
// failure that goes away, such as a full disk). It checks that its input has sound, which an
// input rebuilt from an earlier run must still say.
class Writer : public TaskExecutor
{
public:
    Writer(Counts *counts, QString kind)
        : m_counts(counts)
        , m_kind(std::move(kind))
    {}
    Result<TaskOutcome> execute(TaskContext &context) const override
    {
        const QString format = context.options.value(u"format").toString();
        m_counts->count(m_kind + u':' + format);
        if (m_kind == u"video" && !context.input->properties.value(u"has_audio").toBool())
            return Error{u"input_invalid"_s, u"the input lost its sound"_s};
        if (format == u"webm" && m_counts->webmFailuresLeft.fetch_sub(1) > 0)
            return Error{u"disk_full"_s, u"no room left"_s};
        const QString name = u"out."_s + format;
        QFile file(context.temporaryPath(name));
        if (!file.open(QIODevice::WriteOnly))
            return Error{u"file_unwritable"_s, file.fileName()};
        file.write(QByteArray(100, 'x'));
        file.close();
        QJsonObject properties = context.input->properties;
        properties.insert(u"kind"_s, m_kind);
        properties.insert(u"format"_s, format);
        properties.insert(u"filesize"_s, 100);
        properties.insert(u"filename"_s, name);
        TaskOutcome outcome;
        outcome.files.append({file.fileName(), context.finalPath(name)});
        outcome.outputs.append(OutputEntry::forSource(context.finalPath(name), properties));
        outcome.primary = MediaFile{context.finalPath(name), properties};
        return outcome;
    }

private:
    Counts *m_counts;
    QString m_kind;
};

constexpr auto Request = R"({"tasks": [{"kind": "ingest", "options": {"url": "in.mp4"},
    "next": [{"kind": "video", "options": {"format": "mp4"},
              "next": [{"kind": "image", "options": {"format": "png"}}]},
             {"kind": "video", "options": {"format": "webm"},
              "next": [{"kind": "image", "options": {"format": "jpeg"}}]}]}]})";

struct Service
{
    QTemporaryDir dir;
    Counts counts;
    Workspace workspace{dir.filePath(u"workspace"_s)};
    std::unique_ptr<LocalRunService> service;
    QString input = dir.filePath(u"in.mp4"_s);

    Service()
    {
        QFile file(input);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(500, 'v'));
        file.close();
        auto registry = std::make_shared<ExecutorRegistry>();
        registry->add(u"ingest"_s, std::make_shared<FileIngest>(&counts, input));
        registry->add(u"video"_s, std::make_shared<Writer>(&counts, u"video"_s));
        registry->add(u"image"_s, std::make_shared<Writer>(&counts, u"image"_s));
        Result<std::unique_ptr<RunStore>> store = RunStore::open(workspace.databasePath());
        EXPECT_TRUE(store);
        service = std::make_unique<LocalRunService>(registry,
                                                    2,
                                                    workspace,
                                                    std::move(store).value());
    }

    Result<spool::Run> runToEnd(const StartOptions &options = {})
    {
        Result<RunRequest> request = RunRequest::fromText(QByteArray(Request));
        EXPECT_TRUE(request);
        QEventLoop loop;
        std::optional<spool::Run> finished;
        QObject::connect(service.get(), &RunService::runFinished, &loop, [&](const spool::Run &run) {
            finished = run;
            loop.quit();
        });
        Result<spool::Run> started = service->start(*request, options).result();
        if (!started)
            return started;
        if (!finished) {
            QTimer::singleShot(20000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        if (!finished)
            return Error{u"timeout"_s, u"the run did not end"_s};
        return *finished;
    }
};

const Task *taskAt(const spool::Run &run, const QString &pointer)
{
    for (const Task &task : run.tasks) {
        if (task.requestNode == pointer)
            return &task;
    }
    return nullptr;
}

} // namespace

TEST(Reuse, RetryRunsOnlyTheBranchUnderTheFailedTaskAndTakesOverTheRest)
{
    Service s;
    const Result<spool::Run> first = s.runToEnd();
    ASSERT_TRUE(first);
    ASSERT_EQ(first->lifecycle.status(), Status::Failed);
    ASSERT_EQ(first->tasks.size(), 4); // the jpeg under the failed webm was never made
    EXPECT_EQ(s.counts.of(u"ingest"_s), 1);

    StartOptions retry;
    retry.reuse = *first;
    const Result<spool::Run> second = s.runToEnd(retry);
    ASSERT_TRUE(second) << second.error().message.toStdString();
    EXPECT_EQ(second->lifecycle.status(), Status::Succeeded);
    ASSERT_EQ(second->tasks.size(), 5);
    // Nothing that succeeded ran again; the failed webm and the jpeg under it did.
    EXPECT_EQ(s.counts.of(u"ingest"_s), 1);
    EXPECT_EQ(s.counts.of(u"video:mp4"_s), 1);
    EXPECT_EQ(s.counts.of(u"image:png"_s), 1);
    EXPECT_EQ(s.counts.of(u"video:webm"_s), 2);
    EXPECT_EQ(s.counts.of(u"image:jpeg"_s), 1);
    for (const QString &pointer :
         {u"/tasks/0"_s, u"/tasks/0/next/0"_s, u"/tasks/0/next/0/next/0"_s}) {
        const Task *before = taskAt(*first, pointer);
        const Task *after = taskAt(*second, pointer);
        ASSERT_TRUE(before && after) << pointer.toStdString();
        ASSERT_TRUE(after->reusedFrom) << pointer.toStdString();
        EXPECT_EQ(after->reusedFrom->runId, first->id);
        EXPECT_EQ(after->reusedFrom->taskId, before->id);
        EXPECT_EQ(after->outputs, before->outputs) << "the outputs are those of the first run";
        EXPECT_EQ(after->lifecycle.status(), Status::Succeeded);
    }
    for (const QString &pointer : {u"/tasks/0/next/1"_s, u"/tasks/0/next/1/next/0"_s}) {
        const Task *after = taskAt(*second, pointer);
        ASSERT_TRUE(after) << pointer.toStdString();
        EXPECT_FALSE(after->reusedFrom) << pointer.toStdString();
        ASSERT_FALSE(after->outputs.isEmpty());
        EXPECT_TRUE(QUrl(after->outputs.constFirst().url).toLocalFile().contains(second->id))
            << "a task that ran writes in its own run's folder";
    }
    // The webm that ran again read the same input as the first time, rebuilt exactly.
    EXPECT_EQ(taskAt(*second, u"/tasks/0/next/1"_s)->inputs,
              taskAt(*first, u"/tasks/0/next/1"_s)->inputs);
    // The history keeps where the reused tasks came from.
    const Result<spool::Run> stored = s.service->run(second->id).result();
    ASSERT_TRUE(stored);
    EXPECT_TRUE(taskAt(*stored, u"/tasks/0"_s)->reusedFrom);
    const Result<QStringList> log
        = s.service->taskLog(second->id, taskAt(*second, u"/tasks/0"_s)->id).result();
    ASSERT_TRUE(log);
    EXPECT_TRUE(log->join(u'\n').contains(first->id));
}

TEST(Reuse, AnOutputThatChangedIsMadeAgain)
{
    Service s;
    const Result<spool::Run> first = s.runToEnd();
    ASSERT_TRUE(first);
    // The png of the first run is overwritten with something else.
    const Task *png = taskAt(*first, u"/tasks/0/next/0/next/0"_s);
    ASSERT_TRUE(png);
    QFile file(QUrl(png->outputs.constFirst().url).toLocalFile());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("short");
    file.close();
    StartOptions retry;
    retry.reuse = *first;
    const Result<spool::Run> second = s.runToEnd(retry);
    ASSERT_TRUE(second);
    EXPECT_EQ(second->lifecycle.status(), Status::Succeeded);
    EXPECT_EQ(s.counts.of(u"image:png"_s), 2);
    EXPECT_EQ(s.counts.of(u"video:mp4"_s), 1);
    EXPECT_FALSE(taskAt(*second, u"/tasks/0/next/0/next/0"_s)->reusedFrom);
}

TEST(Reuse, OtherOptionsOrAnotherInputRunAgain)
{
    Service s;
    const Result<spool::Run> first = s.runToEnd();
    ASSERT_TRUE(first);
    // The same run, said to have had other options at the mp4 node: it and what is under it
    // run; the ingest is still taken over.
    spool::Run edited = *first;
    for (Task &task : edited.tasks) {
        if (task.requestNode == u"/tasks/0/next/0")
            task.options.insert(u"format"_s, u"mov"_s);
    }
    StartOptions retry;
    retry.reuse = edited;
    const Result<spool::Run> second = s.runToEnd(retry);
    ASSERT_TRUE(second);
    EXPECT_EQ(s.counts.of(u"ingest"_s), 1);
    EXPECT_EQ(s.counts.of(u"video:mp4"_s), 2);
    EXPECT_EQ(s.counts.of(u"image:png"_s), 2);
    // Another input: the ingest runs again.
    StartOptions other;
    other.reuse = *second;
    other.input = s.input + u"?other"_s;
    const Result<spool::Run> third = s.runToEnd(other);
    ASSERT_TRUE(third);
    EXPECT_EQ(s.counts.of(u"ingest"_s), 2);
    EXPECT_FALSE(taskAt(*third, u"/tasks/0"_s)->reusedFrom);
}

TEST(Reuse, ARunNotYetEndedCannotBeReused)
{
    Service s;
    spool::Run live;
    live.id = u"run_aaaaaaaaaaaaaaaa"_s;
    live.lifecycle.markCreated(1);
    StartOptions retry;
    retry.reuse = live;
    const Result<spool::Run> refused = s.runToEnd(retry);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, u"reuse_invalid");
    EXPECT_TRUE(refused.error().message.contains(live.id));
    EXPECT_EQ(s.service->reuseUnavailableReason(), std::nullopt);
}
