#include "runrequest.h"

#include "jsonpointer.h"
#include "jsonreader.h"
#include "jsonwriter.h"

#include <QJsonArray>

namespace spool {

using namespace Qt::Literals::StringLiterals;

Result<RunRequest> RunRequest::fromJson(const QJsonValue &json, const KeyOrder &order)
{
    if (!json.isObject())
        return Error{u"type_mismatch"_s, u"a run request must be a JSON object"_s, {}};
    const QJsonObject object = json.toObject();
    RunRequest request;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        const QString at = JsonPointer::append(QString(), key);
        if (key == u"tasks") {
            if (!value.isArray())
                return Error{u"type_mismatch"_s, u"tasks must be an array of tasks"_s, at};
            const QJsonArray tasks = value.toArray();
            request.tasks.reserve(size_t(tasks.size()));
            for (qsizetype i = 0; i < tasks.size(); ++i) {
                Result<TaskDef> task = TaskDef::fromJson(tasks.at(i),
                                                         JsonPointer::append(at, i),
                                                         order);
                if (!task)
                    return task.error();
                request.tasks.push_back(std::move(task).value());
            }
        } else if (key == u"metadata") {
            if (!value.isObject())
                return Error{u"type_mismatch"_s, u"metadata must be a JSON object"_s, at};
            request.metadata = value.toObject();
        } else if (key == u"idempotency_key") {
            if (!value.isString())
                return Error{u"type_mismatch"_s, u"idempotency_key must be a string"_s, at};
            request.idempotencyKey = value.toString();
        } else {
            request.extra.insert(key, value);
        }
    }
    if (!object.contains(u"tasks"))
        return Error{u"required_missing"_s, u"a run request needs a tasks array"_s, u"/tasks"_s};
    return request;
}

Result<RunRequest> RunRequest::fromText(const QByteArray &text)
{
    KeyOrder order;
    Result<QJsonValue> json = JsonReader::read(text, &order);
    if (!json)
        return json.error();
    return fromJson(*json, order);
}

QJsonObject RunRequest::toJson() const
{
    QJsonObject object = extra;
    QJsonArray array;
    for (const TaskDef &task : tasks)
        array.append(task.toJson());
    object.insert(u"tasks"_s, array);
    if (metadata)
        object.insert(u"metadata"_s, *metadata);
    if (idempotencyKey)
        object.insert(u"idempotency_key"_s, *idempotencyKey);
    return object;
}

QByteArray RunRequest::toCanonicalText() const
{
    return JsonWriter::write(toJson(), keyOrder());
}

KeyOrder RunRequest::keyOrder() const
{
    return TaskDef::keyOrderOf(tasks, u"/tasks"_s);
}

} // namespace spool
