#include "runtaskmodel.h"

#include <common/statusstyle.h>

#include <QDateTime>
#include <QLocale>

namespace spool {

using namespace Qt::Literals::StringLiterals;

RunTaskModel::RunTaskModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void RunTaskModel::clear()
{
    beginResetModel();
    m_runId.clear();
    m_tasks.clear();
    m_slots.clear();
    m_children.clear();
    m_rows.clear();
    m_parents.clear();
    endResetModel();
}

void RunTaskModel::setRun(const Run &run)
{
    clear();
    m_runId = run.id;
    // Parents first, whatever order the run lists its tasks in, so that each task can hang
    // under its parent when it is added.
    QList<Task> pending = run.tasks;
    while (!pending.isEmpty()) {
        const qsizetype before = pending.size();
        for (qsizetype i = 0; i < pending.size();) {
            const Task &task = pending.at(i);
            if (!task.parentId || m_slots.contains(*task.parentId)
                || std::none_of(pending.cbegin(), pending.cend(), [&task](const Task &other) {
                       return other.id == *task.parentId;
                   })) {
                updateTask(task);
                pending.removeAt(i);
            } else {
                ++i;
            }
        }
        if (pending.size() == before) {
            // A cycle of parents (a broken report): list what is left at the top.
            for (const Task &task : std::as_const(pending)) {
                Task orphan = task;
                orphan.parentId.reset();
                updateTask(orphan);
            }
            break;
        }
    }
}

qsizetype RunTaskModel::parentSlot(const Task &task) const
{
    return task.parentId ? slotOf(*task.parentId) : -1;
}

void RunTaskModel::updateTask(const Task &task)
{
    if (m_runId.isEmpty())
        m_runId = task.runId;
    if (!task.runId.isEmpty() && task.runId != m_runId)
        return;
    const qsizetype slot = slotOf(task.id);
    if (slot >= 0) {
        m_tasks[slot] = task;
        const QModelIndex first = createIndex(m_rows.at(slot), 0, quintptr(slot + 1));
        Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
        return;
    }
    const qsizetype parent = parentSlot(task);
    QList<qsizetype> &siblings = m_children[parent];
    const int row = int(siblings.size());
    const QModelIndex parentIndex = parent < 0
                                        ? QModelIndex()
                                        : createIndex(m_rows.at(parent), 0, quintptr(parent + 1));
    beginInsertRows(parentIndex, row, row);
    const qsizetype newSlot = m_tasks.size();
    m_tasks.append(task);
    m_slots.insert(task.id, newSlot);
    m_rows.append(row);
    m_parents.append(parent);
    siblings.append(newSlot);
    endInsertRows();
}

const Task *RunTaskModel::task(const QString &taskId) const
{
    const qsizetype slot = slotOf(taskId);
    return slot < 0 ? nullptr : &m_tasks.at(slot);
}

const Task *RunTaskModel::taskAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &m_tasks.at(qsizetype(index.internalId()) - 1);
}

QModelIndex RunTaskModel::indexOfTask(const QString &taskId, int column) const
{
    const qsizetype slot = slotOf(taskId);
    return slot < 0 ? QModelIndex() : createIndex(m_rows.at(slot), column, quintptr(slot + 1));
}

QModelIndex RunTaskModel::indexOfRequestNode(const QString &pointer) const
{
    for (const Task &task : m_tasks) {
        if (task.requestNode == pointer)
            return indexOfTask(task.id);
    }
    return {};
}

QModelIndex RunTaskModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const qsizetype parentSlot = parent.isValid() ? qsizetype(parent.internalId()) - 1 : -1;
    const auto it = m_children.constFind(parentSlot);
    if (it == m_children.cend() || row >= it->size())
        return {};
    return createIndex(row, column, quintptr(it->at(row) + 1));
}

QModelIndex RunTaskModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const qsizetype parent = m_parents.at(qsizetype(child.internalId()) - 1);
    return parent < 0 ? QModelIndex() : createIndex(m_rows.at(parent), 0, quintptr(parent + 1));
}

int RunTaskModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const qsizetype slot = parent.isValid() ? qsizetype(parent.internalId()) - 1 : -1;
    return int(m_children.value(slot).size());
}

int RunTaskModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString RunTaskModel::displayName(const Task &task) const
{
    const QString name = task.metadata.value(u"name").toString();
    return name.isEmpty() ? task.kind : name;
}

QVariant RunTaskModel::data(const QModelIndex &index, int role) const
{
    const Task *task = taskAt(index);
    if (!task)
        return {};
    const Status status = task->lifecycle.status();
    switch (role) {
    case TaskIdRole:
        return task->id;
    case StatusRole:
        return int(status);
    case RequestNodeRole:
        return task->requestNode.value_or(QString());
    default:
        break;
    }
    const auto started = task->lifecycle.startedAt();
    const auto finished = task->lifecycle.finishedAt();
    if (role == Qt::DecorationRole && index.column() == TaskColumn)
        return StatusStyle::icon(status);
    if (role == Qt::ToolTipRole) {
        QString tip = displayName(*task) + u" · "_s + task->id;
        if (const auto &error = task->lifecycle.error())
            tip += u'\n' + error->message;
        return tip;
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn)
        return StatusStyle::color(status);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TaskColumn:
        return displayName(*task);
    case StatusColumn:
        return StatusStyle::name(status);
    case ProgressColumn:
        return isTerminal(status) && status == Status::Succeeded ? 100 : task->progress;
    case StartedColumn:
        return started ? QLocale().toString(QDateTime::fromSecsSinceEpoch(*started).time(),
                                            QLocale::ShortFormat)
                       : QString();
    case DurationColumn:
        if (started && finished)
            return StatusStyle::duration(*finished - *started);
        return QString();
    case OutputsColumn: {
        QStringList names;
        for (const OutputEntry &output : task->outputs)
            names.append(output.url.isEmpty() ? output.kind : output.url.section(u'/', -1));
        return names.join(u", "_s);
    }
    case ErrorColumn:
        return task->lifecycle.error() ? task->lifecycle.error()->message : QString();
    }
    return {};
}

QVariant RunTaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TaskColumn:
        return tr("Task");
    case StatusColumn:
        return tr("Status");
    case ProgressColumn:
        return tr("Progress");
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case OutputsColumn:
        return tr("Outputs");
    case ErrorColumn:
        return tr("Error");
    }
    return {};
}

} // namespace spool
