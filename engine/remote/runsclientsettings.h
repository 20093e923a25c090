#pragma once

#include <QByteArray>
#include <QUrl>

namespace spool {

/// Where a RunsClient talks to and how patiently. The defaults suit a server on the internet;
/// tests shorten them.
struct RunsClientSettings
{
    /// The API's base URL: `https://api.example.com` or `http://127.0.0.1:8787`, routes are
    /// appended to its path (`/v1` + `/runs`).
    QUrl endpoint;
    /// The bearer key sent in `Authorization`. Never logged, never part of an error message.
    QByteArray apiKey;
    /// Attempts per call, the first included, for answers that may be retried (429, 5xx,
    /// timeouts, dropped connections).
    int maxAttempts = 5;
    /// The first backoff; each retry doubles it up to maxBackoffMs, and a random jitter takes
    /// up to half of it away so that many clients do not retry in step.
    int initialBackoffMs = 500;
    int maxBackoffMs = 8000;
    /// The longest `Retry-After` a call waits; a server asking for more ends the call with
    /// `rate_limited`.
    int maxRetryAfterS = 60;
    /// From the start of an attempt until the connection shows life (name lookup, TCP and TLS,
    /// up to the request going out or, where Qt does not report that, the answer's first byte).
    int connectTimeoutMs = 10000;
    /// The longest an attempt may pass with nothing sent or received.
    int silenceTimeoutMs = 30000;
    /// The longest one attempt may take in all, however the server drips its answer.
    int attemptTimeoutMs = 120000;
    /// The largest answer read, in bytes.
    qint64 maxAnswerBytes = 64 * 1024 * 1024;
};

} // namespace spool
