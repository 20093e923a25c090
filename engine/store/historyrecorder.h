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

class RunEngine;
class RunStore;
struct Task;

/// Keeps the history of an engine's runs in a RunStore: each run's row at every status change,
/// and the tasks' changes and the events in batches (one transaction each), written within
/// `FlushIntervalMs` and at once when a run's status changes, so all of a finished run is
/// stored when runFinished() is seen. No write grows with the number of tasks in the run.
///
/// A write that fails (a full disk, a locked database) loses nothing: what it held stays
/// pending and is written again at the next flush, runs first, then tasks, then events, so a
/// later write never lands before an earlier one. writeFailed() is emitted once per spell of
/// failures, not at every retry.
class HistoryRecorder : public QObject
{
    Q_OBJECT

public:
    static constexpr int FlushIntervalMs = 200;

    HistoryRecorder(RunEngine *engine, RunStore *store, QObject *parent = nullptr);
    ~HistoryRecorder() override;

    /// Writes what is pending; false when some of it could not be written (it stays pending).
    bool flush();
    /// Flushes, and while that fails tries again a few times over about two seconds (a disk
    /// may get space back); false, after a last writeFailed(), when it never succeeded.
    bool flushWithRetries();
    bool hasPending() const;

Q_SIGNALS:
    /// Writing the history failed; the run goes on.
    void writeFailed(const spool::Error &error);

private:
    void onEventRecorded(const RunEvent &event);
    void onRunChanged(const Run &run);
    void onTaskChanged(const QString &runId, const Task &task);
    void schedule();

    RunStore *m_store;
    std::optional<Run> m_pendingRun; // the latest run status change not yet written
    bool m_pendingRunWhole = false;  // it must be written with all its tasks (first seen late)
    bool m_failing = false;
    QList<RunEvent> m_pending;
    QList<Task> m_changedTasks; // the latest state of each changed task, first change first
    QHash<QString, qsizetype> m_changedIndex;
    QSet<QString> m_knownRuns; // runs whose tasks this recorder has seen from the start
    QTimer m_timer;
};

} // namespace spool
