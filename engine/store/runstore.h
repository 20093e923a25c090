#pragma once

#include <core/result.h>
#include <runtime/runevent.h>
#include <schema/run.h>

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace spool {

/// What to list, with the spec's cursor pagination (§6): `after` / `before` name a run, and the
/// page holds the runs after or before it in the chosen order.
struct RunQuery
{
    int limit = 20;
    QString after;
    QString before;
    bool ascending = false;
    std::optional<Status> status;
};

struct RunPage
{
    QList<Run> runs;
    bool hasMore = false;
};

/// Run history in SQLite (WAL): runs with their tasks, and their events.
///
/// Every run row records the process that owns it. open() marks a run left non-terminal by a
/// process that is gone `failed`, with error kind `interrupted` (and so its unfinished tasks),
/// unless that process still runs; a second process may read and write the same database
/// meanwhile. Use one RunStore per thread.
class RunStore
{
public:
    ~RunStore();

    static Result<std::unique_ptr<RunStore>> open(const QString &path);

    /// Inserts or replaces a run and its tasks, owned by this process while not terminal.
    std::optional<Error> saveRun(const Run &run);
    /// Inserts or replaces the run's own row (status, progress, metadata), not its tasks:
    /// for a writer that saves every task change with saveTasks(), so that a run status change
    /// costs the same however many tasks the run has.
    std::optional<Error> saveRunRecord(const Run &run);
    /// Inserts or replaces tasks of a run between saves of the run itself; run() reads them.
    std::optional<Error> saveTasks(const QList<Task> &tasks);
    std::optional<Error> appendEvents(const QList<RunEvent> &events);

    /// The run with its tasks as last saved, whether by saveRun() or saveTasks().
    std::optional<Run> run(const QString &runId) const;
    Result<RunPage> list(const RunQuery &query) const;
    QList<RunEvent> events(const QString &runId) const;

    /// The interrupted runs open() marked failed; their partial files are still on disk
    /// (Workspace::discardPartialOutputs removes them).
    QStringList recoveredRuns() const { return m_recovered; }

private:
    explicit RunStore(QString connectionName);
    std::optional<Error> createSchema();
    std::optional<Error> recoverInterruptedRuns();
    std::optional<Error> upsertTasks(const QList<Task> &tasks);
    std::optional<Error> upsertRun(const Run &run);
    QList<Task> tasksOf(const QString &runId) const;

    QString m_connectionName;
    QStringList m_recovered;
};

} // namespace spool
