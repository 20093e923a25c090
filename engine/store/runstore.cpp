#include "runstore.h"

#include <core/atomicfile.h>
#include <core/logging.h>
#include <schema/ids.h>
#include <schema/jsonwriter.h>

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
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

bool isTerminalName(const QString &status)
{
    const std::optional<Status> parsed = statusFromName(status);
    return parsed && isTerminal(*parsed);
}

const Error &interruption()
{
    static const Error error{u"interrupted"_s,
                             u"the process running this run stopped before the run finished"_s};
    return error;
}

// What recovery makes of a run whose process is gone: every task not yet terminal failed,
// and so the run; all tasks terminal, so the progress is 100 (spec §2). Returns the tasks it
// marked.
QList<int> markInterrupted(Run &run, qint64 now)
{
    QList<int> marked;
    for (int i = 0; i < run.tasks.size(); ++i) {
        Task &task = run.tasks[i];
        if (!isTerminal(task.lifecycle.status())) {
            task.lifecycle.advance(Status::Failed, now, interruption());
            marked.append(i);
        }
    }
    run.lifecycle.advance(Status::Failed, now, interruption());
    run.progress = Run::meanProgress(run.tasks);
    return marked;
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

// SQLite's primary result codes for a file that is not (or no longer) a sound database.
bool isDamage(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == u"11" || code == u"26"; // SQLITE_CORRUPT, SQLITE_NOTADB
}

} // namespace

RunStore::RunStore(QString connectionName, QString path, Access access)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
    , m_access(access)
{}

Error RunStore::sqlError(const QString &what, const QSqlError &error) const
{
    qCDebug(lcStore,
            "%ls (history %ls): %ls",
            qUtf16Printable(what),
            qUtf16Printable(m_path),
            qUtf16Printable(error.text()));
    if (isDamage(error)) {
        return Error{u"history_damaged"_s,
                     u"the history %1 is damaged (%2: %3). Move it aside (mv %1 %1.damaged) "
                     "to start a new history, or use another workspace with --workspace DIR"_s
                         .arg(m_path, what, error.text()),
                     m_path};
    }
    return Error{u"history_unavailable"_s,
                 u"%1 (history %2): %3"_s.arg(what, m_path, error.text()),
                 m_path};
}

Error RunStore::damagedRow(const QString &what) const
{
    return Error{u"history_damaged"_s,
                 u"the history %1 is damaged: %2 cannot be read. Move it aside (mv %1 "
                 "%1.damaged) to start a new history, or use another workspace with "
                 "--workspace DIR"_s.arg(m_path, what),
                 m_path};
}

