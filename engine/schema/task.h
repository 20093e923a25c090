#pragma once

#include "lifecycle.h"
#include "outputentry.h"
#include <core/result.h>

#include <QJsonArray>
#include <QList>
#include <QStringList>

namespace spool {

/// What a `conditions` task reports (spec §3): the checks that held, those that did not, and
/// whether its `next` tasks go on.
struct ConditionResults
{
    QJsonArray passed;
    QJsonArray failed;
    bool continues = true;

    bool operator==(const ConditionResults &other) const = default;
};

/// A Task object as a run reports it (spec §3). Its status follows the rule kept by
/// `lifecycle`; `progress` is 0–100.
struct Task
{
    QString id;
    QString kind;
    QString runId;
    std::optional<QString> parentId;
    int progress = 0;
    QJsonObject options;
    QList<OutputEntry> inputs;
    QList<OutputEntry> outputs;
    QJsonObject metadata;
    Lifecycle lifecycle;
    std::optional<ConditionResults> results;
    // A summary task's results, carried on the task itself.
    std::optional<QString> title;
    std::optional<QString> description;
    std::optional<QStringList> tags;
    std::optional<QStringList> languages;
    /// Spool's extension `request_node`: the JSON Pointer of the request node this task was
    /// made from, in the request as submitted (`/tasks/0/next/1`); absent on an implicit
    /// ingest, which no node of the request wrote, and on tasks of servers that do not send it.
    std::optional<QString> requestNode;
    /// Spool's extension `reused_from`: the task of an earlier run whose outputs this task took
    /// over instead of running (Retry Failed: same request node, kind, options and input). Its
    /// output files stay where that run wrote them.
    struct Origin
    {
        QString runId;
        QString taskId;
        bool operator==(const Origin &other) const = default;
    };
    std::optional<Origin> reusedFrom;
    QJsonObject extra;

    /// Reads a Task object, also in the older shape with single `input`/`output` objects and
    /// the legacy status `ready`.
    static Result<Task> fromJson(const QJsonValue &json);
    QJsonObject toJson() const;
    /// The task as a run event carries it: without the request's options and metadata (the
    /// run record keeps them), and with its inputs only when `withInputs` (when it is created).
    QJsonObject toEventJson(bool withInputs) const;

    bool operator==(const Task &other) const = default;

private:
    enum class Parts { Whole, WithoutRequest, WithoutRequestOrInputs };
    QJsonObject toJson(Parts parts) const;
};

} // namespace spool
