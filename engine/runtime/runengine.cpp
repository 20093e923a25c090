#include "runengine.h"

#include "artifactcache.h"
#include "embeddedrequest.h"
#include "progressreporter.h"
#include "reuseplan.h"
#include "tasklog.h"

#include <core/logging.h>
#include <runtime/executorregistry.h>
#include <schema/credentials.h>
#include <schema/ids.h>
#include <schema/kindspec.h>

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMetaMethod>
#include <QRunnable>
#include <QTimer>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

void removePath(const QString &path)
{
    if (QFileInfo(path).isDir())
        QDir(path).removeRecursively();
    else
        QFile::remove(path);
}

} // namespace

struct RunEngine::Node
{
    TaskDef def;
    std::optional<MediaFile> input;
    std::optional<MediaFile> output;
    std::shared_ptr<TaskLog> log = std::make_shared<TaskLog>();
};

// Tasks still to be created, in order: the `next` of a task that succeeded (or the flat
// form's dependents of the root ingest), from `next` on.
struct RunEngine::Creation
{
    std::shared_ptr<const std::vector<TaskDef>> defs;
    size_t next = 0;
    std::optional<QString> parentId;
    std::optional<MediaFile> input;
    std::optional<OutputEntry> entry;
};

struct RunEngine::RunState
{
    Run run;
    std::vector<Node> nodes; // nodes[i] belongs to run.tasks[i]
    RunOptions options;
    Workspace workspace{QString()};
    CancelToken cancel;
    std::shared_ptr<ArtifactCache> cache = std::make_shared<ArtifactCache>();
    std::vector<TaskDef> flatDependents;
    int rootIngest = -1;
    int totalTasks = 0;
    qint64 progressSum = 0; // created tasks' progress (terminal: 100) + 100 per skipped task
    int unfinished = 0;     // created tasks not yet terminal
    int holds = 0;          // > 0 while tasks are being created: the run cannot end meanwhile
    std::deque<Creation> creations; // each holds the run until its tasks are all created
    bool creationPosted = false;
    bool cancelRequested = false;
    int failures = 0;
    std::optional<Error> firstFailure;
    std::optional<ReusePlan> reuse;
};

struct RunEngine::JobUpdate
{
    enum class Phase { Started, Progress, Finishing, Succeeded, Failed, Cancelled };

    QString runId;
    int index = 0;
    Phase phase = Phase::Started;
    int percent = 0;
    std::optional<Error> error;
    std::shared_ptr<TaskOutcome> outcome;
};

RunEngine::RunEngine(std::shared_ptr<const ExecutorRegistry> registry, int threads, QObject *parent)
    : QObject(parent)
    , m_registry(std::move(registry))
{
    m_pool.setMaxThreadCount(qMax(1, threads));
    // One runnable, started once per job; each start takes the next job from the queue.
    m_runner.reset(QRunnable::create([this] { runNextJob(); }));
    m_runner->setAutoDelete(false);
}

RunEngine::~RunEngine()
{
    cancelAll();
    m_pool.waitForDone();
}

int RunEngine::threads() const
{
    return m_pool.maxThreadCount();
}

