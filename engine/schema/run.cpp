#include "run.h"

#include "jsonpointer.h"

#include <QSet>

namespace spool {

using namespace Qt::Literals::StringLiterals;

int Run::meanProgress(const QList<Task> &tasks)
{
    if (tasks.isEmpty())
        return 0;
    qint64 sum = 0;
    for (const Task &task : tasks)
        sum += isTerminal(task.lifecycle.status()) ? 100 : task.progress;
    return int(sum / tasks.size());
}

Result<Run> Run::fromJson(const QJsonValue &json)
{
    if (!json.isObject())
        return Error{u"type_mismatch"_s, u"a run object must be a JSON object"_s, {}};
    const QJsonObject object = json.toObject();
    Run run;
    QString problem;
    if (!run.lifecycle.readFrom(object, &problem))
        return Error{u"status_unknown"_s, problem, u"/status"_s};
    run.id = object.value(u"id").toString();
    run.progress = int(qBound(0.0, object.value(u"progress").toDouble(), 100.0));
    run.metadata = object.value(u"metadata").toObject();
    if (object.value(u"created_by").isString())
        run.createdBy = object.value(u"created_by").toString();
    const QJsonArray tasks = object.value(u"tasks").toArray();
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        Result<Task> task = Task::fromJson(tasks.at(i));
        if (!task) {
            Error error = task.error();
            error.path = JsonPointer::append(u"/tasks"_s, i) + error.path;
            return error;
        }
        run.tasks.append(std::move(task).value());
    }
    static const QSet<QString> known{u"id"_s,
                                     u"object"_s,
                                     u"status"_s,
                                     u"progress"_s,
                                     u"tasks"_s,
                                     u"metadata"_s,
                                     u"error"_s,
                                     u"created_by"_s,
                                     u"created_at"_s,
                                     u"started_at"_s,
                                     u"finished_at"_s,
                                     u"updated_at"_s};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            run.extra.insert(it.key(), it.value());
    }
    return run;
}

QJsonObject Run::toJson() const
{
    QJsonObject json = extra;
    json.insert(u"id"_s, id);
    json.insert(u"object"_s, u"run"_s);
    json.insert(u"progress"_s, progress);
    QJsonArray array;
    for (const Task &task : tasks)
        array.append(task.toJson());
    json.insert(u"tasks"_s, array);
    json.insert(u"metadata"_s, metadata);
    json.insert(u"created_by"_s, createdBy ? QJsonValue(*createdBy) : QJsonValue(QJsonValue::Null));
    lifecycle.writeTo(json);
    return json;
}

QJsonObject Run::toSummaryJson() const
{
    QJsonObject json = toJson();
    QJsonArray summaries;
    for (const Task &task : tasks) {
        summaries.append(QJsonObject{{u"id"_s, task.id},
                                     {u"kind"_s, task.kind},
                                     {u"status"_s, statusName(task.lifecycle.status())},
                                     {u"progress"_s, task.progress}});
    }
    json.insert(u"tasks"_s, summaries);
    return json;
}

} // namespace spool
