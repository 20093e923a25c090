#include "httpcall.h"

#include "remotelogging.h"

#include <schema/credentials.h>
#include <schema/jsonreader.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

Error errorFromValue(const QJsonObject &object)
{
    Error error;
    error.kind = object.value(u"kind").toString();
    error.message = object.value(u"message").toString();
    error.path = object.value(u"path").toString();
    error.line = object.value(u"line").toInt();
    error.column = object.value(u"column").toInt();
    const QJsonArray problems = object.value(u"problems").toArray();
    for (const QJsonValue &problem : problems) {
        if (problem.isObject())
            error.problems.append(errorFromValue(problem.toObject()));
    }
    return error;
}

// The error a non-2xx answer stands for: the server's `{kind, message}` when it sent one, else
// the status itself.
Error errorFromAnswer(int status, const QByteArray &reason, const QByteArray &body)
{
    const Result<QJsonValue> json = JsonReader::read(body);
    if (json && json->isObject()) {
        Error error = errorFromValue(json->toObject());
        if (!error.kind.isEmpty()) {
            if (error.message.isEmpty())
                error.message = u"the server answered %1 %2"_s.arg(status).arg(
                    QString::fromLatin1(reason));
            error.httpStatus = status;
            return error;
        }
    }
    Error error{u"http_error"_s,
                u"the server answered %1 %2"_s.arg(status)
                    .arg(QString::fromLatin1(reason))
                    .trimmed()};
    error.httpStatus = status;
    return error;
}

bool isTransient(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::UnknownServerError:
        return true;
    default:
        return false;
    }
}

} // namespace

HttpCall::HttpCall(QNetworkAccessManager *network,
                   const RunsClientSettings &settings,
                   const QByteArray &method,
                   const QUrl &url,
                   const QByteArray &body,
                   Resend resend)
    : m_network(network)
    , m_settings(settings)
    , m_policy(settings.initialBackoffMs, settings.maxBackoffMs)
    , m_method(method)
    , m_url(url)
    , m_body(body)
    , m_resend(resend)
{
    for (QTimer *timer : {&m_connectTimer, &m_silenceTimer, &m_attemptTimer, &m_retryTimer})
        timer->setSingleShot(true);
    m_connectTimer.setInterval(settings.connectTimeoutMs);
    m_silenceTimer.setInterval(settings.silenceTimeoutMs);
    m_attemptTimer.setInterval(settings.attemptTimeoutMs);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        onTimeout(u"no connection (or not a byte of an answer) within %1 ms"_s.arg(
            m_settings.connectTimeoutMs));
    });
    connect(&m_silenceTimer, &QTimer::timeout, this, [this] {
        onTimeout(u"the server was silent for %1 ms"_s.arg(m_settings.silenceTimeoutMs));
    });
    connect(&m_attemptTimer, &QTimer::timeout, this, [this] {
        onTimeout(u"no complete answer within %1 ms"_s.arg(m_settings.attemptTimeoutMs));
    });
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpCall::attempt);
}

HttpCall::~HttpCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    if (!m_answered) {
        m_promise.addResult(Result<HttpAnswer>(
            Error{u"client_closed"_s,
                  describe() + u": the client closed before the answer came"_s}));
        m_promise.finish();
    }
}

QFuture<Result<HttpAnswer>> HttpCall::start()
{
    m_promise.start();
    m_clock.start();
    QFuture<Result<HttpAnswer>> future = m_promise.future();
    attempt();
    return future;
}

QString HttpCall::describe() const
{
    return Credentials::redact(QString::fromLatin1(m_method) + u' '
                               + m_url.toString(QUrl::RemoveUserInfo));
}

void HttpCall::restartSilence()
{
    m_silenceTimer.start();
}

void HttpCall::onSignOfLife()
{
    m_connectTimer.stop();
    restartSilence();
}

void HttpCall::attempt()
{
    ++m_attempt;
    m_sent = false;
    m_timedOut.clear();
    m_tooLarge.clear();
    m_tlsErrors.clear();

    QNetworkRequest request(m_url);
    if (!m_settings.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_settings.apiKey);
    request.setRawHeader("Accept", "application/json");
    if (!m_body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // A redirect elsewhere would carry the key to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setTransferTimeout(0); // the timers below guard each phase instead

    QNetworkReply *reply = m_network->sendCustomRequest(request, m_method, m_body);
    m_reply = reply;
    // Qt tells when the connection is made only indirectly: the request or its body going out,
    // or the first byte of the answer coming in.
    connect(reply, &QNetworkReply::requestSent, this, [this] {
        m_sent = true;
        onSignOfLife();
    });
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64) {
        if (sent > 0) {
            m_sent = true;
            onSignOfLife();
        }
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        m_sent = true;
        onSignOfLife();
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64) {
        m_sent = true;
        onSignOfLife();
        if (received > m_settings.maxAnswerBytes && m_tooLarge.isEmpty()) {
            m_tooLarge = u"the answer is larger than %1 bytes"_s.arg(m_settings.maxAnswerBytes);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Recorded, never ignored: the handshake then fails and the call reports why.
        for (const QSslError &error : errors)
            m_tlsErrors.append(error.errorString());
    });
    connect(reply, &QNetworkReply::finished, this, &HttpCall::onFinished);
    m_connectTimer.start();
    m_silenceTimer.start();
    m_attemptTimer.start();
    qCDebug(lcRemote,
            "%ls (attempt %d of %d)",
            qUtf16Printable(describe()),
            m_attempt,
            m_settings.maxAttempts);
}

