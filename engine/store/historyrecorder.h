#pragma once

#include <runtime/runevent.h>
#include <schema/error.h>

#include <QList>
#include <QObject>
#include <QTimer>

namespace spool {

class RunEngine;
class RunStore;
struct Run;

/// Keeps the history of an engine's runs in a RunStore: each run (with its tasks) at every
/// status change, and its events in batches, written at least every `FlushIntervalMs` and at
/// once when a run's status changes, so the events of a finished run are all stored when
/// runFinished() is seen.
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

    RunStore *m_store;
    QList<RunEvent> m_pending;
    QTimer m_timer;
};

} // namespace spool
