#include "localrunservice.h"

#include "historywriter.h"
#include "runengine.h"

#include <schema/ids.h>
#include <store/runstore.h>

#include <QDeadlineTimer>
#include <QFuture>
#include <QThread>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

template<typename T>
QFuture<Result<T>> ready(Result<T> result)
{
    return QtFuture::makeReadyFuture(std::move(result));
}

Error runNotFound(const QString &runId)
{
    return Error{u"run_not_found"_s, u"no run %1"_s.arg(runId)};
}

Error taskNotFound(const QString &runId, const QString &taskId)
{
    return Error{u"task_not_found"_s, u"run %1 has no task %2"_s.arg(runId, taskId)};
}

bool hasTask(const Run &run, const QString &taskId)
{
    for (const Task &task : run.tasks) {
        if (task.id == taskId)
            return true;
    }
    return false;
}

// How long a start waits for the run that won its idempotency key in another process to
// appear in the history: that process writes the run's row right after its claim.
constexpr int ClaimedRunWaitMs = 5000;
constexpr int ClaimedRunPollMs = 10;
// A claim given up by its run (the request was invalid) is tried again, a few times at most.
constexpr int ClaimAttempts = 3;

} // namespace

LocalRunService::LocalRunService(std::shared_ptr<const ExecutorRegistry> registry,
                                 int threads,
                                 const Workspace &workspace,
                                 std::unique_ptr<RunStore> store,
                                 QObject *parent)
    : RunService(parent)
    , m_workspace(workspace)
    , m_store(std::move(store))
    , m_history(std::make_unique<HistoryWriter>(m_store.get()))
    , m_engine(std::make_unique<RunEngine>(std::move(registry), threads))
{
    RunEngine *engine = m_engine.get();
    connect(engine, &RunEngine::eventRecorded, this, &LocalRunService::onEvent);
    connect(engine, &RunEngine::taskChanged, this, &LocalRunService::onTaskChanged);
    connect(engine, &RunEngine::runChanged, this, &LocalRunService::onRunChanged);
    connect(engine, &RunEngine::runProgressChanged, this, &RunService::runProgressChanged);
    connect(engine, &RunEngine::runFinished, this, &LocalRunService::onRunFinished);
    connect(engine, &RunEngine::manifestWriteFailed, this, &RunService::problemOccurred);
    connect(m_history.get(), &HistoryWriter::writeFailed, this, &LocalRunService::onHistoryFailed);
    connect(m_history.get(), &HistoryWriter::written, this, &LocalRunService::releaseWritten);
}

LocalRunService::~LocalRunService()
{
    // The engine cancels what still runs as it goes; those changes are recorded while every
    // part of the service is still there.
    m_engine.reset();
    m_history->flush();
}

QFuture<Result<Run>> LocalRunService::start(const RunRequest &request, const StartOptions &options)
{
    return ready(startNow(request, options));
}

Result<Run> LocalRunService::startNow(const RunRequest &request, const StartOptions &options)
{
    if (m_store->access() == RunStore::Access::ReadOnly) {
        return Error{u"history_read_only"_s,
                     u"this service reads the history only and cannot start runs"_s};
    }
    RunOptions runOptions;
    runOptions.workspace = m_workspace.root();
    runOptions.input = options.input;
    runOptions.baseDir = options.baseDir;
    runOptions.cancel = options.cancel;
    runOptions.runId = Ids::newRunId();
    if (options.reuse) {
        if (!isTerminal(options.reuse->lifecycle.status())
            || m_engine->isActive(options.reuse->id)) {
            return Error{u"reuse_invalid"_s,
                         u"run %1 has not ended: only the outputs of a finished run can be "
                         "reused"_s.arg(options.reuse->id)};
        }
        runOptions.reuse = options.reuse;
    }

    const std::optional<QString> key = request.idempotencyKey;
    if (key) {
        bool claimed = false;
        for (int attempt = 0; attempt < ClaimAttempts && !claimed; ++attempt) {
            const Result<QString> holder = m_store->claimIdempotencyKey(*key, *runOptions.runId);
            if (!holder)
                return holder.error();
            if (*holder == *runOptions.runId) {
                claimed = true;
                break;
            }
            Result<Run> first = answerClaimed(*key, *holder);
            if (first || first.error().kind != u"idempotency_released")
                return first;
        }
        if (!claimed) {
            return Error{u"history_unavailable"_s,
                         u"the idempotency key \"%1\" could not be claimed"_s.arg(*key)};
        }
    }
    const Result<QString> started = m_engine->start(request, runOptions);
    if (!started) {
        // The key goes back, so the request can be corrected and sent again with it.
        if (key)
            m_store->releaseIdempotencyKey(*key, *runOptions.runId);
        return started.error();
    }
    // The request as drawn, for showing the run on its canvas later; a run goes on without it.
    if (std::optional<Error> problem = m_workspace.writeRequest(*started, request))
        Q_EMIT problemOccurred(*started, *problem);
    return runNow(*started);
}

// The run that holds the key: here, or in the history once the process that claimed it has
// written its row.
Result<Run> LocalRunService::answerClaimed(const QString &key, const QString &runId)
{
    const QDeadlineTimer deadline(ClaimedRunWaitMs);
    for (;;) {
        Result<Run> found = runNow(runId);
        if (found || found.error().kind != u"run_not_found")
            return found;
        const Result<std::optional<QString>> holder = m_store->idempotencyClaim(key);
        if (!holder)
            return holder.error();
        if (*holder != runId)
            return Error{u"idempotency_released"_s, u"the run holding the key gave it up"_s};
        if (deadline.hasExpired()) {
            return Error{u"history_unavailable"_s,
                         u"run %1 holds the idempotency key \"%2\", but the history does not "
                         "have it yet"_s.arg(runId, key)};
        }
        QThread::msleep(ClaimedRunPollMs);
    }
}

