#include "retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace spool {

RetryPolicy::RetryPolicy(int initialMs, int maxMs)
    : m_initialMs(std::max(0, initialMs))
    , m_maxMs(std::max(0, maxMs))
{}

int RetryPolicy::backoffMs(int retry) const
{
    qint64 delay = m_initialMs;
    for (int i = 1; i < retry && delay < m_maxMs; ++i)
        delay *= 2;
    delay = std::min<qint64>(delay, m_maxMs);
    const qint64 half = delay / 2;
    // Full jitter over the upper half: never all at once, never much sooner than planned.
    const qint64 jitter = half > 0 ? qint64(QRandomGenerator::global()->bounded(quint64(half) + 1))
                                   : 0;
    return int(delay - jitter);
}

std::optional<qint64> RetryPolicy::retryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);
    const QDateTime date = QDateTime::fromString(QString::fromLatin1(trimmed), Qt::RFC2822Date);
    if (!date.isValid())
        return std::nullopt;
    return std::max<qint64>(0, now.msecsTo(date));
}

} // namespace spool
