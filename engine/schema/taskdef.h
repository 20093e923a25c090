#pragma once

#include "keyorder.h"
#include <core/result.h>

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace spool {

/// One task of a run request (spec §1): a kind, its options and metadata, and the tasks that
/// follow it. Optional members stay absent when the source left them out, and keys this
/// version does not know are kept verbatim in `extra`, so reading and writing a request
/// reproduces it without injecting defaults or losing anything.
struct TaskDef
{
    QString kind;
    std::optional<QJsonObject> options;
    std::optional<QJsonObject> metadata;
    /// Absent (`hasNext == false`) differs from an empty `next` array.
    std::vector<TaskDef> next;
    bool hasNext = false;
    QJsonObject extra;
    /// Where this node stands in the request as submitted, a JSON Pointer (`/tasks/0/next/1`):
    /// set by assignRequestNodes(), carried to the task as `request_node`. Not part of the
    /// request's JSON, nor of its equality.
    std::optional<QString> requestNode;

    /// Sets every task's requestNode to its pointer below `prefix` (`/tasks` for a request).
    static void assignRequestNodes(std::vector<TaskDef> &tasks, const QString &prefix);
    /// A conditions task's rules are its option keys, which a person reads in the order they
    /// were written: that order, relative to the options object (empty when not known, and
    /// for other kinds, whose options keep the canonical order). Not part of equality: the
    /// same checks in another order are the same request.
    KeyOrder optionOrder;

    /// How many tasks the list holds, counting every `next` task below them.
    static int count(const std::vector<TaskDef> &tasks);

    QJsonObject optionsOrEmpty() const { return options.value_or(QJsonObject()); }

    /// Reads a task from JSON. Fails only on what the model cannot hold (a task that is not an
    /// object, a missing or non-string kind, options/metadata that are not objects, next that
    /// is not an array); the Validator reports everything else. `pointer` locates the task;
    /// `order` is the written key order of the document it is in (pointers from its root).
    static Result<TaskDef> fromJson(const QJsonValue &json,
                                    const QString &pointer,
                                    const KeyOrder &order = {});
    /// The written option orders of these tasks, found at `pointer` (an array of tasks), as
    /// JsonWriter takes them.
    static KeyOrder keyOrderOf(const std::vector<TaskDef> &tasks, const QString &pointer);
    QJsonObject toJson() const;

    bool operator==(const TaskDef &other) const;
};

} // namespace spool
