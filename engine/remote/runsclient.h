#pragma once

#include "listpage.h"
#include "runsclientsettings.h"
#include "taskquery.h"
#include "taskrequest.h"

#include <core/result.h>
#include <schema/run.h>
#include <schema/runquery.h>
#include <schema/runrequest.h>

#include <QFuture>
#include <QObject>

class QNetworkAccessManager;

namespace spool {

struct HttpAnswer;

/// A client of a `/runs` API (spec §6): the hosted one or `spool-cli serve`. Every call answers
/// through a QFuture on the thread that owns the client, which must run its event loop.
///
/// Promises: every request carries `Authorization: Bearer <key>`, and the key appears in no
/// log line and no error message. A POST /runs always carries an `idempotency_key` (the
/// request's own, or one made here), so it is the same body on every retry and a retried submit
/// makes one run. 429 waits for `Retry-After`; 5xx, timeouts and dropped connections are tried
/// again with backoff, a bounded number of times (POST /tasks, which has no idempotency key,
/// only when the server cannot have acted on it: 429, 503, no connection; note that Qt's HTTP
/// layer itself sends a request once more when its connection closes before any byte of the
/// answer). TLS errors fail the call; redirects are
/// followed only within the endpoint's origin. Error bodies `{kind, message}` become Errors
/// with that kind and message and Error::httpStatus set.
class RunsClient : public QObject
{
    Q_OBJECT

public:
    explicit RunsClient(const RunsClientSettings &settings, QObject *parent = nullptr);
    ~RunsClient() override;

    const RunsClientSettings &settings() const { return m_settings; }

    /// POST /runs: 201 and the Run. The request's `idempotency_key`, or a new one.
    QFuture<Result<Run>> submit(const RunRequest &request);
    /// GET /runs/{id}.
    QFuture<Result<Run>> run(const QString &runId);
    /// GET /runs with the query's limit, cursor, order and status.
    QFuture<Result<ListPage<Run>>> runs(const RunQuery &query);
    /// The page a previous page's `next` names (same origin as the endpoint only).
    QFuture<Result<ListPage<Run>>> runs(const QUrl &next);
    /// POST /runs/{id}/cancel, a Spool extension. A server without the route (404 other than
    /// `run_not_found`, 405, 501) answers `cancel_unsupported`.
    QFuture<Result<Run>> cancel(const QString &runId);

    /// POST /tasks: 201 and the Task, its `run_id` set.
    QFuture<Result<Task>> submitTask(const TaskRequest &request);
    /// GET /tasks/{id}.
    QFuture<Result<Task>> task(const QString &taskId);
    /// GET /tasks with the query's limit, cursor, order and filters.
    QFuture<Result<ListPage<Task>>> tasks(const TaskQuery &query);
    QFuture<Result<ListPage<Task>>> tasks(const QUrl &next);

    /// A fresh idempotency key: `spool_` and 32 random hex digits.
    static QString newIdempotencyKey();

private:
    QUrl routeUrl(const QString &route) const;
    std::optional<Error> checkOrigin(const QUrl &url) const;
    QFuture<Result<HttpAnswer>> call(const QByteArray &method,
                                     const QUrl &url,
                                     const QByteArray &body,
                                     bool resendable);

    RunsClientSettings m_settings;
    QNetworkAccessManager *m_network;
};

} // namespace spool
