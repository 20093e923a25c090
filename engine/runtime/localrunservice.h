#pragma once

#include "runservice.h"
#include "workspace.h"

#include <QSet>

#include <memory>

namespace spool {

class ExecutorRegistry;
class HistoryWriter;
class RunEngine;
class RunStore;

/// The run service of this process: a RunEngine whose runs it records in a RunStore itself,
/// from its own handlers, before it passes each change on (so no listener's correctness
/// depends on the order signals were connected in).
///
/// A finished run leaves memory once its history is written (its task logs go to the run's
/// `logs.json`); run(), events() and taskLog() then read the history and the workspace, so a
/// long-lived process holds memory for its live runs only.
///
/// Idempotency: the key of a request is claimed in the history (a unique index) before its
/// run starts, so a second start with the same key, from this process or another sharing the
/// history, answers the first run and starts nothing.
///
/// A service over a store opened ReadOnly answers reads only; start() then fails with
/// `history_read_only`. Lives on one thread, like the store it owns; every answer is ready.
class LocalRunService : public RunService
{
    Q_OBJECT

public:
    LocalRunService(std::shared_ptr<const ExecutorRegistry> registry,
                    int threads,
                    const Workspace &workspace,
                    std::unique_ptr<RunStore> store,
                    QObject *parent = nullptr);
    ~LocalRunService() override;

    QFuture<Result<Run>> start(const RunRequest &request, const StartOptions &options) override;
    QFuture<Result<Run>> cancel(const QString &runId) override;
    /// The embedded engine takes over the outputs of an earlier run: never a reason.
    std::optional<QString> reuseUnavailableReason() const override { return std::nullopt; }
    QFuture<Result<Run>> run(const QString &runId) const override;
    QFuture<Result<RunPage>> list(const RunQuery &query) const override;
    QFuture<Result<QList<RunEvent>>> events(const QString &runId) const override;
    QFuture<Result<QStringList>> taskLog(const QString &runId, const QString &taskId) const override;
    /// The request kept in the run's folder when it started.
    QFuture<Result<RunRequest>> request(const QString &runId) const override;

    /// Runs not yet terminal.
    int activeCount() const;
    /// Runs held in memory: the live ones, and finished ones whose history could not yet be
    /// written.
    int heldCount() const;
    /// Writes what is pending in the history, trying again for a few seconds while that fails
    /// (before a process exits); false when some of it could not be written.
    bool flushHistory();

private:
    Result<Run> startNow(const RunRequest &request, const StartOptions &options);
    Result<Run> runNow(const QString &runId) const;
    Result<Run> answerClaimed(const QString &key, const QString &runId);
    void onEvent(const RunEvent &event);
    void onTaskChanged(const QString &runId, const Task &task);
    void onRunChanged(const Run &run);
    void onRunFinished(const Run &run);
    void onHistoryFailed(const QString &runId, const Error &error);
    void releaseWritten();
    void emitHeldEvent();

    Workspace m_workspace;
    std::unique_ptr<RunStore> m_store;
    std::unique_ptr<HistoryWriter> m_history;
    std::unique_ptr<RunEngine> m_engine;
    // The engine announces an event just before the change it describes; the service passes
    // the event on just after it, as RunService documents.
    std::optional<RunEvent> m_heldEvent;
    QSet<QString> m_unwritten; // finished runs kept in memory until their history is written
};

} // namespace spool
