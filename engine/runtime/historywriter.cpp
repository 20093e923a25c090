#include "historywriter.h"

#include <store/runstore.h>

#include <QThread>

namespace spool {

using namespace Qt::Literals::StringLiterals;

HistoryWriter::HistoryWriter(RunStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_timer.setInterval(FlushIntervalMs);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HistoryWriter::flush);
}

HistoryWriter::~HistoryWriter()
{
    flush();
}

bool HistoryWriter::flush()
{
    m_timer.stop();
    std::optional<Error> problem;
    if (m_pendingRun) {
        problem = m_pendingRunWhole ? m_store->saveRun(*m_pendingRun)
                                    : m_store->saveRunRecord(*m_pendingRun);
        if (!problem) {
            m_pendingRun.reset();
            m_pendingRunWhole = false;
        }
    }
    if (!problem && !m_changedTasks.isEmpty()) {
        problem = m_store->saveTasks(m_changedTasks);
        if (!problem) {
            m_changedTasks.clear();
            m_changedIndex.clear();
        }
    }
    if (!problem && !m_pending.isEmpty()) {
        problem = m_store->appendEvents(m_pending);
        if (!problem)
            m_pending.clear();
    }
    if (problem) {
        if (!m_failing)
            Q_EMIT writeFailed(pendingRunId(), *problem);
        m_failing = true;
        schedule();
        return false;
    }
    m_failing = false;
    Q_EMIT written();
    return true;
}

bool HistoryWriter::flushWithRetries()
{
    constexpr int Attempts = 6;
    for (int attempt = 0; attempt < Attempts; ++attempt) {
        if (attempt > 0)
            QThread::msleep(100UL << attempt); // 0.2 s, 0.4 s … 3.2 s: about 6 s at most
        if (flush())
            return true;
    }
    m_timer.stop();
    Q_EMIT writeFailed(pendingRunId(),
                       Error{u"history_unavailable"_s,
                             u"gave up writing the history after %1 attempts; the last state of "
                             "the run is in its run.json, if that could be written"_s.arg(
                                 Attempts)});
    return false;
}

bool HistoryWriter::hasPending() const
{
    return m_pendingRun || !m_changedTasks.isEmpty() || !m_pending.isEmpty();
}

void HistoryWriter::schedule()
{
    if (!m_timer.isActive())
        m_timer.start();
}

QString HistoryWriter::pendingRunId() const
{
    if (m_pendingRun)
        return m_pendingRun->id;
    if (!m_changedTasks.isEmpty())
        return m_changedTasks.constFirst().runId;
    if (!m_pending.isEmpty())
        return m_pending.constFirst().runId;
    return QString();
}

void HistoryWriter::forget(const QString &runId)
{
    m_knownRuns.remove(runId);
}

void HistoryWriter::recordEvent(const RunEvent &event)
{
    m_pending.append(event);
    schedule();
}

void HistoryWriter::recordTask(const Task &task)
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

bool HistoryWriter::recordRun(const Run &run)
{
    // Every task change since the run's last save is pending, so the run's row alone is
    // written: a run status change costs the same however many tasks the run has. A run first
    // seen here with tasks already made (a writer attached late) is saved whole, once.
    // Events and task changes still pending from an earlier failure are kept.
    const bool known = m_knownRuns.contains(run.id);
    if (!known)
        m_knownRuns.insert(run.id);
    if (!known && !run.tasks.isEmpty()) {
        m_changedTasks.clear();
        m_changedIndex.clear();
        m_pendingRunWhole = true;
    }
    m_pendingRun = run;
    return flush();
}

} // namespace spool
