#include "lifecycle.h"

#include "credentials.h"

#include <QDateTime>

#include <cmath>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

// Times are Unix seconds; ISO 8601 strings are accepted from servers that send them.
std::optional<qint64> readTime(const QJsonValue &value)
{
    // Beyond ±2^53 seconds no time is meant, and the conversion would overflow.
    constexpr double Limit = 9007199254740992.0;
    if (value.isDouble() && std::fabs(value.toDouble()) < Limit)
        return qint64(value.toDouble());
    if (value.isString()) {
        const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (time.isValid())
            return time.toSecsSinceEpoch();
    }
    return std::nullopt;
}

QJsonValue timeValue(const std::optional<qint64> &time)
{
    return time ? QJsonValue(*time) : QJsonValue(QJsonValue::Null);
}

} // namespace

void Lifecycle::markCreated(qint64 now)
{
    m_createdAt = now;
    m_updatedAt = now;
}

bool Lifecycle::advance(Status to, qint64 now, const std::optional<Error> &error)
{
    if (!canTransition(m_status, to))
        return false;
    m_status = to;
    m_updatedAt = now;
    if (to == Status::Processing && !m_startedAt)
        m_startedAt = now;
    if (isTerminal(to))
        m_finishedAt = now;
    if (to == Status::Failed) {
        m_error = error;
        // An error is persisted and printed: a URL it quotes loses its password.
        if (m_error)
            m_error->message = Credentials::redact(m_error->message);
    }
    return true;
}

bool Lifecycle::readFrom(const QJsonObject &json, QString *problem)
{
    const std::optional<Status> status = statusFromName(json.value(u"status").toString());
    if (!status) {
        *problem = u"unknown status \"%1\""_s.arg(json.value(u"status").toString());
        return false;
    }
    m_status = *status;
    m_createdAt = readTime(json.value(u"created_at"));
    m_startedAt = readTime(json.value(u"started_at"));
    m_finishedAt = readTime(json.value(u"finished_at"));
    m_updatedAt = readTime(json.value(u"updated_at"));
    m_error.reset();
    const QJsonValue error = json.value(u"error");
    if (error.isObject()) {
        const QJsonObject object = error.toObject();
        m_error = Error{object.value(u"kind").toString(), object.value(u"message").toString()};
    }
    return true;
}

void Lifecycle::writeTo(QJsonObject &json) const
{
    json.insert(u"status"_s, statusName(m_status));
    if (m_error) {
        json.insert(u"error"_s,
                    QJsonObject{{u"kind"_s, m_error->kind}, {u"message"_s, m_error->message}});
    } else {
        json.insert(u"error"_s, QJsonValue::Null);
    }
    json.insert(u"created_at"_s, timeValue(m_createdAt));
    json.insert(u"started_at"_s, timeValue(m_startedAt));
    json.insert(u"finished_at"_s, timeValue(m_finishedAt));
    json.insert(u"updated_at"_s, timeValue(m_updatedAt));
}

} // namespace spool
