#pragma once

#include <core/canceltoken.h>
#include <core/result.h>
#include <schema/run.h>
#include <schema/runevent.h>
#include <schema/runquery.h>
#include <schema/runrequest.h>
#include <schema/task.h>

#include <QFuture>
#include <QObject>
#include <QStringList>

#include <optional>

namespace spool {

/// How to start one request on a run service.
struct StartOptions
{
    /// The input file (path or URL) that replaces the url of the run's single root ingest, or,
    /// when the run has no ingest, is ingested as an implicit first task.
    std::optional<QString> input;
    /// The folder relative local paths are resolved against: the request file's folder.
    QString baseDir;
    /// A cancel token the caller can set from anywhere (a signal handler included): the run
    /// then ends `cancelled` as if cancel() had been called. Local services only.
    std::optional<CancelToken> cancel;
    /// Retry Failed: an earlier, terminal run of the same request. Tasks whose request node
    /// succeeded there with the same kind, options and input are not run again: they succeed
    /// with that run's outputs (still in that run's folder; Task::reusedFrom names the task),
    /// and the branches under its failed or cancelled tasks run. A service that cannot do
    /// this (reuseUnavailableReason()) fails the start with `reuse_unsupported`.
    std::optional<Run> reuse;
};

/// Everything that starts, cancels, lists or watches runs, whether the work happens in this
/// process (LocalRunService) or on a `/runs` server. The API speaks schema values only.
///
/// Every call answers through a QFuture, so that a remote service never blocks its caller; a
/// local service answers at once with a ready future. Continue with
/// `future.then(context, ...)`, or read `future.result()` where blocking is fine (a CLI).
///
/// Errors are values: `request_invalid` carries every problem in Error::problems (JSON
/// Pointer, kind, message); an unknown run is `run_not_found`.
///
/// Signals, on the thread that owns the service, for each run in this order: `runChanged`
/// (run.created) comes first; each task's `taskChanged` follows its own changes in order;
/// `eventRecorded` is emitted after the change it describes; `runProgressChanged` whenever
/// the integer percent moves (never down); the terminal `runChanged` is followed by
/// `runFinished`, the last signal of the run. By the time runFinished() is seen, a service
/// that keeps a history has written all of the run to it.
class RunService : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~RunService() override = default;

    /// Validates and starts a request. A second start with the request's `idempotency_key`
    /// answers the first run (also when another process sharing the history started it).
    virtual QFuture<Result<Run>> start(const RunRequest &request, const StartOptions &options) = 0;
    /// Cancels a live run; the run as it stands after the request. A run already terminal is
    /// answered unchanged.
    virtual QFuture<Result<Run>> cancel(const QString &runId) = 0;
    /// Why cancel() cannot work with this service (a server without the cancel route), or
    /// nullopt when it can.
    virtual std::optional<QString> cancelUnavailableReason() const { return std::nullopt; }
    /// Why StartOptions::reuse cannot work with this service (the outputs of an earlier run
    /// live where this service cannot take them over), or nullopt when it can. Only the
    /// embedded engine can, so a service says it can by overriding this.
    virtual std::optional<QString> reuseUnavailableReason() const
    {
        return QStringLiteral("this run service cannot take over the outputs of an earlier run; "
                              "run the whole workflow again");
    }

    /// A run with its tasks: from memory while live, from the history after.
    virtual QFuture<Result<Run>> run(const QString &runId) const = 0;
    virtual QFuture<Result<RunPage>> list(const RunQuery &query) const = 0;
    virtual QFuture<Result<QList<RunEvent>>> events(const QString &runId) const = 0;
    /// The request a run was started from, as given (before its input replaced the root
    /// ingest's url). `request_unavailable` where the service does not keep requests (the
    /// runs API has no route for it) or the run has none.
    virtual QFuture<Result<RunRequest>> request(const QString &runId) const;
    /// The task's log lines, as far as they go.
    virtual QFuture<Result<QStringList>> taskLog(const QString &runId,
                                                 const QString &taskId) const = 0;

Q_SIGNALS:
    void runChanged(const spool::Run &run);
    void taskChanged(const QString &runId, const spool::Task &task);
    void runProgressChanged(const QString &runId, int percent);
    void eventRecorded(const spool::RunEvent &event);
    void runFinished(const spool::Run &run);
    /// Something went wrong beside the run (its manifest or its history could not be
    /// written); the run goes on, and the caller decides what that means for it.
    void problemOccurred(const QString &runId, const spool::Error &error);
};

inline QFuture<Result<RunRequest>> RunService::request(const QString &runId) const
{
    return QtFuture::makeReadyFuture(Result<RunRequest>(
        Error{QStringLiteral("request_unavailable"),
              QStringLiteral("this run service does not keep the requests of its runs (run %1)")
                  .arg(runId)}));
}

} // namespace spool
