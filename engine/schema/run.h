#pragma once

#include "lifecycle.h"
#include "result.h"
#include "task.h"

#include <QList>

namespace spool {

/// A Run object (spec §3): a run's status, progress and its tasks. The status follows the rule
/// kept by `lifecycle`; progress() is the mean of the tasks' progress, terminal tasks counting
/// 100 (spec §2).
struct Run
{
    QString id;
    QList<Task> tasks;
    QJsonObject metadata;
    std::optional<QString> createdBy;
    Lifecycle lifecycle;
    /// The progress a server reported; progress() computes it from the tasks when they are
    /// known.
    int reportedProgress = 0;
    QJsonObject extra;

    int progress() const;

    /// Reads a Run object; task summaries (`{id, kind, status, progress}`) are read as tasks.
    static Result<Run> fromJson(const QJsonValue &json);
    QJsonObject toJson() const;

    bool operator==(const Run &other) const = default;
};

} // namespace spool
