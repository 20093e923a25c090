#include "runstore.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int SchemaVersion = 1;

// A process is identified by its id and its start time, so a recycled pid is not mistaken for
// the process that owned a run.
QString processStart(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = stat.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    constexpr int StartTimeField = 22 - 3; // field 22 of stat, counted from field 3
    return fields.size() > StartTimeField ? QString::fromLatin1(fields.at(StartTimeField))
                                          : QString();
}

bool processAlive(qint64 pid, const QString &start)
{
    return pid > 0 && !start.isEmpty() && processStart(pid) == start;
}

Error sqlError(const QString &what, const QSqlError &error)
{
    return Error{u"history_unavailable"_s, what + u": "_s + error.text()};
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<Run> runFromJson(const QByteArray &json)
{
    Result<Run> run = Run::fromJson(QJsonDocument::fromJson(json).object());
    if (!run)
        return std::nullopt;
    return std::move(run).value();
}

} // namespace

RunStore::RunStore(QString connectionName)
    : m_connectionName(std::move(connectionName))
{}

RunStore::~RunStore()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<RunStore>> RunStore::open(const QString &path)
{
    static QAtomicInt counter;
    const QString name = u"spool-history-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<RunStore> store(new RunStore(name));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{u"history_unavailable"_s, u"cannot create the folder of %1"_s.arg(path)};
    QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    database.setDatabaseName(path);
    database.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!database.open())
        return sqlError(u"cannot open the history %1"_s.arg(path), database.lastError());
    if (std::optional<Error> error = store->createSchema())
        return *error;
    if (std::optional<Error> error = store->recoverInterruptedRuns())
        return *error;
    return store;
}

std::optional<Error> RunStore::createSchema()
{
    QSqlDatabase database = QSqlDatabase::database(m_connectionName);
    QSqlQuery query(database);
    const QStringList statements{
        u"PRAGMA journal_mode=WAL"_s,
        u"PRAGMA synchronous=NORMAL"_s,
        u"CREATE TABLE IF NOT EXISTS runs (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
        "id TEXT NOT NULL UNIQUE, status TEXT NOT NULL, created_at INTEGER, "
        "updated_at INTEGER, owner_pid INTEGER, owner_start TEXT, json TEXT NOT NULL)"_s,
        u"CREATE INDEX IF NOT EXISTS runs_by_status ON runs (status, seq)"_s,
        u"CREATE TABLE IF NOT EXISTS tasks (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
        "id TEXT NOT NULL UNIQUE, run_id TEXT NOT NULL, kind TEXT NOT NULL, "
        "status TEXT NOT NULL, json TEXT NOT NULL)"_s,
        u"CREATE INDEX IF NOT EXISTS tasks_by_run ON tasks (run_id, seq)"_s,
        u"CREATE TABLE IF NOT EXISTS events (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
        "id TEXT NOT NULL UNIQUE, run_id TEXT NOT NULL, task_id TEXT, kind TEXT NOT NULL, "
        "created_at INTEGER NOT NULL, json TEXT NOT NULL)"_s,
        u"CREATE INDEX IF NOT EXISTS events_by_run ON events (run_id, seq)"_s,
        u"PRAGMA user_version=%1"_s.arg(SchemaVersion),
    };
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return sqlError(u"cannot prepare the history"_s, query.lastError());
    }
    return std::nullopt;
}

