#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace spool {

/// How long a RunsClient waits before it tries a call again: exponential backoff with jitter,
/// and the server's `Retry-After` for 429 and 503.
class RetryPolicy
{
public:
    RetryPolicy(int initialMs, int maxMs);

    /// The wait before retry number `retry` (1 for the first retry): the backoff
    /// min(maxMs, initialMs * 2^(retry-1)), less a random part of up to half of it.
    int backoffMs(int retry) const;

    /// A `Retry-After` value in milliseconds: delay-seconds or an HTTP-date (relative to `now`;
    /// a date in the past is 0). Nullopt when the value is neither.
    static std::optional<qint64> retryAfterMs(const QByteArray &value, const QDateTime &now);

private:
    int m_initialMs;
    int m_maxMs;
};

} // namespace spool
