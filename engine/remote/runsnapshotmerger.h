#pragma once

#include <schema/run.h>
#include <schema/runevent.h>

#include <QHash>
#include <QObject>

#include <optional>

namespace spool {

/// Turns the successive Run objects a `/runs` server answers for a run into the signals a
/// RunService emits, in the order runservice.h documents: `runChanged` for run.created first
/// (the run as it was created: waiting, no tasks yet), then for each snapshot the tasks that
/// appeared or changed (`taskChanged`, each followed by its event), `runProgressChanged` when
/// the percent rose, and `runChanged` when the run's status moved; a terminal status is
/// followed by `runFinished`, after which the run's snapshots change nothing.
///
/// Invariants, whatever order the answers come in: each change is emitted once (a snapshot
/// equal to what is known emits nothing); a status never moves backwards (a snapshot whose
/// status the rule does not allow after the known one is stale, and its run or task is left
/// as known); progress never goes down.
class RunSnapshotMerger : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// Merges one snapshot of a run; whether anything changed.
    bool merge(const Run &snapshot);
    /// The run as merged so far.
    std::optional<Run> known(const QString &runId) const;
    bool isFinished(const QString &runId) const;
    /// The events made from the changes seen, in order.
    QList<RunEvent> events(const QString &runId) const;

Q_SIGNALS:
    void runChanged(const spool::Run &run);
    void taskChanged(const QString &runId, const spool::Task &task);
    void runProgressChanged(const QString &runId, int percent);
    void eventRecorded(const spool::RunEvent &event);
    void runFinished(const spool::Run &run);

private:
    struct State
    {
        Run run;
        QHash<QString, qsizetype> taskIndex;
        QList<RunEvent> events;
        bool finished = false;
    };

    bool mergeTask(State &state, const Task &task);
    void recordTaskEvent(State &state, const Task &task, const QString &kind, bool created);
    void recordRunEvent(State &state, const QString &kind);

    QHash<QString, State> m_runs;
};

} // namespace spool
