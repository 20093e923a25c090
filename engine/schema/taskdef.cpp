#include "taskdef.h"

#include "jsonpointer.h"
#include "jsonreader.h"

#include <QJsonArray>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

Result<TaskDef> readTask(const QJsonValue &json,
                         const QString &pointer,
                         const KeyOrder &order,
                         int depth)
{
    if (depth > JsonReader::MaxDepth) {
        return Error{u"json_too_deep"_s,
                     u"tasks are nested more than %1 levels deep"_s.arg(JsonReader::MaxDepth),
                     pointer};
    }
    if (!json.isObject())
        return Error{u"type_mismatch"_s, u"a task must be a JSON object"_s, pointer};

    const QJsonObject object = json.toObject();
    TaskDef task;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        const QString at = JsonPointer::append(pointer, key);
        if (key == u"kind") {
            if (!value.isString())
                return Error{u"type_mismatch"_s, u"the task kind must be a string"_s, at};
            task.kind = value.toString();
        } else if (key == u"options") {
            if (!value.isObject())
                return Error{u"type_mismatch"_s, u"options must be a JSON object"_s, at};
            task.options = value.toObject();
        } else if (key == u"metadata") {
            if (!value.isObject())
                return Error{u"type_mismatch"_s, u"metadata must be a JSON object"_s, at};
            task.metadata = value.toObject();
        } else if (key == u"next") {
            if (!value.isArray())
                return Error{u"type_mismatch"_s, u"next must be an array of tasks"_s, at};
            task.hasNext = true;
            const QJsonArray children = value.toArray();
            task.next.reserve(size_t(children.size()));
            for (qsizetype i = 0; i < children.size(); ++i) {
                Result<TaskDef> child = readTask(children.at(i),
                                                 JsonPointer::append(at, i),
                                                 order,
                                                 depth + 1);
                if (!child)
                    return child.error();
                task.next.push_back(std::move(child).value());
            }
        } else {
            task.extra.insert(key, value);
        }
    }
    // Older files wrote a conditions task's legacy list beside its options (spec §5); the
    // model keeps it where the current form has it, so that everything reading options (the
    // engine, the editor) sees it. Written in both places, it stays as it is for the
    // validator to report.
    if (task.kind == u"conditions" && task.extra.contains(u"conditions")
        && !task.optionsOrEmpty().contains(u"conditions")) {
        QJsonObject options = task.optionsOrEmpty();
        options.insert(u"conditions"_s, task.extra.take(u"conditions"));
        task.options = options;
    }
    if (task.kind == u"conditions" && !order.isEmpty())
        task.optionOrder = order.below(JsonPointer::append(pointer, u"options"));
    if (!object.contains(u"kind"))
        return Error{u"required_missing"_s,
                     u"every task needs a kind"_s,
                     JsonPointer::append(pointer, u"kind")};
    return task;
}

} // namespace

Result<TaskDef> TaskDef::fromJson(const QJsonValue &json,
                                  const QString &pointer,
                                  const KeyOrder &order)
{
    return readTask(json, pointer, order, 0);
}

KeyOrder TaskDef::keyOrderOf(const std::vector<TaskDef> &tasks, const QString &pointer)
{
    KeyOrder order;
    // Iterative, like reading: a chain of tasks may be as deep as the reader allows.
    std::vector<std::pair<const std::vector<TaskDef> *, QString>> pending{{&tasks, pointer}};
    while (!pending.empty()) {
        const auto [list, at] = pending.back();
        pending.pop_back();
        for (size_t i = 0; i < list->size(); ++i) {
            const TaskDef &task = (*list)[i];
            const QString taskPointer = JsonPointer::append(at, qsizetype(i));
            if (!task.optionOrder.isEmpty())
                order.insert(JsonPointer::append(taskPointer, u"options"), task.optionOrder);
            if (!task.next.empty())
                pending.emplace_back(&task.next, JsonPointer::append(taskPointer, u"next"));
        }
    }
    return order;
}

QJsonObject TaskDef::toJson() const
{
    QJsonObject object = extra;
    object.insert(u"kind"_s, kind);
    if (options)
        object.insert(u"options"_s, *options);
    if (metadata)
        object.insert(u"metadata"_s, *metadata);
    if (hasNext) {
        QJsonArray children;
        for (const TaskDef &child : next)
            children.append(child.toJson());
        object.insert(u"next"_s, children);
    }
    return object;
}

bool TaskDef::operator==(const TaskDef &other) const
{
    return kind == other.kind && options == other.options && metadata == other.metadata
           && hasNext == other.hasNext && next == other.next && extra == other.extra;
}

void TaskDef::assignRequestNodes(std::vector<TaskDef> &tasks, const QString &prefix)
{
    for (size_t i = 0; i < tasks.size(); ++i) {
        const QString pointer = prefix + u'/' + QString::number(i);
        tasks[i].requestNode = pointer;
        assignRequestNodes(tasks[i].next, pointer + u"/next"_s);
    }
}

int TaskDef::count(const std::vector<TaskDef> &tasks)
{
    int total = 0;
    for (const TaskDef &task : tasks)
        total += 1 + count(task.next);
    return total;
}

} // namespace spool