QFuture<Result<Run>> LocalRunService::cancel(const QString &runId)
{
    if (m_engine->run(runId)) {
        m_engine->cancel(runId);
        return ready(runNow(runId));
    }
    Result<Run> stored = runNow(runId);
    if (stored && !isTerminal(stored->lifecycle.status())) {
        return ready(
            Result<Run>(Error{u"run_elsewhere"_s,
                              u"run %1 runs in another process; cancel it there"_s.arg(runId)}));
    }
    return ready(std::move(stored));
}

QFuture<Result<Run>> LocalRunService::run(const QString &runId) const
{
    return ready(runNow(runId));
}

Result<Run> LocalRunService::runNow(const QString &runId) const
{
    if (std::optional<Run> live = m_engine->run(runId))
        return std::move(*live);
    Result<std::optional<Run>> stored = m_store->run(runId);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return runNotFound(runId);
    return std::move(stored->value());
}

QFuture<Result<RunPage>> LocalRunService::list(const RunQuery &query) const
{
    if (m_store->access() == RunStore::Access::ReadWrite)
        m_history->flush();
    return ready(m_store->list(query));
}

QFuture<Result<QList<RunEvent>>> LocalRunService::events(const QString &runId) const
{
    if (m_store->access() == RunStore::Access::ReadWrite)
        m_history->flush();
    Result<QList<RunEvent>> events = m_store->events(runId);
    if (events && events->isEmpty()) {
        const Result<Run> found = runNow(runId);
        if (!found)
            return ready(Result<QList<RunEvent>>(found.error()));
    }
    return ready(std::move(events));
}

QFuture<Result<QStringList>> LocalRunService::taskLog(const QString &runId,
                                                      const QString &taskId) const
{
    if (std::optional<Run> live = m_engine->run(runId)) {
        if (!hasTask(*live, taskId))
            return ready(Result<QStringList>(taskNotFound(runId, taskId)));
        return ready(Result<QStringList>(m_engine->taskLog(runId, taskId)));
    }
    const Result<Run> stored = runNow(runId);
    if (!stored)
        return ready(Result<QStringList>(stored.error()));
    if (!hasTask(*stored, taskId))
        return ready(Result<QStringList>(taskNotFound(runId, taskId)));
    return ready(m_workspace.readTaskLog(runId, taskId));
}

QFuture<Result<RunRequest>> LocalRunService::request(const QString &runId) const
{
    Result<RunRequest> kept = m_workspace.readRequest(runId);
    if (!kept && kept.error().kind == u"request_unavailable") {
        const Result<Run> found = runNow(runId);
        if (!found)
            return ready(Result<RunRequest>(found.error()));
    }
    return ready(std::move(kept));
}

int LocalRunService::activeCount() const
{
    return m_engine->activeCount();
}

int LocalRunService::heldCount() const
{
    return m_engine->runCount();
}

bool LocalRunService::flushHistory()
{
    return m_history->flushWithRetries();
}

void LocalRunService::emitHeldEvent()
{
    if (!m_heldEvent)
        return;
    const RunEvent event = std::move(*m_heldEvent);
    m_heldEvent.reset();
    Q_EMIT eventRecorded(event);
}

void LocalRunService::onEvent(const RunEvent &event)
{
    emitHeldEvent();
    m_history->recordEvent(event);
    m_heldEvent = event;
}

void LocalRunService::onTaskChanged(const QString &runId, const Task &task)
{
    m_history->recordTask(task);
    Q_EMIT taskChanged(runId, task);
    emitHeldEvent();
}

void LocalRunService::onRunChanged(const Run &run)
{
    // A status change is written at once (with every task change and event before it), so a
    // terminal run is in the history before anyone hears that it ended.
    m_history->recordRun(run);
    Q_EMIT runChanged(run);
    emitHeldEvent();
}

void LocalRunService::onRunFinished(const Run &run)
{
    emitHeldEvent();
    const QList<QStringList> logs = m_engine->taskLogs(run.id);
    QList<QPair<QString, QStringList>> byTask;
    byTask.reserve(logs.size());
    for (qsizetype i = 0; i < logs.size() && i < run.tasks.size(); ++i)
        byTask.append({run.tasks.at(i).id, logs.at(i)});
    if (std::optional<Error> problem = m_workspace.writeTaskLogs(run.id, byTask))
        Q_EMIT problemOccurred(run.id, *problem);
    if (m_history->hasPending()) {
        m_unwritten.insert(run.id); // leaves memory with the flush that writes it
    } else {
        m_engine->forget(run.id);
        m_history->forget(run.id);
    }
    Q_EMIT runFinished(run);
}

void LocalRunService::onHistoryFailed(const QString &runId, const Error &error)
{
    Error reported = error;
    reported.message = u"the history was not updated: "_s + error.message;
    Q_EMIT problemOccurred(runId, reported);
}

void LocalRunService::releaseWritten()
{
    for (const QString &runId : std::as_const(m_unwritten)) {
        m_engine->forget(runId);
        m_history->forget(runId);
    }
    m_unwritten.clear();
}

} // namespace spool
