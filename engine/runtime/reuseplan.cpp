#include "reuseplan.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QUrl>

namespace spool {

namespace {

QJsonArray entriesJson(const QList<OutputEntry> &entries)
{
    QJsonArray array;
    for (const OutputEntry &entry : entries)
        array.append(entry.toJson());
    return array;
}

// Every local file an entry names is still there with the size it had.
bool filesUnchanged(const QList<OutputEntry> &outputs)
{
    for (const OutputEntry &entry : outputs) {
        const QUrl url(entry.url);
        if (!url.isLocalFile())
            continue;
        const QFileInfo info(url.toLocalFile());
        if (!info.exists())
            return false;
        if (info.isFile() && entry.filesize && *entry.filesize > 0 && info.size() != *entry.filesize)
            return false;
    }
    return true;
}

} // namespace

ReusePlan::ReusePlan(const Run &previous)
    : m_runId(previous.id)
{
    for (const Task &task : previous.tasks) {
        if (task.requestNode && task.lifecycle.status() == Status::Succeeded)
            m_succeeded.insert(*task.requestNode, task);
        // A next task's input entry is exactly what its parent handed on.
        if (task.parentId && !task.inputs.isEmpty())
            m_handedOn.insert(*task.parentId, task.inputs.constFirst());
    }
}

std::optional<Task::Origin> ReusePlan::origin(const QString &requestNode) const
{
    const auto it = m_succeeded.constFind(requestNode);
    if (it == m_succeeded.cend())
        return std::nullopt;
    return it->reusedFrom ? *it->reusedFrom : Task::Origin{m_runId, it->id};
}

std::optional<TaskOutcome> ReusePlan::match(const Task &task,
                                            const TaskDef &def,
                                            const std::optional<MediaFile> &input) const
{
    if (!task.requestNode)
        return std::nullopt;
    const auto it = m_succeeded.constFind(*task.requestNode);
    if (it == m_succeeded.cend())
        return std::nullopt;
    const Task &before = *it;
    // Options as recorded (passwords in URLs redacted on both sides).
    if (before.kind != task.kind || before.options != task.options
        || entriesJson(before.inputs) != entriesJson(task.inputs))
        return std::nullopt;
    if (!filesUnchanged(before.outputs))
        return std::nullopt;

    TaskOutcome outcome;
    outcome.outputs = before.outputs;
    outcome.results = before.results;
    outcome.title = before.title;
    outcome.description = before.description;
    outcome.tags = before.tags;
    outcome.languages = before.languages;
    // What the next tasks get: what they got before, else the task's media output, else (a
    // task without outputs, such as conditions) its input passed through.
    if (const auto handed = m_handedOn.constFind(before.id); handed != m_handedOn.cend()) {
        outcome.primary = handed->toSourceFile();
        if (!outcome.primary)
            return std::nullopt;
    } else if (!before.outputs.isEmpty() && before.outputs.constFirst().kind == u"source") {
        outcome.primary = before.outputs.constFirst().toSourceFile();
        if (!outcome.primary)
            return std::nullopt;
    } else if (!before.outputs.isEmpty() && !def.next.empty()) {
        return std::nullopt; // what it handed on is not recorded: run it again
    }
    // Passing the input through: the engine then hands `input` on.
    if (outcome.primary && input && outcome.primary->path == input->path)
        outcome.primary.reset();
    return outcome;
}

} // namespace spool
