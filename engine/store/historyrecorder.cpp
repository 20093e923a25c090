#include "historyrecorder.h"

#include "runstore.h"

#include <runtime/runengine.h>

namespace spool {

HistoryRecorder::HistoryRecorder(RunEngine *engine, RunStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_timer.setInterval(FlushIntervalMs);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HistoryRecorder::flush);
    connect(engine, &RunEngine::eventRecorded, this, &HistoryRecorder::onEventRecorded);
    connect(engine, &RunEngine::taskChanged, this, &HistoryRecorder::onTaskChanged);
    // Connected after any earlier listener of the engine, but before runFinished reaches the
    // caller: runChanged is emitted first for a terminal status.
    connect(engine, &RunEngine::runChanged, this, &HistoryRecorder::onRunChanged);
}

HistoryRecorder::~HistoryRecorder()
{
    flush();
}

void HistoryRecorder::flush()
{
    m_timer.stop();
    if (!m_changedTasks.isEmpty()) {
        const QList<Task> tasks = std::exchange(m_changedTasks, {});
        m_changedIndex.clear();
        if (std::optional<Error> error = m_store->saveTasks(tasks))
            Q_EMIT writeFailed(*error);
    }
    if (!m_pending.isEmpty()) {
        const QList<RunEvent> events = std::exchange(m_pending, {});
        if (std::optional<Error> error = m_store->appendEvents(events))
            Q_EMIT writeFailed(*error);
    }
}

void HistoryRecorder::schedule()
{
    if (!m_timer.isActive())
        m_timer.start();
}

void HistoryRecorder::onEventRecorded(const RunEvent &event)
{
    m_pending.append(event);
    schedule();
}

void HistoryRecorder::onTaskChanged(const QString &, const Task &task)
{
    const auto it = m_changedIndex.constFind(task.id);
    if (it != m_changedIndex.constEnd()) {
        m_changedTasks[*it] = task;
    } else {
        m_changedIndex.insert(task.id, m_changedTasks.size());
        m_changedTasks.append(task);
    }
    schedule();
}

void HistoryRecorder::onRunChanged(const Run &run)
{
    // Every task change since the run's last save is pending, so the run's row alone follows:
    // a run status change costs the same however many tasks the run has. A run first seen
    // here with tasks already made (a recorder attached late) is saved whole, once.
    const bool known = m_knownRuns.contains(run.id);
    if (!known)
        m_knownRuns.insert(run.id);
    if (!known && !run.tasks.isEmpty()) {
        m_changedTasks.clear();
        m_changedIndex.clear();
        flush();
        if (std::optional<Error> error = m_store->saveRun(run))
            Q_EMIT writeFailed(*error);
        return;
    }
    flush();
    if (std::optional<Error> error = m_store->saveRunRecord(run))
        Q_EMIT writeFailed(*error);
}

} // namespace spool
