#include "tasknodematcher.h"

#include <algorithm>
#include <vector>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Matching
{
    const QList<Task> &tasks;
    QHash<QString, std::vector<qsizetype>> children; // parent task id ("" at the top) → tasks
    QHash<QString, QString> pointers;

    void matchLevel(const QString &parentId,
                    const std::vector<TaskDef> &defs,
                    const QString &prefix,
                    bool topLevel)
    {
        const auto found = children.constFind(parentId);
        if (found == children.constEnd())
            return;
        bool implicitIngestSeen = !topLevel
                                  || std::any_of(defs.begin(), defs.end(), [](const TaskDef &def) {
                                         return def.kind == u"ingest";
                                     });
        QHash<QString, int> seenOfKind;
        for (const qsizetype index : *found) {
            const Task &task = tasks.at(index);
            if (!implicitIngestSeen && task.kind == u"ingest") {
                implicitIngestSeen = true; // made from the input, not from a node
                continue;
            }
            const int wanted = seenOfKind[task.kind]++;
            int ofKind = 0;
            for (size_t j = 0; j < defs.size(); ++j) {
                if (defs[j].kind != task.kind)
                    continue;
                if (ofKind++ == wanted) {
                    const QString pointer = prefix + u'/' + QString::number(j);
                    pointers.insert(task.id, pointer);
                    matchLevel(task.id, defs[j].next, pointer + u"/next"_s, false);
                    break;
                }
            }
        }
    }
};

} // namespace

QHash<QString, QString> TaskNodeMatcher::match(const RunRequest &request, const QList<Task> &tasks)
{
    Matching matching{tasks, {}, {}};
    for (qsizetype i = 0; i < tasks.size(); ++i)
        matching.children[tasks.at(i).parentId.value_or(QString())].push_back(i);
    // Siblings in the order they were created; the listing's order among equal stamps.
    for (std::vector<qsizetype> &siblings : matching.children) {
        std::stable_sort(siblings.begin(), siblings.end(), [&tasks](qsizetype a, qsizetype b) {
            return tasks.at(a).lifecycle.createdAt() < tasks.at(b).lifecycle.createdAt();
        });
    }
    matching.matchLevel(QString(), request.tasks, u"/tasks"_s, true);
    return matching.pointers;
}

Run TaskNodeMatcher::annotate(const RunRequest &request, Run run)
{
    const QHash<QString, QString> pointers = match(request, run.tasks);
    for (Task &task : run.tasks) {
        if (!task.requestNode) {
            const auto it = pointers.constFind(task.id);
            if (it != pointers.constEnd())
                task.requestNode = *it;
        }
    }
    return run;
}

} // namespace spool
