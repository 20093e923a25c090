#pragma once

#include <core/error.h>
#include <runtime/runevent.h>
#include <schema/task.h>

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace spool {

class RunEngine;
class RunStore;
struct Run;
struct Task;

/// Keeps the history of an engine's runs in a RunStore: each run's row at every status change,
/// and the tasks' changes and the events in batches (one transaction each), written within
/// `FlushIntervalMs` and at once when a run's status changes, so all of a finished run is
/// stored when runFinished() is seen. No write grows with the number of tasks in the run.
class HistoryRecorder : public QObject
{
    Q_OBJECT

public:
    static constexpr int FlushIntervalMs = 200;

    HistoryRecorder(RunEngine *engine, RunStore *store, QObject *parent = nullptr);
    ~HistoryRecorder() override;

    void flush();

Q_SIGNALS:
    /// Writing the history failed; the run goes on.
    void writeFailed(const spool::Error &error);

private:
    void onEventRecorded(const RunEvent &event);
    void onRunChanged(const Run &run);
    void onTaskChanged(const QString &runId, const Task &task);
    void schedule();

    RunStore *m_store;
    QList<RunEvent> m_pending;
    QList<Task> m_changedTasks; // the latest state of each changed task, first change first
    QHash<QString, qsizetype> m_changedIndex;
    QSet<QString> m_knownRuns; // runs whose tasks this recorder has seen from the start
    QTimer m_timer;
};

} // namespace spool
