#include "task.h"

#include <QSet>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

QList<OutputEntry> readEntries(const QJsonObject &json, const QString &plural, const QString &single)
{
    QList<OutputEntry> entries;
    const QJsonValue many = json.value(plural);
    if (many.isArray()) {
        for (const QJsonValue &value : many.toArray()) {
            if (value.isObject())
                entries.append(OutputEntry::fromJson(value.toObject()));
        }
    } else if (json.value(single).isObject()) {
        entries.append(OutputEntry::fromJson(json.value(single).toObject()));
    }
    return entries;
}

QJsonArray entriesJson(const QList<OutputEntry> &entries)
{
    QJsonArray array;
    for (const OutputEntry &entry : entries)
        array.append(entry.toJson());
    return array;
}

std::optional<QStringList> readStrings(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    QStringList strings;
    for (const QJsonValue &item : value.toArray())
        strings.append(item.toString());
    return strings;
}

} // namespace

Result<Task> Task::fromJson(const QJsonValue &json)
{
    if (!json.isObject())
        return Error{u"type_mismatch"_s, u"a task object must be a JSON object"_s, {}};
    const QJsonObject object = json.toObject();
    Task task;
    QString problem;
    if (!task.lifecycle.readFrom(object, &problem))
        return Error{u"status_unknown"_s, problem, u"/status"_s};
    task.id = object.value(u"id").toString();
    task.kind = object.value(u"kind").toString();
    task.runId = object.value(u"run_id").toString();
    if (object.value(u"parent_id").isString())
        task.parentId = object.value(u"parent_id").toString();
    task.progress = int(qBound(0.0, object.value(u"progress").toDouble(), 100.0));
    task.options = object.value(u"options").toObject();
    task.metadata = object.value(u"metadata").toObject();
    task.inputs = readEntries(object, u"inputs"_s, u"input"_s);
    task.outputs = readEntries(object, u"outputs"_s, u"output"_s);
    if (object.value(u"results").isObject()) {
        const QJsonObject results = object.value(u"results").toObject();
        task.results = ConditionResults{results.value(u"passed").toArray(),
                                        results.value(u"failed").toArray(),
                                        results.value(u"continue").toBool(true)};
    }
    if (object.value(u"title").isString())
        task.title = object.value(u"title").toString();
    if (object.value(u"description").isString())
        task.description = object.value(u"description").toString();
    task.tags = readStrings(object.value(u"tags"));
    if (object.value(u"request_node").isString())
        task.requestNode = object.value(u"request_node").toString();
    if (object.value(u"reused_from").isObject()) {
        const QJsonObject origin = object.value(u"reused_from").toObject();
        task.reusedFrom = Origin{origin.value(u"run_id").toString(),
                                 origin.value(u"task_id").toString()};
    }
    task.languages = readStrings(object.value(u"languages"));

    static const QSet<QString> known{u"id"_s,         u"object"_s,      u"kind"_s,
                                     u"status"_s,     u"run_id"_s,      u"parent_id"_s,
                                     u"progress"_s,   u"options"_s,     u"inputs"_s,
                                     u"outputs"_s,    u"input"_s,       u"output"_s,
                                     u"metadata"_s,   u"error"_s,       u"created_at"_s,
                                     u"started_at"_s, u"finished_at"_s, u"updated_at"_s,
                                     u"results"_s,    u"title"_s,       u"description"_s,
                                     u"tags"_s,       u"languages"_s,   u"request_node"_s,
                                     u"reused_from"_s};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            task.extra.insert(it.key(), it.value());
    }
    return task;
}

QJsonObject Task::toJson() const
{
    return toJson(Parts::Whole);
}

QJsonObject Task::toEventJson(bool withInputs) const
{
    return toJson(withInputs ? Parts::WithoutRequest : Parts::WithoutRequestOrInputs);
}

// Built directly in the shape asked for: an event's task is made tens of thousands of times a
// run, so leaving keys out beats building them and removing them again.
QJsonObject Task::toJson(Parts parts) const
{
    QJsonObject json = extra;
    json.insert(u"id"_s, id);
    json.insert(u"object"_s, u"task"_s);
    json.insert(u"kind"_s, kind);
    json.insert(u"run_id"_s, runId);
    json.insert(u"parent_id"_s, parentId ? QJsonValue(*parentId) : QJsonValue(QJsonValue::Null));
    json.insert(u"progress"_s, progress);
    if (parts == Parts::Whole)
        json.insert(u"options"_s, options);
    json.insert(u"inputs"_s,
                parts == Parts::WithoutRequestOrInputs ? QJsonArray() : entriesJson(inputs));
    json.insert(u"outputs"_s, entriesJson(outputs));
    if (parts == Parts::Whole)
        json.insert(u"metadata"_s, metadata);
    lifecycle.writeTo(json);
    if (results) {
        json.insert(u"results"_s,
                    QJsonObject{{u"passed"_s, results->passed},
                                {u"failed"_s, results->failed},
                                {u"continue"_s, results->continues}});
    }
    if (title)
        json.insert(u"title"_s, *title);
    if (description)
        json.insert(u"description"_s, *description);
    if (tags)
        json.insert(u"tags"_s, QJsonArray::fromStringList(*tags));
    if (languages)
        json.insert(u"languages"_s, QJsonArray::fromStringList(*languages));
    if (requestNode)
        json.insert(u"request_node"_s, *requestNode);
    if (reusedFrom) {
        json.insert(u"reused_from"_s,
                    QJsonObject{{u"run_id"_s, reusedFrom->runId},
                                {u"task_id"_s, reusedFrom->taskId}});
    }
    return json;
}

} // namespace spool