void HttpCall::onTimeout(const QString &which)
{
    if (!m_reply || !m_timedOut.isEmpty())
        return;
    m_timedOut = which;
    m_reply->abort();
}

void HttpCall::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_connectTimer.stop();
    m_silenceTimer.stop();
    m_attemptTimer.stop();
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;

    const bool resendable = m_resend == Resend::Always;
    if (!m_tooLarge.isEmpty()) {
        fail(Error{u"response_too_large"_s, describe() + u": "_s + m_tooLarge});
        return;
    }
    if (!m_timedOut.isEmpty()) {
        retryOrFail(Error{u"timeout"_s, describe() + u": "_s + m_timedOut}, resendable || !m_sent);
        return;
    }
    const QNetworkReply::NetworkError networkError = reply->error();
    if (!m_tlsErrors.isEmpty() || networkError == QNetworkReply::SslHandshakeFailedError) {
        const QString detail = m_tlsErrors.isEmpty() ? reply->errorString()
                                                     : m_tlsErrors.join(u"; "_s);
        fail(Error{u"tls_failed"_s,
                   describe()
                       + u": the TLS connection to %1 failed: %2"_s.arg(m_url.host(), detail)});
        return;
    }
    const QVariant statusValue = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusValue.isValid() ? statusValue.toInt() : 0;
    if (status == 0) {
        if (networkError == QNetworkReply::ConnectionRefusedError) {
            retryOrFail(Error{u"connection_failed"_s,
                              describe() + u": the server refused the connection"_s},
                        true);
        } else if (networkError == QNetworkReply::HostNotFoundError) {
            fail(Error{u"host_not_found"_s,
                       describe() + u": host "_s + m_url.host() + u" not found"_s});
        } else if (isTransient(networkError)) {
            retryOrFail(Error{u"connection_dropped"_s,
                              describe() + u": "_s + Credentials::redact(reply->errorString())},
                        resendable || !m_sent);
        } else {
            fail(Error{u"network_error"_s,
                       describe() + u": "_s + Credentials::redact(reply->errorString())});
        }
        return;
    }

    const QByteArray body = reply->readAll();
    const QByteArray reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute)
                                  .toByteArray();
    if (status >= 200 && status < 300) {
        if (networkError != QNetworkReply::NoError) {
            // The status line came, the rest of the answer did not.
            retryOrFail(Error{u"connection_dropped"_s,
                              describe() + u": the answer was cut off: "_s
                                  + Credentials::redact(reply->errorString())},
                        resendable);
            return;
        }
        HttpAnswer answer;
        answer.status = status;
        answer.headers = reply->rawHeaderPairs();
        answer.url = reply->url();
        if (!body.trimmed().isEmpty()) {
            Result<QJsonValue> json = JsonReader::read(body);
            if (!json) {
                Error error{u"response_invalid"_s,
                            describe()
                                + u": the answer is not valid JSON (%1 bytes; line %2, "
                                  "column %3: %4)"_s.arg(body.size())
                                      .arg(json.error().line)
                                      .arg(json.error().column)
                                      .arg(json.error().message)};
                error.httpStatus = status;
                retryOrFail(error, resendable);
                return;
            }
            answer.json = std::move(json).value();
        }
        qCDebug(lcRemote,
                "%ls: %d in %lld ms",
                qUtf16Printable(describe()),
                status,
                m_clock.elapsed());
        this->answer(Result<HttpAnswer>(std::move(answer)));
        return;
    }

    Error error = errorFromAnswer(status, reason, body);
    const std::optional<qint64> retryAfter
        = RetryPolicy::retryAfterMs(reply->rawHeader("Retry-After"),
                                    QDateTime::currentDateTimeUtc());
    if (status == 429 || status == 503) {
        if (retryAfter && *retryAfter > qint64(m_settings.maxRetryAfterS) * 1000) {
            error.kind = status == 429 ? u"rate_limited"_s : error.kind;
            error.message = describe()
                            + u": the server asks to wait %1 s before trying again "
                              "(%2)"_s.arg(*retryAfter / 1000)
                                  .arg(error.message);
            fail(error);
            return;
        }
        retryOrFail(error, true, retryAfter);
        return;
    }
    retryOrFail(error, status >= 500 && resendable);
}

void HttpCall::retryOrFail(const Error &error, bool retryable, std::optional<qint64> waitMs)
{
    if (!retryable || m_attempt >= m_settings.maxAttempts) {
        Error final = error;
        if (m_attempt > 1 && error.httpStatus == 0)
            final.message += u" (after %1 attempts)"_s.arg(m_attempt);
        fail(final);
        return;
    }
    const qint64 wait = waitMs ? *waitMs : m_policy.backoffMs(m_attempt);
    qCDebug(lcRemote,
            "%ls: %ls; trying again in %lld ms",
            qUtf16Printable(describe()),
            qUtf16Printable(error.kind),
            wait);
    m_retryTimer.start(int(std::min<qint64>(wait, std::numeric_limits<int>::max())));
}

void HttpCall::fail(Error error)
{
    qCDebug(lcRemote, "%ls: failed: %ls", qUtf16Printable(describe()), qUtf16Printable(error.kind));
    answer(Result<HttpAnswer>(std::move(error)));
}

void HttpCall::answer(Result<HttpAnswer> result)
{
    m_answered = true;
    m_promise.addResult(std::move(result));
    m_promise.finish();
    deleteLater();
}

} // namespace spool
