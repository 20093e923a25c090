#pragma once

#include "remotepolling.h"

#include <runtime/runservice.h>

#include <QElapsedTimer>
#include <QHash>

#include <memory>

class QTimer;

namespace spool {

class RunsClient;
class RunSnapshotMerger;

/// The run service of a `/runs` server (the hosted API or `spool-cli serve`), over a RunsClient.
/// start() submits the request and watches the run: it polls GET /runs/{id} (see RemotePolling)
/// and emits the same signals, in the same order, as the local engine, each change once and no
/// status backwards however the answers come (RunSnapshotMerger). list() is the server's
/// GET /runs; run() the server's run, merged with what was seen of it when it is watched.
///
/// What the API lacks is an error, never a guess: events() knows the events made from the
/// changes this service saw (`events_unavailable` for a run it did not watch), taskLog() is
/// `task_log_unavailable`, and cancel() on a server without POST /runs/{id}/cancel is
/// `cancel_unsupported`, after which cancelUnavailableReason() says why.
///
/// A run whose server cannot be reached is polled on; problemOccurred() says so once per
/// outage. A run the server no longer knows, a refused key, or an outage longer than
/// RemotePolling::giveUpAfterMs ends the watch with watchEnded(). Lives on one thread, whose
/// event loop runs.
class RemoteRunService : public RunService
{
    Q_OBJECT

public:
    RemoteRunService(std::unique_ptr<RunsClient> client,
                     const RemotePolling &polling = {},
                     QObject *parent = nullptr);
    ~RemoteRunService() override;

    QFuture<Result<Run>> start(const RunRequest &request, const StartOptions &options) override;
    QFuture<Result<Run>> cancel(const QString &runId) override;
    std::optional<QString> cancelUnavailableReason() const override;
    QFuture<Result<Run>> run(const QString &runId) const override;
    QFuture<Result<RunPage>> list(const RunQuery &query) const override;
    QFuture<Result<QList<RunEvent>>> events(const QString &runId) const override;
    QFuture<Result<QStringList>> taskLog(const QString &runId, const QString &taskId) const override;

    /// Watches a run this service did not start (its signals follow), until it ends.
    void watch(const QString &runId);
    bool isWatching(const QString &runId) const;
    /// The wait before the run's next poll, -1 when it is not watched.
    int pollIntervalMs(const QString &runId) const;
    /// Asks the server whether it has the cancel route (a cancel of a run that does not
    /// exist); afterwards cancelUnavailableReason() knows. The reason, or nullopt.
    QFuture<std::optional<QString>> probeCancel();

    RunsClient *client() const { return m_client.get(); }

Q_SIGNALS:
    /// The service stopped watching a run that had not ended, for `error`'s reason.
    void watchEnded(const QString &runId, const spool::Error &error);

private:
    struct Watch
    {
        QTimer *timer = nullptr;
        int intervalMs = 0;
        bool inFlight = false;
        bool failing = false;
        QElapsedTimer failingSince;
    };

    void startWatching(const QString &runId);
    void poll(const QString &runId);
    void onPolled(const QString &runId, const Result<Run> &answer);
    void endWatch(const QString &runId, const std::optional<Error> &error);
    void absorb(const Run &snapshot);

    std::unique_ptr<RunsClient> m_client;
    RemotePolling m_polling;
    std::unique_ptr<RunSnapshotMerger> m_merger;
    QHash<QString, Watch> m_watches;
    std::optional<QString> m_cancelUnavailable;
};

} // namespace spool