RunStore::~RunStore()
{
    m_upsertRun.reset();
    m_upsertTask.reset();
    m_insertEvent.reset();
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<RunStore>> RunStore::open(const QString &path, Access access)
{
    static QAtomicInt counter;
    const QString name = u"spool-history-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<RunStore> store(new RunStore(name, QFileInfo(path).absoluteFilePath(), access));
    if (access == Access::ReadOnly) {
        if (std::optional<Error> error = store->openReadOnly())
            return *error;
        return store;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{u"history_unavailable"_s, u"cannot create the folder of %1"_s.arg(path)};
    QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    database.setDatabaseName(path);
    database.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!database.open())
        return store->sqlError(u"cannot open the history"_s, database.lastError());
    if (std::optional<Error> error = store->createSchema())
        return *error;
    if (std::optional<Error> error = store->recoverInterruptedRuns())
        return *error;
    return store;
}

// Reading must not need a write: not of the database, and not of its WAL index (-shm) when it
// can be avoided, so that `runs` and `show` work on a full or read-only disk.
std::optional<Error> RunStore::openReadOnly()
{
    QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    const bool exists = QFileInfo::exists(m_path);
    if (!exists) {
        // No history yet: an empty one in memory, so there is nothing to list.
        database.setDatabaseName(u":memory:"_s);
        if (!database.open())
            return sqlError(u"cannot open the history"_s, database.lastError());
        return createSchema();
    }
    const auto probe = [&]() -> std::optional<QSqlError> {
        if (!database.open())
            return database.lastError();
        QSqlQuery query(database);
        if (!query.exec(u"SELECT count(*) FROM runs"_s) || !query.next())
            return query.lastError();
        return std::nullopt;
    };
    database.setDatabaseName(m_path);
    database.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"_s);
    std::optional<QSqlError> failure = probe();
    if (!failure)
        return std::nullopt;
    // On a read-only or full disk SQLite cannot make the WAL index. Without a -wal file, or
    // with an empty one (the failed attempt may have made it), every committed change is in
    // the database itself, which can then be read as immutable.
    if (!isDamage(*failure) && QFileInfo(m_path + u"-wal"_s).size() == 0) {
        database.close();
        database.setDatabaseName(u"file:"_s
                                 + QString::fromUtf8(QUrl::fromLocalFile(m_path).toEncoded()).mid(7)
                                 + u"?immutable=1"_s);
        database.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
        failure = probe();
        if (!failure)
            return std::nullopt;
    }
    return sqlError(u"cannot read the history"_s, *failure);
}

std::optional<Error> RunStore::createSchema()
{
    QSqlDatabase database = QSqlDatabase::database(m_connectionName);
    QSqlQuery query(database);
    const QStringList statements{
        u"PRAGMA journal_mode=WAL"_s,
        u"PRAGMA synchronous=NORMAL"_s,
        // The ids' unique indexes take rows in random order: with a page cache of 2 MiB (the
        // default) a run of 100,000 tasks reads their pages back from the file at every batch.
        u"PRAGMA cache_size=-32768"_s,
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
        // One run per idempotency key: the unique index settles a race between two processes.
        u"CREATE TABLE IF NOT EXISTS idempotency_keys (key TEXT NOT NULL, "
        "run_id TEXT NOT NULL)"_s,
        u"CREATE UNIQUE INDEX IF NOT EXISTS idempotency_by_key ON idempotency_keys (key)"_s,
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
    if (query.lastError().isValid())
        return sqlError(u"cannot read the history"_s, query.lastError());
    query.finish();
    for (const QString &id : std::as_const(orphans)) {
        Result<std::optional<Run>> found = run(id);
        if (!found)
            return found.error();
        if (!found->has_value())
            continue;
        Run interrupted = std::move(found).value().value();
        if (std::optional<Error> problem = recover(interrupted))
            return problem;
        m_recovered.append(id);
    }
    return std::nullopt;
}

// Makes the history, the run's events and its run.json agree on how an interrupted run ended.
std::optional<Error> RunStore::recover(Run &run)
{
    // The workspace's layout (runtime/workspace.h): the history beside the runs' folders.
    const QString runDir = QFileInfo(m_path).absolutePath() + u"/runs/"_s + run.id;
    const QString manifestPath = runDir + u"/run.json"_s;
    // A task the history missed finishing (its last save failed) but run.json has terminal
    // keeps that status: recovery only ever ends what had not ended.
    QFile manifestFile(manifestPath);
    if (manifestFile.open(QIODevice::ReadOnly)) {
        if (std::optional<Run> manifest = runFromJson(manifestFile.readAll())) {
            QHash<QString, const Task *> terminal;
            for (const Task &task : std::as_const(manifest->tasks)) {
                if (isTerminal(task.lifecycle.status()))
                    terminal.insert(task.id, &task);
            }
            for (Task &task : run.tasks) {
                const Task *ended = terminal.value(task.id);
                if (ended && !isTerminal(task.lifecycle.status()))
                    task = *ended;
            }
        }
        manifestFile.close();
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QList<int> marked = markInterrupted(run, now);
    if (std::optional<Error> problem = saveRun(run))
        return problem;

    QList<RunEvent> events;
    for (const int index : marked) {
        const Task &task = run.tasks.at(index);
        events.append(
            RunEvent{Ids::newEventId(), u"task.failed"_s, run.id, task.id, task.toJson(), now});
    }
    QJsonObject data = run.toJson();
    data.remove(u"tasks"_s);
    data.insert(u"task_count"_s, run.tasks.size());
    events.append(RunEvent{Ids::newEventId(), u"run.failed"_s, run.id, {}, data, now});
    if (std::optional<Error> problem = appendEvents(events))
        return problem;
    // The history is right now; a manifest that cannot be rewritten is no reason to refuse
    // the history, so it is left as it was (and says so by its status).
    if (QFileInfo(runDir).isDir())
        AtomicFile::write(manifestPath, JsonWriter::write(run.toJson()));
    return std::nullopt;
}

Result<QSqlQuery *> RunStore::prepared(std::unique_ptr<QSqlQuery> &slot, const QString &sql)
{
    if (!slot) {
        auto query = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connectionName));
        if (!query->prepare(sql))
            return sqlError(u"cannot prepare the history"_s, query->lastError());
        slot = std::move(query);
    }
    return slot.get();
}

Result<QString> RunStore::claimIdempotencyKey(const QString &key, const QString &runId)
{
    QSqlDatabase database = QSqlDatabase::database(m_connectionName);
    if (!database.transaction())
        return sqlError(u"cannot write the history"_s, database.lastError());
    QSqlQuery query(database);
    query.prepare(u"INSERT OR IGNORE INTO idempotency_keys (key, run_id) VALUES (?, ?)"_s);
    query.addBindValue(key);
    query.addBindValue(runId);
    if (!query.exec()) {
        const Error error = sqlError(u"cannot write the history"_s, query.lastError());
        database.rollback();
        return error;
    }
    query.prepare(u"SELECT run_id FROM idempotency_keys WHERE key = ?"_s);
    query.addBindValue(key);
    if (!query.exec() || !query.next()) {
        const Error error = sqlError(u"cannot read the history"_s, query.lastError());
        database.rollback();
        return error;
    }
    const QString winner = query.value(0).toString();
    query.finish();
    if (!database.commit())
        return sqlError(u"cannot write the history"_s, database.lastError());
    return winner;
}

std::optional<Error> RunStore::releaseIdempotencyKey(const QString &key, const QString &runId)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"DELETE FROM idempotency_keys WHERE key = ? AND run_id = ?"_s);
    query.addBindValue(key);
    query.addBindValue(runId);
    if (!query.exec())
        return sqlError(u"cannot write the history"_s, query.lastError());
    return std::nullopt;
}

