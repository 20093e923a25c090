#pragma once

#include <core/error.h>
#include <schema/run.h>
#include <schema/runevent.h>
#include <schema/task.h>

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <optional>

namespace spool {

class RunStore;

/// Writes the history of runs to a RunStore for the service that owns it, which calls it
/// directly as the run changes: each run's row at every status change, and the tasks' changes
/// and the events in batches (one transaction each), written within `FlushIntervalMs` and at
/// once when a run's status changes, so all of a finished run is stored when recordRun()
/// returns true for its terminal status. No write grows with the number of tasks in the run.
///
/// A write that fails (a full disk, a locked database) loses nothing: what it held stays
/// pending and is written again at the next flush, runs first, then tasks, then events, so a
/// later write never lands before an earlier one. writeFailed() is emitted once per spell of
/// failures, not at every retry.
class HistoryWriter : public QObject
{
    Q_OBJECT

public:
    static constexpr int FlushIntervalMs = 200;

    explicit HistoryWriter(RunStore *store, QObject *parent = nullptr);
    ~HistoryWriter() override;

    void recordEvent(const RunEvent &event);
    void recordTask(const Task &task);
    /// Records the run's status change and writes all that is pending; false when some of it
    /// could not be written (it stays pending).
    bool recordRun(const Run &run);
    /// The run left memory: the writer forgets that it has seen it.
    void forget(const QString &runId);

    /// Writes what is pending; false when some of it could not be written (it stays pending).
    bool flush();
    /// Flushes, and while that fails tries again a few times over about six seconds (a disk
    /// may get space back); false, after a last writeFailed(), when it never succeeded.
    bool flushWithRetries();
    bool hasPending() const;

Q_SIGNALS:
    /// Writing the history failed (for `runId`, the run the pending write began with); the
    /// run goes on.
    void writeFailed(const QString &runId, const spool::Error &error);
    /// A flush wrote everything that was pending (after a spell of failures too).
    void written();

private:
    void schedule();
    QString pendingRunId() const;

    RunStore *m_store;
    std::optional<Run> m_pendingRun; // the latest run status change not yet written
    bool m_pendingRunWhole = false;  // it must be written with all its tasks (first seen late)
    bool m_failing = false;
    QList<RunEvent> m_pending;
    QList<Task> m_changedTasks; // the latest state of each changed task, first change first
    QHash<QString, qsizetype> m_changedIndex;
    QSet<QString> m_knownRuns; // runs whose tasks this writer has seen from the start
    QTimer m_timer;
};

} // namespace spool
