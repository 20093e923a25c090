#pragma once

#include <core/result.h>
#include <schema/run.h>
#include <schema/runevent.h>
#include <schema/runquery.h>

#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

namespace spool {

/// Run history in SQLite (WAL): runs with their tasks, and their events.
///
/// Every run row records the process that owns it. open() marks a run left non-terminal by a
/// process that is gone `failed`, with error kind `interrupted` (and so its unfinished tasks),
/// unless that process still runs; a second process may read and write the same database
/// meanwhile. Recovery never downgrades a task that reached a terminal status (in the history
/// or in the run's `run.json`, whichever says so), counts every task terminal in the run's
/// progress, appends the terminal events (`task.failed`, `run.failed`) and rewrites the run's
/// `run.json` (`<folder of the history>/runs/<run_id>/run.json`) to agree. Use one RunStore per
/// thread.
///
/// Opened ReadOnly, the store never writes: it works on a full or read-only disk, and shows a
/// run of a process that is gone as recovery would mark it, without marking it.
///
/// Every read error is an error (`history_unavailable`, or `history_damaged` for a damaged
/// file, whose message names the file and what to do), never a partial answer.
class RunStore
{
public:
    enum class Access { ReadWrite, ReadOnly };

    ~RunStore();

    static Result<std::unique_ptr<RunStore>> open(const QString &path,
                                                  Access access = Access::ReadWrite);

    /// Inserts or replaces a run and its tasks, owned by this process while not terminal.
    std::optional<Error> saveRun(const Run &run);
    /// Inserts or replaces the run's own row (status, progress, metadata), not its tasks:
    /// for a writer that saves every task change with saveTasks(), so that a run status change
    /// costs the same however many tasks the run has.
    std::optional<Error> saveRunRecord(const Run &run);
    /// Inserts or replaces tasks of a run between saves of the run itself; run() reads them.
    std::optional<Error> saveTasks(const QList<Task> &tasks);
    std::optional<Error> appendEvents(const QList<RunEvent> &events);

    /// Claims an idempotency key for `runId`, unless a run holds it already: the run that
    /// holds the key after the call (`runId` when this call won). The database's unique index
    /// decides between two processes claiming at once.
    Result<QString> claimIdempotencyKey(const QString &key, const QString &runId);
    /// Gives up the claim of `runId` on `key` (its run could not be started).
    std::optional<Error> releaseIdempotencyKey(const QString &key, const QString &runId);
    /// The run that holds `key`, if any.
    Result<std::optional<QString>> idempotencyClaim(const QString &key) const;

    Access access() const { return m_access; }

    /// The run with its tasks as last saved, whether by saveRun() or saveTasks(); nullopt
    /// when the history has no such run.
    Result<std::optional<Run>> run(const QString &runId) const;
    Result<RunPage> list(const RunQuery &query) const;
    Result<QList<RunEvent>> events(const QString &runId) const;

    /// The interrupted runs open() marked failed; their partial files are still on disk
    /// (Workspace::discardPartialOutputs removes them).
    QStringList recoveredRuns() const { return m_recovered; }

private:
    RunStore(QString connectionName, QString path, Access access);
    std::optional<Error> openReadOnly();
    std::optional<Error> createSchema();
    std::optional<Error> recoverInterruptedRuns();
    std::optional<Error> recover(Run &run);
    std::optional<Error> upsertTasks(const QList<Task> &tasks);
    Result<QList<Task>> tasksOf(const QString &runId) const;
    Result<std::optional<Run>> runFromRow(const QVariant &json,
                                          const QVariant &status,
                                          const QVariant &ownerPid,
                                          const QVariant &ownerStart) const;
    Error sqlError(const QString &what, const QSqlError &error) const;
    Error damagedRow(const QString &what) const;
    std::optional<Error> upsertRun(const Run &run);
    /// The statement of `sql` on this store's connection, prepared at its first use and
    /// reused: a history write of thousands of rows prepares nothing.
    Result<QSqlQuery *> prepared(std::unique_ptr<QSqlQuery> &slot, const QString &sql);

    QString m_connectionName;
    QString m_path;
    Access m_access;
    QStringList m_recovered;
    std::unique_ptr<QSqlQuery> m_upsertRun;
    std::unique_ptr<QSqlQuery> m_upsertTask;
    std::unique_ptr<QSqlQuery> m_insertEvent;
};

} // namespace spool
