#pragma once

#include "workspace.h"
#include <core/canceltoken.h>
#include <schema/mediafile.h>
#include <schema/runevent.h>

#include <core/result.h>
#include <schema/run.h>
#include <schema/runrequest.h>

#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace spool {

class ExecutorRegistry;
class TaskLog;
class ArtifactCache;
struct TaskOutcome;

/// How to run one request.
struct RunOptions
{
    QString workspace;
    /// The input file (path or URL) that replaces the url of the run's single root ingest, or,
    /// when the run has no ingest, is ingested as an implicit first task.
    std::optional<QString> input;
    /// The folder relative local paths are resolved against: the request file's folder.
    QString baseDir;
    /// The run's cancel token, when the caller wants one it can set from anywhere (a signal
    /// handler included): the run then ends `cancelled` as if cancel() had been called.
    std::optional<CancelToken> cancel;
    /// The id the run gets (made with Ids::newRunId), when the caller needs it before the run
    /// starts (to claim an idempotency key); a new one when absent.
    std::optional<QString> runId;
    /// An earlier run of the same request whose succeeded tasks this run takes over rather
    /// than running them again (see ReusePlan): Retry Failed.
    std::optional<Run> reuse;
};

/// The embedded engine: runs requests on a QThreadPool by the semantics of spec §1–§2.
///
/// What it promises:
/// - Sibling tasks run in parallel, up to threads() at once. A task in `next` is created only
///   after its parent succeeded (a conditions task: only when its conditions held); a failed or
///   cancelled task's `next` tasks are never created, while other branches go on. In the flat
///   form, top-level tasks that need an input are created once the single top-level ingest
///   succeeded, and take its file.
/// - Every task and run status moves forward only, through waiting → validating → queued →
///   processing → finishing → succeeded (or to failed / cancelled), each change stamped and
///   announced once, in order, on the thread that owns the engine; progress updates are
///   throttled at the source to about 20 a second per task.
/// - A run ends when every task it created is terminal: `cancelled` if it was cancelled,
///   `failed` if any task failed, else `succeeded`. Its progress is the mean over all tasks of
///   the request, tasks never created counting 100, so it never goes down.
/// - Outputs are written under temporary names and renamed into place while the task is
///   `finishing`; a task that fails or is cancelled leaves no partial file behind. The run's
///   `run.json` manifest is rewritten atomically at every run status change (but `finishing`,
///   which the terminal status follows at once), before the change is announced.
/// - cancel() marks tasks not yet working `cancelled` at once; working tasks see the run's
///   CancelToken between steps. The destructor cancels everything and waits for the workers.
/// - With RunOptions::reuse, a task that the earlier run did the same way succeeds at once with
///   that run's outputs (processing, then succeeded, in one turn; Task::reusedFrom says whence),
///   and its `next` tasks are created as after any success.
class RunEngine : public QObject
{
    Q_OBJECT

public:
    RunEngine(std::shared_ptr<const ExecutorRegistry> registry,
              int threads,
              QObject *parent = nullptr);
    ~RunEngine() override;

    int threads() const;

    /// Validates the request for the embedded engine and starts it. The error, when the
    /// request is invalid, is `request_invalid` with every problem in Error::problems (and
    /// joined, one a line, in its message). Each task gets the JSON Pointer of its node in the
    /// request as given (Task::requestNode); an implicit ingest has none.
    Result<QString> start(const RunRequest &request, const RunOptions &options);
    void cancel(const QString &runId);
    void cancelAll();

    std::optional<Run> run(const QString &runId) const;
    QStringList taskLog(const QString &runId, const QString &taskId) const;
    /// Every task's log lines, in the order of run(runId)->tasks.
    QList<QStringList> taskLogs(const QString &runId) const;
    /// Drops a terminal run from memory (its history is kept elsewhere); false, and nothing
    /// changes, for a run that is unknown or not yet terminal.
    bool forget(const QString &runId);
    bool isActive(const QString &runId) const;
    /// Runs not yet terminal.
    int activeCount() const;
    /// Runs in memory, terminal ones not yet forgotten included.
    int runCount() const { return int(m_runs.size()); }

Q_SIGNALS:
    void eventRecorded(const spool::RunEvent &event);
    void taskChanged(const QString &runId, const spool::Task &task);
    /// The run's status changed (listeners that keep the Run copy it only then).
    void runChanged(const spool::Run &run);
    void runProgressChanged(const QString &runId, int percent);
    void runFinished(const spool::Run &run);
    /// Writing the run's `run.json` failed (the previous manifest is left as it was); the run
    /// goes on, and its caller decides what that means for it.
    void manifestWriteFailed(const QString &runId, const spool::Error &error);

private:
    struct Node;
    struct RunState;
    struct JobUpdate;
    struct Creation;

    void createTask(RunState &state,
                    const TaskDef &def,
                    const std::optional<QString> &parentId,
                    const std::optional<MediaFile> &input,
                    const std::optional<OutputEntry> &inputEntry);
    void queueCreation(RunState &state, Creation creation);
    void createQueued(const QString &runId);
    void skipQueuedCreations(RunState &state);
    void schedule(RunState &state, int index);
    /// Takes the task over from the earlier run when RunOptions::reuse allows it.
    bool reuse(RunState &state, int index);
    void onJobUpdate(const JobUpdate &update);
    void completeTask(RunState &state, int index, const TaskOutcome &outcome);
    void endTask(RunState &state, int index, Status status, std::optional<Error> error);
    void skipSubtree(RunState &state, const std::vector<TaskDef> &defs);
    void setTaskStatus(RunState &state,
                       int index,
                       Status status,
                       const std::optional<Error> &error = std::nullopt);
    void setRunStatus(RunState &state,
                      Status status,
                      const std::optional<Error> &error = std::nullopt);
    void updateRunProgress(RunState &state);
    void checkRunDone(RunState &state);
    bool wantsEvents() const;
    void emitTaskEvent(RunState &state, int index, const QString &kind);
    void emitRunEvent(RunState &state, const QString &kind);

    void submit(std::function<void()> job);
    void runNextJob();
    void post(JobUpdate update);
    void drainUpdates();
    void noticeCancel(RunState &state);

    std::shared_ptr<const ExecutorRegistry> m_registry;
    QThreadPool m_pool;
    // Jobs and their updates cross threads through these queues, guarded by a standard mutex,
    // so that the hand-over is plain to see (ThreadSanitizer included), and updates arriving
    // together are handled in one turn of the event loop.
    std::mutex m_queueMutex;
    std::deque<std::function<void()>> m_jobs;
    std::vector<JobUpdate> m_updates;
    std::vector<JobUpdate> m_draining; // taken from m_updates, handled in bounded slices
    size_t m_drained = 0;              // how many of m_draining are handled
    std::atomic_bool m_drainPosted{false};
    std::unique_ptr<QRunnable> m_runner;
    QHash<QString, std::shared_ptr<RunState>> m_runs;
};

} // namespace spool