Result<std::optional<QString>> RunStore::idempotencyClaim(const QString &key) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"SELECT run_id FROM idempotency_keys WHERE key = ?"_s);
    query.addBindValue(key);
    if (!query.exec())
        return sqlError(u"cannot read the history"_s, query.lastError());
    if (!query.next())
        return std::optional<QString>();
    return std::optional<QString>(query.value(0).toString());
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
    const Result<QSqlQuery *> statement
        = prepared(m_upsertRun,
                   u"INSERT INTO runs (id, status, created_at, updated_at, owner_pid, owner_start, "
                   "json) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                   "status = excluded.status, updated_at = excluded.updated_at, "
                   "owner_pid = excluded.owner_pid, owner_start = excluded.owner_start, "
                   "json = excluded.json"_s);
    if (!statement)
        return statement.error();
    QSqlQuery &query = **statement;
    const qint64 pid = QCoreApplication::applicationPid();
    static const QString start = processStart(pid); // this process's, read once
    query.bindValue(0, run.id);
    query.bindValue(1, statusName(run.lifecycle.status()));
    query.bindValue(2, run.lifecycle.createdAt().value_or(0));
    query.bindValue(3, run.lifecycle.updatedAt().value_or(0));
    query.bindValue(4, pid);
    query.bindValue(5, start);
    Run header = run; // shares the tasks until they are dropped here, unread
    header.tasks = QList<Task>();
    QJsonObject json = header.toJson();
    json.remove(u"tasks"_s);
    query.bindValue(6, compact(json));
    const bool done = query.exec();
    query.finish(); // reset, still prepared: a finished statement holds no lock
    if (!done)
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
    const Result<QSqlQuery *> statement
        = prepared(m_upsertTask,
                   u"INSERT INTO tasks (id, run_id, kind, status, json) VALUES (?, ?, ?, ?, ?) "
                   "ON CONFLICT(id) DO UPDATE SET status = excluded.status, json = excluded.json"_s);
    if (!statement)
        return statement.error();
    QSqlQuery &query = **statement;
    for (const Task &task : tasks) {
        query.bindValue(0, task.id);
        query.bindValue(1, task.runId);
        query.bindValue(2, task.kind);
        query.bindValue(3, statusName(task.lifecycle.status()));
        query.bindValue(4, compact(task.toJson()));
        if (!query.exec()) {
            const QSqlError error = query.lastError();
            query.finish();
            return sqlError(u"cannot write task %1 to the history"_s.arg(task.id), error);
        }
    }
    query.finish();
    return std::nullopt;
}

Result<QList<Task>> RunStore::tasksOf(const QString &runId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    query.prepare(u"SELECT json FROM tasks WHERE run_id = ? ORDER BY seq"_s);
    query.addBindValue(runId);
    QList<Task> tasks;
    if (!query.exec())
        return sqlError(u"cannot read the tasks of %1"_s.arg(runId), query.lastError());
    while (query.next()) {
        Result<Task> task = Task::fromJson(
            QJsonDocument::fromJson(query.value(0).toByteArray()).object());
        if (!task)
            return damagedRow(u"a task of run %1"_s.arg(runId));
        tasks.append(std::move(task).value());
    }
    if (query.lastError().isValid())
        return sqlError(u"cannot read the tasks of %1"_s.arg(runId), query.lastError());
    return tasks;
}