Result<QString> RunEngine::start(const RunRequest &original, const RunOptions &options)
{
    Result<RunRequest> prepared = prepareEmbeddedRequest(original,
                                                         options.input,
                                                         m_registry->kinds());
    if (!prepared)
        return prepared.error();
    const RunRequest &request = prepared.value();

    auto state = std::make_shared<RunState>();
    state->options = options;
    if (options.cancel)
        state->cancel = *options.cancel;
    state->workspace = Workspace(options.workspace);
    state->run.id = options.runId.value_or(Ids::newRunId());
    state->run.metadata = request.metadata.value_or(QJsonObject());
    state->run.lifecycle.markCreated(now());
    state->totalTasks = TaskDef::count(request.tasks);
    if (options.reuse)
        state->reuse.emplace(*options.reuse);
    m_runs.insert(state->run.id, state);

    if (!QDir().mkpath(state->workspace.runDir(state->run.id))) {
        m_runs.remove(state->run.id);
        return Error{u"file_unwritable"_s,
                     u"cannot create the run folder in %1"_s.arg(state->workspace.root())};
    }

    emitRunEvent(*state, u"run.created"_s);
    qCInfo(lcEngine,
           "run %ls created in %ls",
           qUtf16Printable(state->run.id),
           qUtf16Printable(state->workspace.runDir(state->run.id)));
    Q_EMIT runChanged(state->run);
    if (std::optional<Error> error = state->workspace.writeManifest(state->run))
        Q_EMIT manifestWriteFailed(state->run.id, *error);
    setRunStatus(*state, Status::Validating);
    setRunStatus(*state, Status::Queued);

    int ingests = 0;
    for (const TaskDef &def : request.tasks)
        ingests += def.kind == u"ingest" ? 1 : 0;
    std::vector<TaskDef> immediate;
    for (const TaskDef &def : request.tasks) {
        if (ingests == 1 && def.kind != u"ingest" && KindSpec::readsInput(def.kind))
            state->flatDependents.push_back(def);
        else
            immediate.push_back(def);
    }

    ++state->holds;
    for (const TaskDef &def : immediate) {
        if (ingests == 1 && def.kind == u"ingest")
            state->rootIngest = int(state->nodes.size());
        createTask(*state, def, std::nullopt, std::nullopt, std::nullopt);
    }
    --state->holds;
    checkRunDone(*state);
    return state->run.id;
}

void RunEngine::cancel(const QString &runId)
{
    const std::shared_ptr<RunState> state = m_runs.value(runId);
    if (!state || isTerminal(state->run.lifecycle.status()) || state->cancelRequested)
        return;
    state->cancelRequested = true;
    state->cancel.cancel();
    ++state->holds;
    // Tasks not yet working stop here; working ones see the token and report back.
    for (int i = 0; i < int(state->nodes.size()); ++i) {
        const Status status = state->run.tasks[i].lifecycle.status();
        if (status == Status::Waiting || status == Status::Validating || status == Status::Queued)
            endTask(*state, i, Status::Cancelled, std::nullopt);
    }
    skipQueuedCreations(*state);
    --state->holds;
    checkRunDone(*state);
}

void RunEngine::cancelAll()
{
    const QStringList ids = m_runs.keys();
    for (const QString &id : ids)
        cancel(id);
}

std::optional<Run> RunEngine::run(const QString &runId) const
{
    const std::shared_ptr<RunState> state = m_runs.value(runId);
    if (!state)
        return std::nullopt;
    return state->run;
}

QStringList RunEngine::taskLog(const QString &runId, const QString &taskId) const
{
    const std::shared_ptr<RunState> state = m_runs.value(runId);
    if (!state)
        return {};
    for (int i = 0; i < int(state->nodes.size()); ++i) {
        if (state->run.tasks[i].id == taskId)
            return state->nodes[size_t(i)].log->lines();
    }
    return {};
}

QList<QStringList> RunEngine::taskLogs(const QString &runId) const
{
    QList<QStringList> logs;
    if (const std::shared_ptr<RunState> state = m_runs.value(runId)) {
        logs.reserve(qsizetype(state->nodes.size()));
        for (const Node &node : state->nodes)
            logs.append(node.log->lines());
    }
    return logs;
}

bool RunEngine::forget(const QString &runId)
{
    // Callers inside the engine hold the state by shared_ptr, so it may go from the map while
    // a signal of the run is being delivered.
    const auto it = m_runs.constFind(runId);
    if (it == m_runs.constEnd() || !isTerminal((*it)->run.lifecycle.status()))
        return false;
    m_runs.erase(it);
    return true;
}

