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
    if (m_pending.isEmpty())
        return;
    const QList<RunEvent> events = std::exchange(m_pending, {});
    if (std::optional<Error> error = m_store->appendEvents(events))
        Q_EMIT writeFailed(*error);
}

void HistoryRecorder::onEventRecorded(const RunEvent &event)
{
    m_pending.append(event);
    if (!m_timer.isActive())
        m_timer.start();
}

void HistoryRecorder::onRunChanged(const Run &run)
{
    flush();
    if (std::optional<Error> error = m_store->saveRun(run))
        Q_EMIT writeFailed(*error);
}

} // namespace spool
