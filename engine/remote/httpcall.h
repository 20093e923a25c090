#pragma once

#include "httpanswer.h"
#include "retrypolicy.h"
#include "runsclientsettings.h"

#include <core/result.h>

#include <QElapsedTimer>
#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QStringList>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace spool {

/// One call to a `/runs` server, with every attempt it takes: it sends the request, guards it
/// with the connect, silence and attempt timeouts, retries what may be retried with backoff
/// (429 after its `Retry-After`), and answers once, with the 2xx answer's JSON or an Error
/// carrying the HTTP status. TLS problems end the call; they are never ignored. Deletes itself
/// once it has answered.
class HttpCall : public QObject
{
    Q_OBJECT

public:
    /// Which failures may send the request again.
    enum class Resend {
        /// The request may reach the server twice with no harm (a GET, a POST with an
        /// idempotency key, a cancel): 429, 5xx, timeouts, dropped connections, bad bodies.
        Always,
        /// Only when the server did not act on it: 429, 503, and connections that failed
        /// before the request was sent.
        WhenUnprocessed,
    };

    HttpCall(QNetworkAccessManager *network,
             const RunsClientSettings &settings,
             const QByteArray &method,
             const QUrl &url,
             const QByteArray &body,
             Resend resend);
    /// A call still under way when its client goes answers `client_closed`.
    ~HttpCall() override;

    QFuture<Result<HttpAnswer>> start();

private:
    void attempt();
    void onFinished();
    void onTimeout(const QString &which);
    void retryOrFail(const Error &error, bool retryable, std::optional<qint64> waitMs = {});
    void fail(Error error);
    void answer(Result<HttpAnswer> result);
    void restartSilence();
    void onSignOfLife();
    QString describe() const;

    QNetworkAccessManager *m_network;
    RunsClientSettings m_settings;
    RetryPolicy m_policy;
    QByteArray m_method;
    QUrl m_url;
    QByteArray m_body;
    Resend m_resend;
    QPromise<Result<HttpAnswer>> m_promise;
    QPointer<QNetworkReply> m_reply;
    int m_attempt = 0;
    bool m_answered = false;
    bool m_sent = false;
    QString m_timedOut;
    QString m_tooLarge;
    QStringList m_tlsErrors;
    QTimer m_connectTimer;
    QTimer m_silenceTimer;
    QTimer m_attemptTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_clock;
};

} // namespace spool
