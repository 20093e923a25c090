#include "runreport.h"

#include <QDateTime>
#include <QHash>
#include <QUrl>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

QString when(const std::optional<qint64> &seconds)
{
    if (!seconds)
        return u"-"_s;
    return QDateTime::fromSecsSinceEpoch(*seconds).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString duration(const Lifecycle &lifecycle)
{
    if (!lifecycle.startedAt())
        return {};
    const qint64 end = lifecycle.finishedAt().value_or(QDateTime::currentSecsSinceEpoch());
    return u" in %1 s"_s.arg(end - *lifecycle.startedAt());
}

QString outputText(const OutputEntry &entry)
{
    QString text = QUrl(entry.url).isLocalFile() ? QUrl(entry.url).toLocalFile() : entry.url;
    QStringList facts;
    if (!entry.type.isEmpty())
        facts.append(entry.type);
    if (entry.width && entry.height)
        facts.append(u"%1x%2"_s.arg(*entry.width).arg(*entry.height));
    if (entry.duration)
        facts.append(u"%1 s"_s.arg(*entry.duration));
    if (entry.filesize)
        facts.append(u"%1 bytes"_s.arg(*entry.filesize));
    return facts.isEmpty() ? text : text + u" ("_s + facts.join(u", "_s) + u")"_s;
}

QString taskText(const Task &task, const QString &indent)
{
    QString text = indent
                   + u"%1 %2: %3%4\n"_s.arg(task.kind,
                                            task.id,
                                            statusName(task.lifecycle.status()),
                                            duration(task.lifecycle));
    for (const OutputEntry &output : task.outputs)
        text += indent + u"  → "_s + outputText(output) + u"\n"_s;
    if (task.results) {
        text += indent
                + (task.results->continues
                       ? u"  conditions held\n"_s
                       : u"  conditions did not hold: its next tasks were not created\n"_s);
    }
    if (task.lifecycle.error()) {
        text += indent
                + u"  error %1: %2\n"_s.arg(task.lifecycle.error()->kind,
                                            task.lifecycle.error()->message);
    }
    return text;
}

} // namespace

QString RunReport::summaryLine(const Run &run)
{
    return u"%1  %2  %3%  %4  %5 tasks"_s
        .arg(run.id, statusName(run.lifecycle.status()).leftJustified(10))
        .arg(run.progress, 3)
        .arg(when(run.lifecycle.createdAt()))
        .arg(run.tasks.size());
}

QString RunReport::describe(const Run &run)
{
    QString text = u"run %1: %2%3\n"_s.arg(run.id,
                                           statusName(run.lifecycle.status()),
                                           duration(run.lifecycle));
    text += u"  created %1, finished %2\n"_s.arg(when(run.lifecycle.createdAt()),
                                                 when(run.lifecycle.finishedAt()));
    if (run.lifecycle.error())
        text += u"  error %1: %2\n"_s.arg(run.lifecycle.error()->kind,
                                          run.lifecycle.error()->message);

    // Tasks are listed in the order they were created; show them as the tree they form.
    QHash<QString, QList<const Task *>> children;
    QList<const Task *> roots;
    for (const Task &task : run.tasks) {
        if (task.parentId)
            children[*task.parentId].append(&task);
        else
            roots.append(&task);
    }
    QList<std::pair<const Task *, int>> stack;
    for (qsizetype i = roots.size() - 1; i >= 0; --i)
        stack.append({roots.at(i), 0});
    while (!stack.isEmpty()) {
        const auto [task, level] = stack.takeLast();
        const QList<const Task *> below = children.value(task->id);
        for (qsizetype i = below.size() - 1; i >= 0; --i)
            stack.append({below.at(i), level + 1});
        text += taskText(*task, QString(2 + level * 2, u' '));
    }
    return text;
}

} // namespace spool