bool RunEngine::isActive(const QString &runId) const
{
    const std::shared_ptr<RunState> state = m_runs.value(runId);
    return state && !isTerminal(state->run.lifecycle.status());
}

int RunEngine::activeCount() const
{
    int count = 0;
    for (const std::shared_ptr<RunState> &state : m_runs)
        count += isTerminal(state->run.lifecycle.status()) ? 0 : 1;
    return count;
}

void RunEngine::createTask(RunState &state,
                           const TaskDef &def,
                           const std::optional<QString> &parentId,
                           const std::optional<MediaFile> &input,
                           const std::optional<OutputEntry> &inputEntry)
{
    Task task;
    task.id = Ids::newTaskId();
    task.kind = def.kind;
    task.runId = state.run.id;
    task.parentId = parentId;
    // The Task is persisted and announced: its options lose any password in a URL. The task's
    // executor gets the request's own options (node.def) in memory.
    task.options = Credentials::redact(def.optionsOrEmpty());
    task.metadata = def.metadata.value_or(QJsonObject());
    task.requestNode = def.requestNode;
    if (input)
        task.inputs.append(inputEntry ? *inputEntry
                                      : OutputEntry::forSource(input->path, input->properties));
    task.lifecycle.markCreated(now());

    Node node;
    node.def = def;
    node.input = input;
    state.nodes.push_back(std::move(node));
    state.run.tasks.append(std::move(task));
    ++state.unfinished;
    const int index = int(state.nodes.size()) - 1;
    emitTaskEvent(state, index, u"task.created"_s);
    Q_EMIT taskChanged(state.run.id, state.run.tasks[index]);
    schedule(state, index);
}

// Tasks are created a slice at a time: the thousands of `next` tasks of one parent are made
// over several turns of the event loop, so that meanwhile the tasks already made run and
// report, the history and the events file are written (what waits for them stays small), and
// a signal is seen. The first slice is made at once.
void RunEngine::queueCreation(RunState &state, Creation creation)
{
    ++state.holds;
    state.creations.push_back(std::move(creation));
    if (state.creations.size() == 1)
        createQueued(state.run.id);
}

void RunEngine::createQueued(const QString &runId)
{
    const std::shared_ptr<RunState> state = m_runs.value(runId);
    if (!state)
        return;
    state->creationPosted = false;
    noticeCancel(*state);
    constexpr qint64 CreateSliceMs = 20;
    QElapsedTimer slice;
    slice.start();
    int made = 0;
    while (!state->creations.empty()) {
        if (state->cancelRequested) {
            skipQueuedCreations(*state);
            break;
        }
        Creation &creation = state->creations.front();
        if (creation.next >= creation.defs->size()) {
            state->creations.pop_front();
            --state->holds;
            continue;
        }
        // Held here: a listener of the new task's signals may cancel the run, which drops
        // the queue.
        const std::shared_ptr<const std::vector<TaskDef>> defs = creation.defs;
        const std::optional<QString> parentId = creation.parentId;
        const std::optional<MediaFile> input = creation.input;
        const std::optional<OutputEntry> entry = creation.entry;
        createTask(*state, (*defs)[creation.next++], parentId, input, entry);
        if (++made % 32 == 0 && slice.elapsed() >= CreateSliceMs)
            break;
    }
    if (!state->creations.empty() && !state->creationPosted) {
        state->creationPosted = true;
        QMetaObject::invokeMethod(
            this, [this, runId] { createQueued(runId); }, Qt::QueuedConnection);
    }
    checkRunDone(*state);
}

// A cancelled run creates no more tasks: those still to be made count as done, as the
// subtrees of tasks that did not succeed do.
void RunEngine::skipQueuedCreations(RunState &state)
{
    qint64 skipped = 0;
    for (const Creation &creation : state.creations) {
        for (size_t i = creation.next; i < creation.defs->size(); ++i)
            skipped += 1 + TaskDef::count((*creation.defs)[i].next);
        --state.holds;
    }
    state.creations.clear();
    if (skipped == 0)
        return;
    state.progressSum += skipped * 100;
    updateRunProgress(state);
}

