#pragma once

#include <core/error.h>
#include <schema/run.h>
#include <schema/runquery.h>

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace spool {

class RunService;

/// The runs of a run service's history, newest first, one row per run, loaded a page at a time
/// through the service's cursor pagination (fetchMore() asks for the page after the last run
/// loaded, so a view loads pages as it is scrolled).
///
/// The status filter is the service's own (each change starts again from the newest page); the
/// text filter matches what is loaded (the run's id, who made it, its metadata, its tasks'
/// kinds), and while it hides every run of a page, the next page is asked for, until a run
/// shows or the history ends. refresh() adds the runs that appeared since the newest loaded
/// one (another process sharing the history) and rereads the runs that were not yet terminal;
/// the runs this service runs update their rows from its signals.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RunColumn,
        StatusColumn,
        CreatedColumn,
        DurationColumn,
        TasksColumn,
        KindsColumn,
        ColumnCount
    };
    enum Role { RunIdRole = Qt::UserRole + 1, StatusRole };

    explicit HistoryModel(RunService *service, QObject *parent = nullptr);

    /// Runs asked for per page, 1 to 100.
    void setPageSize(int runs);
    int pageSize() const { return m_pageSize; }
    void setStatusFilter(const std::optional<Status> &status);
    std::optional<Status> statusFilter() const { return m_status; }
    void setTextFilter(const QString &text);
    QString textFilter() const { return m_text; }

    /// Starts again from the newest page.
    void reload();
    /// Adds the runs newer than the newest loaded one and rereads those not yet terminal.
    void refresh();

    /// Runs loaded so far (shown or hidden by the text filter).
    int loadedCount() const { return int(m_runs.size()); }
    /// Whether the history has runs beyond the pages loaded.
    bool hasMore() const { return m_hasMore; }
    bool hasLoaded() const { return m_loaded; }
    const Run *runAt(int row) const;
    const Run *run(const QString &runId) const;
    QModelIndex indexOfRun(const QString &runId, int column = 0) const;
    /// Whether `run` shows under `text` (case-insensitive; empty text: every run).
    static bool matches(const Run &run, const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    /// A page arrived (also the first after reload()).
    void pageLoaded();
    /// The history could not be read.
    void loadFailed(const spool::Error &error);

private:
    void onPage(quint64 generation, bool appended, const Result<RunPage> &page);
    void onNewer(quint64 generation, const Result<RunPage> &page);
    void updateRun(const Run &run);
    void rebuildRows();
    RunQuery baseQuery() const;

    RunService *m_service;
    int m_pageSize = 50;
    std::optional<Status> m_status;
    QString m_text;
    /// Every run loaded, newest first.
    QList<Run> m_runs;
    QHash<QString, qsizetype> m_slots;
    /// The positions in m_runs of the runs shown, in order.
    QList<qsizetype> m_rows;
    bool m_hasMore = false;
    bool m_loaded = false;
    bool m_fetching = false;
    bool m_refreshing = false;
    /// Answers of an earlier reload() are dropped.
    quint64 m_generation = 0;
};

} // namespace spool
