#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace spool {

/// One event of a run, in the hosted API's shape:
/// `{ "id", "object": "event", "kind", "data", "created_at" }`. Kinds: task.created,
/// task.updated, task.succeeded, task.failed, run.created, run.updated, run.succeeded,
/// run.failed, and, as an extension of Spool's, task.cancelled and run.cancelled. Task events
/// carry the Task object; run events carry the Run object without its tasks (they have events
/// of their own), with `task_count`.
struct RunEvent
{
    QString id;
    QString kind;
    QString runId;
    QString taskId; ///< empty for run events
    QJsonObject data;
    qint64 createdAt = 0;
    /// `data` as compact JSON, when whoever made the event serialised it already (the engine
    /// does, once per event), so that every sink (the events file, the history) writes these
    /// bytes instead of serialising `data` again. Empty: not made; compactData() makes it.
    QByteArray dataJson;

    QJsonObject toJson() const;
    /// `data` as compact JSON: dataJson when set, else serialised now.
    QByteArray compactData() const;
    /// The whole event as one compact JSON object (what toJson() serialises to), built around
    /// compactData() without serialising `data` again.
    QByteArray toCompactJson() const;
};

} // namespace spool