void RunEngine::schedule(RunState &state, int index)
{
    if (state.cancelRequested) {
        endTask(state, index, Status::Cancelled, std::nullopt);
        return;
    }
    if (reuse(state, index))
        return;
    setTaskStatus(state, index, Status::Validating);
    const Node &node = state.nodes[size_t(index)];
    const TaskExecutor *executor = m_registry->find(node.def.kind);
    if (!executor) {
        endTask(state,
                index,
                Status::Failed,
                Error{u"engine_unsupported"_s,
                      u"the embedded engine cannot run %1 tasks yet"_s.arg(node.def.kind)});
        return;
    }
    if (std::optional<Error> problem = executor->check(node.def.optionsOrEmpty(), node.input)) {
        endTask(state, index, Status::Failed, problem);
        return;
    }
    setTaskStatus(state, index, Status::Queued);

    const Task &task = state.run.tasks[index];
    TaskContext context;
    context.runId = state.run.id;
    context.taskId = task.id;
    context.options = node.def.optionsOrEmpty();
    context.input = node.input;
    context.outputDir = state.workspace.taskDir(state.run.id, task.id);
    context.baseDir = state.options.baseDir;
    context.cancel = state.cancel;

    const QString runId = state.run.id;
    const auto post = [this, runId, index](JobUpdate update) {
        update.runId = runId;
        update.index = index;
        this->post(std::move(update));
    };
    using Phase = JobUpdate::Phase;
    submit([executor, context, post, log = node.log, cache = state.cache]() mutable {
        if (context.cancel.isCancelled()) {
            post({.phase = Phase::Cancelled});
            return;
        }
        post({.phase = Phase::Started});
        ProgressReporter reporter(
            [&post](int percent) { post({.phase = Phase::Progress, .percent = percent}); });
        context.progress = &reporter;
        context.log = log.get();
        context.cache = cache.get();
        Result<TaskOutcome> result = executor->execute(context);
        if (context.cancel.isCancelled()) {
            Workspace::discardPartialOutputsIn(context.outputDir);
            post({.phase = Phase::Cancelled});
            return;
        }
        if (!result) {
            Workspace::discardPartialOutputsIn(context.outputDir);
            post({.phase = Phase::Failed, .error = result.error()});
            return;
        }
        post({.phase = Phase::Finishing});
        for (const TaskOutcome::File &file : result->files) {
            removePath(file.finalPath);
            if (!QDir().rename(file.temporaryPath, file.finalPath)) {
                Workspace::discardPartialOutputsIn(context.outputDir);
                for (const TaskOutcome::File &placed : result->files)
                    removePath(placed.finalPath);
                post({.phase = Phase::Failed,
                      .error = Error{u"file_unwritable"_s,
                                     u"cannot put %1 in place"_s.arg(file.finalPath)}});
                return;
            }
        }
        post({.phase = Phase::Succeeded,
              .outcome = std::make_shared<TaskOutcome>(std::move(result).value())});
    });
    ;
}

bool RunEngine::reuse(RunState &state, int index)
{
    if (!state.reuse)
        return false;
    Node &node = state.nodes[size_t(index)];
    std::optional<TaskOutcome> outcome = state.reuse->match(state.run.tasks[index],
                                                            node.def,
                                                            node.input);
    if (!outcome)
        return false;
    const Task::Origin origin = *state.reuse->origin(*state.run.tasks[index].requestNode);
    state.run.tasks[index].reusedFrom = origin;
    node.log->add(
        u"reused the outputs of task %1 of run %2 (same request node, kind, options "
        "and input); its files stay in that run's folder"_s.arg(origin.taskId, origin.runId));
    setTaskStatus(state, index, Status::Processing);
    if (state.run.lifecycle.status() == Status::Queued)
        setRunStatus(state, Status::Processing);
    setTaskStatus(state, index, Status::Finishing);
    completeTask(state, index, *outcome);
    return true;
}