std::optional<Error> RunStore::recoverInterruptedRuns()
{
    QSqlDatabase database = QSqlDatabase::database(m_connectionName);
    QSqlQuery query(database);
    if (!query.exec(u"SELECT id, owner_pid, owner_start FROM runs WHERE status NOT IN "
                    "('succeeded', 'failed', 'cancelled')"_s))
        return sqlError(u"cannot read the history"_s, query.lastError());
    QStringList orphans;
    while (query.next()) {
        if (!processAlive(query.value(1).toLongLong(), query.value(2).toString()))
            orphans.append(query.value(0).toString());
    }
    query.finish();
    QList<Run> interrupted;
    for (const QString &id : std::as_const(orphans)) {
        if (std::optional<Run> found = run(id))
            interrupted.append(*found);
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const Error error{u"interrupted"_s,
                      u"the process running this run stopped before the run finished"_s};
    for (Run &run : interrupted) {
        for (Task &task : run.tasks) {
            if (!isTerminal(task.lifecycle.status()))
                task.lifecycle.advance(Status::Failed, now, error);
        }
        run.lifecycle.advance(Status::Failed, now, error);
        if (std::optional<Error> problem = saveRun(run))
            return problem;
        m_recovered.append(run.id);
    }
    return std::nullopt;
}

std::optional<Error> RunStore::saveRun(const Run &run)
{
    QSqlDatabase database = QSqlDatabase::database(m_connectionName);
    if (!database.transaction())
        return sqlError(u"cannot write the history"_s, database.lastError());
    if (std::optional<Error> error = upsertRun(run)) {
        database.rollback();
        return error;
    }
    if (std::optional<Error> error = upsertTasks(run.tasks)) {
        database.rollback();
        return error;
    }
    if (!database.commit())
        return sqlError(u"cannot write the history"_s, database.lastError());
    return std::nullopt;
}

std::optional<Error> RunStore::saveRunRecord(const Run &run)
{
    return upsertRun(run);
}

// The run's row holds the run without its tasks (they have their own rows, which run()
// reads), so that writing it does not grow with the run.
std::optional<Error> RunStore::upsertRun(const Run &run)
{
    QSqlDatabase database = QSqlDatabase::database(m_connectionName);
    QSqlQuery query(database);
    query.prepare(u"INSERT INTO runs (id, status, created_at, updated_at, owner_pid, owner_start, "
                  "json) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                  "status = excluded.status, updated_at = excluded.updated_at, "
                  "owner_pid = excluded.owner_pid, owner_start = excluded.owner_start, "
                  "json = excluded.json"_s);
    const qint64 pid = QCoreApplication::applicationPid();
    static const QString start = processStart(pid); // this process's, read once
    query.addBindValue(run.id);
    query.addBindValue(statusName(run.lifecycle.status()));
    query.addBindValue(run.lifecycle.createdAt().value_or(0));
    query.addBindValue(run.lifecycle.updatedAt().value_or(0));
    query.addBindValue(pid);
    query.addBindValue(start);
    Run header = run; // shares the tasks until they are dropped here, unread
    header.tasks = QList<Task>();
    QJsonObject json = header.toJson();
    json.remove(u"tasks"_s);
    query.addBindValue(compact(json));
    if (!query.exec())
        return sqlError(u"cannot write run %1 to the history"_s.arg(run.id), query.lastError());
    return std::nullopt;
}

std::optional<Error> RunStore::saveTasks(const QList<Task> &tasks)
{
    QSqlDatabase database = QSqlDatabase::database(m_connectionName);
    if (!database.transaction())
        return sqlError(u"cannot write the history"_s, database.lastError());
    if (std::optional<Error> error = upsertTasks(tasks)) {
        database.rollback();
        return error;
    }
    if (!database.commit())
        return sqlError(u"cannot write the history"_s, database.lastError());
    return std::nullopt;
}

// Inside a transaction of the caller's. A task keeps the place of its first save, so tasks
// read back in the order they were created.
std::optional<Error> RunStore::upsertTasks(const QList<Task> &tasks)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"INSERT INTO tasks (id, run_id, kind, status, json) VALUES (?, ?, ?, ?, ?) "
                  "ON CONFLICT(id) DO UPDATE SET status = excluded.status, json = excluded.json"_s);
    for (const Task &task : tasks) {
        query.addBindValue(task.id);
        query.addBindValue(task.runId);
        query.addBindValue(task.kind);
        query.addBindValue(statusName(task.lifecycle.status()));
        query.addBindValue(compact(task.toJson()));
        if (!query.exec())
            return sqlError(u"cannot write task %1 to the history"_s.arg(task.id),
                            query.lastError());
    }
    return std::nullopt;
}

QList<Task> RunStore::tasksOf(const QString &runId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"SELECT json FROM tasks WHERE run_id = ? ORDER BY seq"_s);
    query.addBindValue(runId);
    QList<Task> tasks;
    if (!query.exec())
        return tasks;
    while (query.next()) {
        Result<Task> task = Task::fromJson(
            QJsonDocument::fromJson(query.value(0).toByteArray()).object());
        if (task)
            tasks.append(std::move(task).value());
    }
    return tasks;
}

