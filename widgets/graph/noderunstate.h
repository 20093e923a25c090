#pragma once

#include <schema/status.h>

#include <QString>

#include <optional>

namespace spool {

/// What a run shows on one node: display state only, never part of the document (no undo
/// entry, not saved).
struct NodeRunState
{
    Status status = Status::Waiting;
    /// 0–100; drawn as a bar while processing.
    int progress = 0;
    /// Seconds from started to finished, once the task has both.
    std::optional<qint64> duration;
    /// The task's error, for the tooltip of a failed node.
    QString error;
    /// The task's id in the run, empty for a node that has none (yet).
    QString taskId;
    /// A branch under a conditions task whose conditions did not hold: no task was made.
    bool notTaken = false;
    /// What the strip says instead of the status's name, when set: "conditions not met",
    /// "reused", a dry run's "would run".
    QString verdict;
    /// Lines the tooltip adds (the rules of a conditions task against its input).
    QString details;
    /// A dry run's prediction, not a task's status: nothing ran.
    bool dryRun = false;

    bool operator==(const NodeRunState &other) const = default;
};

} // namespace spool