void RunEngine::submit(std::function<void()> job)
{
    {
        const std::lock_guard lock(m_queueMutex);
        m_jobs.push_back(std::move(job));
    }
    m_pool.start(m_runner.get());
}

void RunEngine::runNextJob()
{
    std::function<void()> job;
    {
        const std::lock_guard lock(m_queueMutex);
        job = std::move(m_jobs.front());
        m_jobs.pop_front();
    }
    job();
}

void RunEngine::post(JobUpdate update)
{
    {
        const std::lock_guard lock(m_queueMutex);
        m_updates.push_back(std::move(update));
    }
    if (!m_drainPosted.exchange(true))
        QMetaObject::invokeMethod(this, &RunEngine::drainUpdates, Qt::QueuedConnection);
}

void RunEngine::drainUpdates()
{
    m_drainPosted.store(false);
    if (m_drained >= m_draining.size()) {
        m_draining.clear();
        m_drained = 0;
        const std::lock_guard lock(m_queueMutex);
        m_draining.swap(m_updates);
    }
    // However many updates a flood of short tasks brings, the event loop gets its turn every
    // DrainSliceMs (signals, timers, the history's flush), and updates keep their order.
    constexpr qint64 DrainSliceMs = 20;
    QElapsedTimer slice;
    slice.start();
    while (m_drained < m_draining.size()) {
        const JobUpdate update = std::move(m_draining[m_drained++]);
        onJobUpdate(update);
        if (m_drained % 64 == 0 && slice.elapsed() >= DrainSliceMs)
            break;
    }
    if (m_drained < m_draining.size())
        QMetaObject::invokeMethod(this, &RunEngine::drainUpdates, Qt::QueuedConnection);
}

// A token set from outside (RunOptions::cancel) cancels the run as cancel() does.
void RunEngine::noticeCancel(RunState &state)
{
    if (!state.cancelRequested && state.cancel.isCancelled())
        cancel(state.run.id);
}

void RunEngine::onJobUpdate(const JobUpdate &update)
{
    const std::shared_ptr<RunState> state = m_runs.value(update.runId);
    if (!state || update.index >= int(state->nodes.size()))
        return;
    noticeCancel(*state);
    Task &task = state->run.tasks[update.index];
    if (isTerminal(task.lifecycle.status()))
        return; // cancelled while the job was on its way
    using Phase = JobUpdate::Phase;
    switch (update.phase) {
    case Phase::Started:
        setTaskStatus(*state, update.index, Status::Processing);
        if (state->run.lifecycle.status() == Status::Queued)
            setRunStatus(*state, Status::Processing);
        break;
    case Phase::Progress:
        if (update.percent > task.progress) {
            state->progressSum += update.percent - task.progress;
            task.progress = update.percent;
            emitTaskEvent(*state, update.index, u"task.updated"_s);
            Q_EMIT taskChanged(state->run.id, task);
            updateRunProgress(*state);
        }
        break;
    case Phase::Finishing:
        setTaskStatus(*state, update.index, Status::Finishing);
        break;
    case Phase::Succeeded:
        completeTask(*state, update.index, *update.outcome);
        break;
    case Phase::Failed:
        endTask(*state, update.index, Status::Failed, update.error);
        break;
    case Phase::Cancelled:
        endTask(*state, update.index, Status::Cancelled, std::nullopt);
        break;
    }
}

