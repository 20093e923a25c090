#pragma once

#include <schema/run.h>

#include <QAbstractItemModel>
#include <QHash>

namespace spool {

/// The tasks of one run as a tree (a task under the task that made it), one row per task:
/// its name or kind, status, progress, when it started, how long it took, its outputs and its
/// error. It is fed by a run service's signals (setRun, then updateTask); rows are only ever
/// added or changed, never moved, so a view keeps its selection while the run streams.
class RunTaskModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        TaskColumn,
        StatusColumn,
        ProgressColumn,
        StartedColumn,
        DurationColumn,
        OutputsColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role { TaskIdRole = Qt::UserRole + 1, StatusRole, RequestNodeRole };

    explicit RunTaskModel(QObject *parent = nullptr);

    /// Replaces everything with the run's tasks.
    void setRun(const Run &run);
    /// Adds the task or updates its row. Tasks of other runs are ignored.
    void updateTask(const Task &task);
    void clear();

    QString runId() const { return m_runId; }
    int taskCount() const { return int(m_tasks.size()); }
    const Task *task(const QString &taskId) const;
    const Task *taskAt(const QModelIndex &index) const;
    QModelIndex indexOfTask(const QString &taskId, int column = 0) const;
    /// The row of the task made from a request node (`/tasks/0/next/1`), if any.
    QModelIndex indexOfRequestNode(const QString &pointer) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    // Tasks are kept in arrival order; an index's internal id is the task's position + 1, so
    // 0 stands for the invisible root.
    qsizetype slotOf(const QString &taskId) const { return m_slots.value(taskId, -1); }
    /// The slot a task hangs under: its parent's, or -1 (the root) when the parent is unknown.
    qsizetype parentSlot(const Task &task) const;
    QString displayName(const Task &task) const;

    QString m_runId;
    QList<Task> m_tasks;
    QHash<QString, qsizetype> m_slots;
    /// Children's slots per parent slot (-1: top level), in arrival order.
    QHash<qsizetype, QList<qsizetype>> m_children;
    /// Each slot's row under its parent.
    QList<int> m_rows;
    QList<qsizetype> m_parents;
};

} // namespace spool
