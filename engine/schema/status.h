#pragma once

#include <QString>

#include <optional>

namespace spool {

/// The statuses that runs and tasks share (spec §2), in their order.
///
/// The rule: a status only ever moves forward along waiting → validating → queued →
/// processing → finishing → succeeded, and may skip ahead; `failed` and `cancelled` can follow
/// any status that is not terminal; a terminal status (succeeded, failed, cancelled) is final.
enum class Status {
    Waiting,
    Validating,
    Queued,
    Processing,
    Finishing,
    Succeeded,
    Failed,
    Cancelled
};

QString statusName(Status status);

/// Reads a status name. Accepts the legacy `ready` as `succeeded`.
std::optional<Status> statusFromName(QStringView name);

bool isTerminal(Status status);

/// Whether `from` may move to `to` under the rule above. Staying put is not a transition.
bool canTransition(Status from, Status to);

} // namespace spool
