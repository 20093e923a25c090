#pragma once

#include <schema/run.h>

#include <QAbstractTableModel>

#include <optional>

namespace spool {

/// Two runs side by side, task by task: a row per request node that either run made a task
/// from (Task::requestNode; set it with TaskNodeMatcher for runs whose tasks lack it), with
/// each run's status, duration, and output sizes and probes (dimensions, duration, format,
/// codecs). A task without a node (an implicit ingest) is matched with the other run's task of
/// the same kind at the same place among those. A cell that differs from its counterpart is
/// marked (DifferenceRole, a highlighted background and a bold font); so is a task only one of
/// the runs has. Durations differ when they are at least a second and a fifth apart, so the
/// jitter of two runs of the same work is not flagged.
class RunComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TaskColumn,
        FirstStatusColumn,
        SecondStatusColumn,
        FirstDurationColumn,
        SecondDurationColumn,
        FirstOutputsColumn,
        SecondOutputsColumn,
        ColumnCount
    };
    enum Role { DifferenceRole = Qt::UserRole + 1, RequestNodeRole };

    explicit RunComparisonModel(QObject *parent = nullptr);

    void setRuns(const Run &first, const Run &second);
    const Run &first() const { return m_first; }
    const Run &second() const { return m_second; }

    /// The row of a request node's pair, or -1.
    int rowOfRequestNode(const QString &pointer) const;
    /// The tasks of a row (either may be absent).
    const Task *firstTask(int row) const;
    const Task *secondTask(int row) const;
    bool rowDiffers(int row) const;
    bool cellDiffers(int row, int column) const;
    /// Rows with at least one difference.
    int differingRows() const;

    /// What a task's outputs say for comparing: how many, their size, and each one's probe.
    static QString outputSummary(const Task &task);
    static std::optional<qint64> durationOf(const Task &task);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Pair
    {
        QString key;
        QString label;
        std::optional<qsizetype> first;
        std::optional<qsizetype> second;
    };

    Run m_first;
    Run m_second;
    QList<Pair> m_pairs;
};

} // namespace spool