std::optional<Error> RunStore::appendEvents(const QList<RunEvent> &events)
{
    if (events.isEmpty())
        return std::nullopt;
    QSqlDatabase database = QSqlDatabase::database(m_connectionName);
    if (!database.transaction())
        return sqlError(u"cannot write the history"_s, database.lastError());
    const Result<QSqlQuery *> statement
        = prepared(m_insertEvent,
                   u"INSERT OR IGNORE INTO events (id, run_id, task_id, kind, created_at, json) "
                   "VALUES (?, ?, ?, ?, ?, ?)"_s);
    if (!statement) {
        database.rollback();
        return statement.error();
    }
    QSqlQuery &query = **statement;
    for (const RunEvent &event : events) {
        query.bindValue(0, event.id);
        query.bindValue(1, event.runId);
        query.bindValue(2, event.taskId.isEmpty() ? QVariant() : QVariant(event.taskId));
        query.bindValue(3, event.kind);
        query.bindValue(4, event.createdAt);
        query.bindValue(5, event.compactData()); // made once, by whoever made the event
        if (!query.exec()) {
            const QSqlError error = query.lastError();
            query.finish();
            database.rollback();
            return sqlError(u"cannot write events to the history"_s, error);
        }
    }
    query.finish();
    if (!database.commit())
        return sqlError(u"cannot write the history"_s, database.lastError());
    return std::nullopt;
}

Result<std::optional<Run>> RunStore::runFromRow(const QVariant &json,
                                                const QVariant &status,
                                                const QVariant &ownerPid,
                                                const QVariant &ownerStart) const
{
    std::optional<Run> run = runFromJson(json.toByteArray());
    if (!run)
        return damagedRow(u"a run"_s);
    Result<QList<Task>> tasks = tasksOf(run->id);
    if (!tasks)
        return tasks.error();
    run->tasks = std::move(tasks).value();
    // Read-only, the store cannot mark a run of a process that is gone; it shows it as
    // recovery will mark it.
    if (m_access == Access::ReadOnly && !isTerminalName(status.toString())
        && !processAlive(ownerPid.toLongLong(), ownerStart.toString()))
        markInterrupted(*run, run->lifecycle.updatedAt().value_or(0));
    return run;
}

Result<std::optional<Run>> RunStore::run(const QString &runId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"SELECT json, status, owner_pid, owner_start FROM runs WHERE id = ?"_s);
    query.addBindValue(runId);
    if (!query.exec())
        return sqlError(u"cannot read run %1"_s.arg(runId), query.lastError());
    if (!query.next()) {
        if (query.lastError().isValid())
            return sqlError(u"cannot read run %1"_s.arg(runId), query.lastError());
        return std::optional<Run>();
    }
    return runFromRow(query.value(0), query.value(1), query.value(2), query.value(3));
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
    QString sql = u"SELECT json, status, owner_pid, owner_start FROM runs WHERE 1 = 1"_s;
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
        Result<std::optional<Run>> run = runFromRow(select.value(0),
                                                    select.value(1),
                                                    select.value(2),
                                                    select.value(3));
        if (!run)
            return run.error();
        page.runs.append(std::move(run).value().value());
    }
    if (select.lastError().isValid())
        return sqlError(u"cannot read the history"_s, select.lastError());
    if (backwards)
        std::reverse(page.runs.begin(), page.runs.end());
    return page;
}

Result<QList<RunEvent>> RunStore::events(const QString &runId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, kind, task_id, created_at, json FROM events WHERE run_id = ? "
                  "ORDER BY seq"_s);
    query.addBindValue(runId);
    QList<RunEvent> events;
    if (!query.exec())
        return sqlError(u"cannot read the events of %1"_s.arg(runId), query.lastError());
    while (query.next()) {
        QJsonParseError parseError;
        const QJsonDocument data = QJsonDocument::fromJson(query.value(4).toByteArray(),
                                                           &parseError);
        if (parseError.error != QJsonParseError::NoError || !data.isObject())
            return damagedRow(u"an event of run %1"_s.arg(runId));
        events.append(RunEvent{query.value(0).toString(),
                               query.value(1).toString(),
                               runId,
                               query.value(2).toString(),
                               data.object(),
                               query.value(3).toLongLong()});
    }
    if (query.lastError().isValid())
        return sqlError(u"cannot read the events of %1"_s.arg(runId), query.lastError());
    return events;
}

} // namespace spool
