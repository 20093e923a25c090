#pragma once

#include "status.h"
#include <core/error.h>

#include <QJsonObject>

#include <optional>

namespace spool {

/// The part of a Run and a Task that follows the status rule: the status, its timestamps and
/// the error. Invariant: `status` only changes through advance(), so it never moves backwards
/// and never leaves a terminal status; `started_at` is set on entering processing,
/// `finished_at` on entering a terminal status, `updated_at` on every change.
class Lifecycle
{
public:
    Status status() const { return m_status; }
    std::optional<qint64> createdAt() const { return m_createdAt; }
    std::optional<qint64> startedAt() const { return m_startedAt; }
    std::optional<qint64> finishedAt() const { return m_finishedAt; }
    std::optional<qint64> updatedAt() const { return m_updatedAt; }
    const std::optional<Error> &error() const { return m_error; }

    void markCreated(qint64 now);
    /// Moves to `to` at time `now` (Unix seconds) when the rule allows it; false otherwise,
    /// and nothing changes. `error` is kept only with `failed`.
    bool advance(Status to, qint64 now, const std::optional<Error> &error = std::nullopt);

    /// Reads `status`, the four timestamps and `error` from a Run or Task object, without
    /// the rule: a reader takes what a server reports. False when the status is unknown.
    bool readFrom(const QJsonObject &json, QString *problem);
    void writeTo(QJsonObject &json) const;

    bool operator==(const Lifecycle &other) const = default;

private:
    Status m_status = Status::Waiting;
    std::optional<qint64> m_createdAt;
    std::optional<qint64> m_startedAt;
    std::optional<qint64> m_finishedAt;
    std::optional<qint64> m_updatedAt;
    std::optional<Error> m_error;
};

} // namespace spool