std::optional<Error> RunStore::appendEvents(const QList<RunEvent> &events)
{
    if (events.isEmpty())
        return std::nullopt;
    QSqlDatabase database = QSqlDatabase::database(m_connectionName);
    if (!database.transaction())
        return sqlError(u"cannot write the history"_s, database.lastError());
    QSqlQuery query(database);
    query.prepare(u"INSERT OR IGNORE INTO events (id, run_id, task_id, kind, created_at, json) "
                  "VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const RunEvent &event : events) {
        query.addBindValue(event.id);
        query.addBindValue(event.runId);
        query.addBindValue(event.taskId.isEmpty() ? QVariant() : QVariant(event.taskId));
        query.addBindValue(event.kind);
        query.addBindValue(event.createdAt);
        query.addBindValue(compact(event.data));
        if (!query.exec()) {
            const QSqlError error = query.lastError();
            database.rollback();
            return sqlError(u"cannot write events to the history"_s, error);
        }
    }
    if (!database.commit())
        return sqlError(u"cannot write the history"_s, database.lastError());
    return std::nullopt;
}

std::optional<Run> RunStore::run(const QString &runId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"SELECT json FROM runs WHERE id = ?"_s);
    query.addBindValue(runId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    std::optional<Run> run = runFromJson(query.value(0).toByteArray());
    if (run)
        run->tasks = tasksOf(runId);
    return run;
}

Result<RunPage> RunStore::list(const RunQuery &query) const
{
    const int limit = qBound(1, query.limit, 100);
    QSqlDatabase database = QSqlDatabase::database(m_connectionName);

    const auto seqOf = [&](const QString &id) -> std::optional<qint64> {
        QSqlQuery lookup(database);
        lookup.prepare(u"SELECT seq FROM runs WHERE id = ?"_s);
        lookup.addBindValue(id);
        if (!lookup.exec() || !lookup.next())
            return std::nullopt;
        return lookup.value(0).toLongLong();
    };

    // Walking "before" a cursor reads the other way, then turns the page around.
    const bool backwards = !query.before.isEmpty();
    const bool ascending = query.ascending != backwards;
    QString sql = u"SELECT json FROM runs WHERE 1 = 1"_s;
    QVariantList binds;
    const QString cursor = backwards ? query.before : query.after;
    if (!cursor.isEmpty()) {
        const std::optional<qint64> seq = seqOf(cursor);
        if (!seq)
            return Error{u"run_not_found"_s, u"no run %1 in the history"_s.arg(cursor)};
        sql += ascending ? u" AND seq > ?"_s : u" AND seq < ?"_s;
        binds.append(*seq);
    }
    if (query.status) {
        sql += u" AND status = ?"_s;
        binds.append(statusName(*query.status));
    }
    sql += ascending ? u" ORDER BY seq ASC"_s : u" ORDER BY seq DESC"_s;
    sql += u" LIMIT %1"_s.arg(limit + 1);

    QSqlQuery select(database);
    select.prepare(sql);
    for (const QVariant &bind : binds)
        select.addBindValue(bind);
    if (!select.exec())
        return sqlError(u"cannot read the history"_s, select.lastError());
    RunPage page;
    while (select.next()) {
        if (page.runs.size() == limit) {
            page.hasMore = true;
            break;
        }
        if (std::optional<Run> run = runFromJson(select.value(0).toByteArray())) {
            run->tasks = tasksOf(run->id);
            page.runs.append(*run);
        }
    }
    if (backwards)
        std::reverse(page.runs.begin(), page.runs.end());
    return page;
}

QList<RunEvent> RunStore::events(const QString &runId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"SELECT id, kind, task_id, created_at, json FROM events WHERE run_id = ? "
                  "ORDER BY seq"_s);
    query.addBindValue(runId);
    QList<RunEvent> events;
    if (!query.exec())
        return events;
    while (query.next()) {
        events.append(RunEvent{query.value(0).toString(),
                               query.value(1).toString(),
                               runId,
                               query.value(2).toString(),
                               QJsonDocument::fromJson(query.value(3 + 1).toByteArray()).object(),
                               query.value(3).toLongLong()});
    }
    return events;
}

} // namespace spool
