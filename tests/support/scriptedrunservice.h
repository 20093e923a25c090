#pragma once

#include <runtime/runservice.h>

#include <QHash>
#include <QPromise>

#include <memory>

namespace spool {

/// A RunService for the monitor's widget tests: it runs nothing and emits what the test
/// scripts, in the order the interface documents, so the tests check the widgets, not the
/// engine. Answers are ready futures, as a local service's are.
class ScriptedRunService : public RunService
{
    Q_OBJECT

public:
    using RunService::RunService;

    /// Emits run.created for `run` and remembers it; start() answers the same.
    void begin(const Run &run);
    /// Stores the task in its run and emits taskChanged.
    void changeTask(const Task &task);
    void setProgress(const QString &runId, int percent);
    /// Moves the run to a terminal status and emits runChanged, then runFinished.
    void finish(const QString &runId, Status status);
    void appendLog(const QString &runId, const QString &taskId, const QString &line);
    int logReads() const { return m_logReads; }
    /// Says it can reuse the outputs of an earlier run (it then records the options only).
    void setReuseAvailable(bool available) { m_reuseAvailable = available; }
    /// The options of the last start.
    const StartOptions &lastStartOptions() const { return m_lastOptions; }
    /// Starts answer only when releaseStart() is called, as a remote service answers later.
    void holdStarts(bool hold) { m_holdStarts = hold; }
    /// Answers the start being held (the run is created now); false when none is.
    bool releaseStart();

    std::optional<QString> reuseUnavailableReason() const override;

    QFuture<Result<Run>> start(const RunRequest &request, const StartOptions &options) override;
    QFuture<Result<Run>> cancel(const QString &runId) override;
    QFuture<Result<Run>> run(const QString &runId) const override;
    QFuture<Result<RunPage>> list(const RunQuery &query) const override;
    QFuture<Result<QList<RunEvent>>> events(const QString &runId) const override;
    QFuture<Result<QStringList>> taskLog(const QString &runId, const QString &taskId) const override;

private:
    QHash<QString, Run> m_runs;
    QHash<QString, QStringList> m_logs;
    mutable int m_logReads = 0;
    int m_started = 0;
    bool m_reuseAvailable = false;
    bool m_holdStarts = false;
    StartOptions m_lastOptions;
    std::unique_ptr<QPromise<Result<Run>>> m_heldStart;
};

} // namespace spool