void RunEngine::completeTask(RunState &state, int index, const TaskOutcome &outcome)
{
    ++state.holds;
    {
        Task &task = state.run.tasks[index];
        task.outputs = outcome.outputs;
        task.results = outcome.results;
        task.title = outcome.title;
        task.description = outcome.description;
        task.tags = outcome.tags;
        task.languages = outcome.languages;
        if (task.progress < 100) {
            state.progressSum += 100 - task.progress;
            task.progress = 100;
        }
    }
    Node &node = state.nodes[size_t(index)];
    node.output = outcome.primary ? outcome.primary : node.input;
    setTaskStatus(state, index, Status::Succeeded);

    const std::optional<MediaFile> output = node.output;
    const QString taskId = state.run.tasks[index].id;
    const bool continues = !outcome.results || outcome.results->continues;
    // Every child gets the same input entry: make it once.
    std::optional<OutputEntry> entry;
    if (output)
        entry = OutputEntry::forSource(output->path, output->properties);
    if (continues && !state.cancelRequested) {
        if (!node.def.next.empty()) {
            // A copy: creating tasks grows `nodes`, which would move the node's own list.
            queueCreation(state,
                          Creation{std::make_shared<const std::vector<TaskDef>>(node.def.next),
                                   0,
                                   taskId,
                                   output,
                                   entry});
        }
    } else {
        skipSubtree(state, node.def.next);
    }
    if (index == state.rootIngest) {
        auto dependents = std::make_shared<const std::vector<TaskDef>>(
            std::move(state.flatDependents));
        state.flatDependents.clear();
        if (!state.cancelRequested) {
            if (!dependents->empty())
                queueCreation(state, Creation{dependents, 0, std::nullopt, output, entry});
        } else {
            skipSubtree(state, *dependents);
        }
    }
    --state.holds;
    checkRunDone(state);
}

void RunEngine::endTask(RunState &state, int index, Status status, std::optional<Error> error)
{
    ++state.holds;
    // An executor names an option it refuses by its pointer in the task (`/options/end`); the
    // error then points into the request, through the node the task came from when it is known,
    // and says where, as the validator's problems do.
    if (error && error->path.startsWith(u"/options")) {
        const Task &task = state.run.tasks[index];
        if (task.requestNode) {
            error->path = *task.requestNode + error->path;
            error->message = error->path + u": "_s + error->message;
        } else {
            error->message = u"%1 of the %2 task: %3"_s.arg(error->path, task.kind, error->message);
        }
    }
    setTaskStatus(state, index, status, error);
    if (status == Status::Failed) {
        ++state.failures;
        if (!state.firstFailure) {
            const Task &task = state.run.tasks[index];
            state.firstFailure = Error{error ? error->kind : u"task_failed"_s,
                                       u"%1 task %2 failed: %3"_s.arg(task.kind,
                                                                      task.id,
                                                                      error ? error->message
                                                                            : QString())};
        }
    }
    skipSubtree(state, state.nodes[size_t(index)].def.next);
    if (index == state.rootIngest) {
        skipSubtree(state, state.flatDependents);
        state.flatDependents.clear();
    }
    --state.holds;
    checkRunDone(state);
}

void RunEngine::skipSubtree(RunState &state, const std::vector<TaskDef> &defs)
{
    const int skipped = TaskDef::count(defs);
    if (skipped == 0)
        return;
    state.progressSum += qint64(skipped) * 100;
    updateRunProgress(state);
}

void RunEngine::setTaskStatus(RunState &state,
                              int index,
                              Status status,
                              const std::optional<Error> &error)
{
    Task &task = state.run.tasks[index];
    if (!task.lifecycle.advance(status, now(), error))
        return;
    if (isTerminal(status)) {
        --state.unfinished;
        if (task.progress < 100)
            state.progressSum += 100 - task.progress;
        updateRunProgress(state);
    }
    QString kind = u"task.updated"_s;
    if (status == Status::Succeeded)
        kind = u"task.succeeded"_s;
    else if (status == Status::Failed)
        kind = u"task.failed"_s;
    else if (status == Status::Cancelled)
        kind = u"task.cancelled"_s;
    emitTaskEvent(state, index, kind);
    Q_EMIT taskChanged(state.run.id, task);
}

