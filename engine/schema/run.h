#pragma once

#include "lifecycle.h"
#include "task.h"
#include <core/result.h>

#include <QList>

namespace spool {

/// A Run object (spec §3): a run's status, progress and its tasks. The status follows the rule
/// kept by `lifecycle`. `progress` is what the run's owner reports: the embedded engine keeps
/// it as the mean over every task of the request, terminal and never-created ones counting
/// 100, so it never goes down; meanProgress() is spec §2's mean over the tasks at hand.
struct Run
{
    QString id;
    QList<Task> tasks;
    QJsonObject metadata;
    std::optional<QString> createdBy;
    Lifecycle lifecycle;
    int progress = 0;
    QJsonObject extra;

    /// The mean of the tasks' progress, terminal tasks counting 100.
    static int meanProgress(const QList<Task> &tasks);
    /// The Run with `{id, kind, status, progress}` task summaries, as lists show it.
    QJsonObject toSummaryJson() const;

    /// Reads a Run object; task summaries (`{id, kind, status, progress}`) are read as tasks.
    static Result<Run> fromJson(const QJsonValue &json);
    QJsonObject toJson() const;

    bool operator==(const Run &other) const = default;
};

} // namespace spool
