#include "runcompanions.h"

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

bool isPlayable(const OutputEntry &entry)
{
    const QString media = entry.extra.value(u"media_kind").toString();
    return entry.kind == u"source" && (media == u"video" || media == u"audio");
}

} // namespace

RunCompanions::RunCompanions(const Run &run)
    : m_run(run)
{}

const Task *RunCompanions::task(const QString &taskId) const
{
    for (const Task &task : m_run.tasks) {
        if (task.id == taskId)
            return &task;
    }
    return nullptr;
}

const Task *RunCompanions::parentOf(const Task &task) const
{
    return task.parentId ? this->task(*task.parentId) : nullptr;
}

const Task *RunCompanions::rootIngest(const Task &task) const
{
    const Task *at = &task;
    // Bounded by the number of tasks, should a damaged record make a loop.
    for (qsizetype steps = 0; at && steps <= m_run.tasks.size(); ++steps) {
        if (at->kind == u"ingest")
            return at;
        at = parentOf(*at);
    }
    return nullptr;
}

std::optional<OutputEntry> RunCompanions::inputMedia(const Task &task) const
{
    const Task *at = &task;
    for (qsizetype steps = 0; at && steps <= m_run.tasks.size(); ++steps) {
        for (const OutputEntry &entry : at->inputs) {
            if (isPlayable(entry))
                return entry;
        }
        if (at->kind == u"ingest") {
            for (const OutputEntry &entry : at->outputs) {
                if (isPlayable(entry))
                    return entry;
            }
        }
        at = parentOf(*at);
    }
    return std::nullopt;
}

std::optional<OutputEntry> RunCompanions::sibling(const Task &task, const QString &kind) const
{
    const Task *ingest = rootIngest(task);
    for (const Task &candidate : m_run.tasks) {
        if (candidate.kind != kind || candidate.outputs.isEmpty()
            || candidate.lifecycle.status() != Status::Succeeded)
            continue;
        if (rootIngest(candidate) == ingest)
            return candidate.outputs.constFirst();
    }
    return std::nullopt;
}

double RunCompanions::trimStart(const Task &task)
{
    if (task.kind != u"video" && task.kind != u"audio")
        return 0;
    return task.options.value(u"start").toDouble();
}

} // namespace spool
