#include "runsnapshotmerger.h"

#include <schema/ids.h>

#include <QDateTime>
#include <QJsonDocument>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

QString eventKind(const QString &object, Status status)
{
    switch (status) {
    case Status::Succeeded:
        return object + u".succeeded"_s;
    case Status::Failed:
        return object + u".failed"_s;
    case Status::Cancelled:
        return object + u".cancelled"_s;
    default:
        return object + u".updated"_s;
    }
}

qint64 eventTime(const Lifecycle &lifecycle)
{
    if (lifecycle.updatedAt())
        return *lifecycle.updatedAt();
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

std::optional<Run> RunSnapshotMerger::known(const QString &runId) const
{
    const auto it = m_runs.constFind(runId);
    if (it == m_runs.constEnd())
        return std::nullopt;
    return it->run;
}

bool RunSnapshotMerger::isFinished(const QString &runId) const
{
    const auto it = m_runs.constFind(runId);
    return it != m_runs.constEnd() && it->finished;
}

QList<RunEvent> RunSnapshotMerger::events(const QString &runId) const
{
    return m_runs.value(runId).events;
}

bool RunSnapshotMerger::merge(const Run &snapshot)
{
    auto it = m_runs.find(snapshot.id);
    const bool created = it == m_runs.end();
    if (created) {
        State state;
        state.run = snapshot;
        state.run.tasks.clear();
        state.run.progress = 0;
        Lifecycle lifecycle;
        lifecycle.markCreated(
            snapshot.lifecycle.createdAt().value_or(QDateTime::currentSecsSinceEpoch()));
        state.run.lifecycle = lifecycle;
        it = m_runs.insert(snapshot.id, state);
        recordRunEvent(*it, u"run.created"_s);
        Q_EMIT runChanged(it->run);
        Q_EMIT eventRecorded(it->events.constLast());
    }
    State &state = *it;
    if (state.finished)
        return false;

    bool changed = created;
    for (const Task &task : snapshot.tasks)
        changed = mergeTask(state, task) || changed;

    const Status from = state.run.lifecycle.status();
    const Status to = snapshot.lifecycle.status();
    const bool moves = canTransition(from, to);
    const bool stale = to != from && !moves;
    if (!stale) {
        // The run's other fields come with a snapshot that is not behind.
        state.run.metadata = snapshot.metadata;
        state.run.createdBy = snapshot.createdBy;
        state.run.extra = snapshot.extra;
    }
    if (!stale && snapshot.progress > state.run.progress) {
        state.run.progress = snapshot.progress;
        changed = true;
        Q_EMIT runProgressChanged(state.run.id, state.run.progress);
    }
    if (moves) {
        state.run.lifecycle = snapshot.lifecycle;
        changed = true;
        recordRunEvent(state, eventKind(u"run"_s, to));
        Q_EMIT runChanged(state.run);
        Q_EMIT eventRecorded(state.events.constLast());
        if (isTerminal(to)) {
            state.finished = true;
            Q_EMIT runFinished(state.run);
        }
    }
    return changed;
}

bool RunSnapshotMerger::mergeTask(State &state, const Task &task)
{
    const auto found = state.taskIndex.constFind(task.id);
    if (found == state.taskIndex.constEnd()) {
        state.taskIndex.insert(task.id, state.run.tasks.size());
        state.run.tasks.append(task);
        Q_EMIT taskChanged(state.run.id, task);
        recordTaskEvent(state, task, u"task.created"_s, true);
        Q_EMIT eventRecorded(state.events.constLast());
        if (task.lifecycle.status() != Status::Waiting) {
            // What happened to it before it was first seen, as one event.
            recordTaskEvent(state, task, eventKind(u"task"_s, task.lifecycle.status()), false);
            Q_EMIT eventRecorded(state.events.constLast());
        }
        return true;
    }
    Task &known = state.run.tasks[*found];
    const Status from = known.lifecycle.status();
    const Status to = task.lifecycle.status();
    if (to != from) {
        if (!canTransition(from, to))
            return false; // a stale answer
    } else if (task.progress < known.progress || task == known) {
        return false; // behind what is known, or nothing new
    }
    const int progress = std::max(known.progress, task.progress);
    known = task;
    known.progress = isTerminal(to) ? task.progress : progress;
    Q_EMIT taskChanged(state.run.id, known);
    recordTaskEvent(state, known, eventKind(u"task"_s, to), false);
    Q_EMIT eventRecorded(state.events.constLast());
    return true;
}

void RunSnapshotMerger::recordTaskEvent(State &state,
                                        const Task &task,
                                        const QString &kind,
                                        bool created)
{
    RunEvent event{Ids::newEventId(),
                   kind,
                   state.run.id,
                   task.id,
                   task.toEventJson(created),
                   eventTime(task.lifecycle)};
    state.events.append(event);
}

void RunSnapshotMerger::recordRunEvent(State &state, const QString &kind)
{
    Run header = state.run;
    header.tasks = QList<Task>();
    header.metadata = QJsonObject();
    QJsonObject data = header.toJson();
    data.remove(u"tasks"_s);
    data.remove(u"metadata"_s);
    data.insert(u"task_count"_s, state.run.tasks.size());
    state.events.append(
        RunEvent{Ids::newEventId(), kind, state.run.id, {}, data, eventTime(state.run.lifecycle)});
}

} // namespace spool