void RunEngine::setRunStatus(RunState &state, Status status, const std::optional<Error> &error)
{
    if (!state.run.lifecycle.advance(status, now(), error))
        return;
    QString kind = u"run.updated"_s;
    if (status == Status::Succeeded)
        kind = u"run.succeeded"_s;
    else if (status == Status::Failed)
        kind = u"run.failed"_s;
    else if (status == Status::Cancelled)
        kind = u"run.cancelled"_s;
    // A run is `finishing` only on its way to its terminal status, within this turn of the
    // event loop: the manifest is written once, for the terminal status.
    if (status != Status::Finishing) {
        if (std::optional<Error> problem = state.workspace.writeManifest(state.run))
            Q_EMIT manifestWriteFailed(state.run.id, *problem);
    }
    emitRunEvent(state, kind);
    Q_EMIT runChanged(state.run);
    if (isTerminal(status)) {
        qCInfo(lcEngine,
               "run %ls %ls",
               qUtf16Printable(state.run.id),
               qUtf16Printable(statusName(status)));
        Q_EMIT runFinished(state.run);
    }
}

void RunEngine::updateRunProgress(RunState &state)
{
    if (state.totalTasks == 0)
        return;
    const int percent = int(qMin<qint64>(100, state.progressSum / state.totalTasks));
    if (percent == state.run.progress)
        return;
    state.run.progress = percent;
    Q_EMIT runProgressChanged(state.run.id, percent);
}

void RunEngine::checkRunDone(RunState &state)
{
    if (state.holds > 0 || state.unfinished > 0 || isTerminal(state.run.lifecycle.status()))
        return;
    // Finishing is the run writing its final manifest and history.
    setRunStatus(state, Status::Finishing);
    if (state.cancelRequested) {
        setRunStatus(state, Status::Cancelled);
    } else if (state.failures > 0) {
        Error error = *state.firstFailure;
        if (state.failures > 1)
            error.message += u" (and %1 more failed)"_s.arg(state.failures - 1);
        setRunStatus(state, Status::Failed, error);
    } else {
        state.run.progress = 100;
        setRunStatus(state, Status::Succeeded);
    }
}

bool RunEngine::wantsEvents() const
{
    static const QMetaMethod signal = QMetaMethod::fromSignal(&RunEngine::eventRecorded);
    return isSignalConnected(signal);
}

void RunEngine::emitTaskEvent(RunState &state, int index, const QString &kind)
{
    if (!wantsEvents())
        return; // building the event costs more than the rest of a trivial task
    // An event carries what changed, not the request: the task without its options and
    // metadata (the run record keeps them), and its inputs only when it is created. Its JSON is
    // made once here, for every sink.
    const Task &task = state.run.tasks[index];
    RunEvent event{Ids::newEventId(),
                   kind,
                   state.run.id,
                   task.id,
                   task.toEventJson(kind == u"task.created"),
                   now()};
    event.dataJson = QJsonDocument(event.data).toJson(QJsonDocument::Compact);
    Q_EMIT eventRecorded(event);
}

void RunEngine::emitRunEvent(RunState &state, const QString &kind)
{
    if (!wantsEvents())
        return;
    // Without its tasks and the request's metadata, which the run record keeps once.
    Run header = state.run;
    header.tasks = QList<Task>();
    header.metadata = QJsonObject();
    QJsonObject data = header.toJson();
    data.remove(u"tasks"_s);
    data.remove(u"metadata"_s);
    data.insert(u"task_count"_s, state.run.tasks.size());
    RunEvent event{Ids::newEventId(), kind, state.run.id, {}, data, now()};
    event.dataJson = QJsonDocument(event.data).toJson(QJsonDocument::Compact);
    Q_EMIT eventRecorded(event);
}

} // namespace spool
