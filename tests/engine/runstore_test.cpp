#include "testdata.h"

#include <runtime/workspace.h>
#include <schema/ids.h>
#include <store/runstore.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

namespace {

spool::Run makeRun(Status status, int tasks = 2)
{
    spool::Run run;
    run.id = Ids::newRunId();
    run.lifecycle.markCreated(1000);
    if (status != Status::Waiting)
        run.lifecycle.advance(status, 1001);
    for (int i = 0; i < tasks; ++i) {
        Task task;
        task.id = Ids::newTaskId();
        task.kind = i == 0 ? u"ingest"_s : u"conditions"_s;
        task.runId = run.id;
        task.lifecycle.markCreated(1000);
        task.lifecycle.advance(isTerminal(status) ? status : Status::Processing, 1001);
        run.tasks.append(task);
    }
    return run;
}

QStringList ids(const QList<spool::Run> &runs)
{
    QStringList list;
    for (const spool::Run &run : runs)
        list.append(run.id);
    return list;
}

// Hands the run to a process that has ended, as if it had been killed.
void handToDeadProcess(const QString &path, const QString &runId)
{
    QProcess finished;
    finished.start(u"true"_s);
    ASSERT_TRUE(finished.waitForFinished());
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"edit"_s);
        database.setDatabaseName(path);
        ASSERT_TRUE(database.open());
        QSqlQuery query(database);
        query.prepare(u"UPDATE runs SET owner_pid = ? WHERE id = ?"_s);
        query.addBindValue(finished.processId());
        query.addBindValue(runId);
        ASSERT_TRUE(query.exec());
        query.finish();
        database.close();
    }
    QSqlDatabase::removeDatabase(u"edit"_s);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class RunStoreTest : public ::testing::Test
{
protected:
    QString path() const { return m_dir.filePath(u"history.sqlite"_s); }
    QString dir() const { return m_dir.path(); }
    std::unique_ptr<RunStore> open()
    {
        Result<std::unique_ptr<RunStore>> store = RunStore::open(path());
        EXPECT_TRUE(store.ok()) << (store.ok() ? "" : store.error().message.toStdString());
        return store.ok() ? std::move(store).value() : nullptr;
    }

private:
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(RunStoreTest, SavesAndReadsARunWithItsTasks)
{
    auto store = open();
    const spool::Run run = makeRun(Status::Succeeded, 3);
    ASSERT_FALSE(store->saveRun(run).has_value());
    const std::optional<spool::Run> read = store->run(run.id).value();
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->toJson(), run.toJson());
    EXPECT_FALSE(store->run(u"run_nothere00000000"_s).value().has_value());

    spool::Run changed = run;
    changed.metadata.insert(u"note"_s, u"second save replaces the first"_s);
    ASSERT_FALSE(store->saveRun(changed).has_value());
    EXPECT_EQ(store->run(run.id).value()->metadata.value(u"note").toString(),
              u"second save replaces the first");
}

TEST_F(RunStoreTest, ListsNewestFirstWithCursors)
{
    auto store = open();
    QStringList created;
    for (int i = 0; i < 7; ++i) {
        const spool::Run run = makeRun(i % 2 ? Status::Failed : Status::Succeeded);
        ASSERT_FALSE(store->saveRun(run).has_value());
        created.prepend(run.id); // newest first
    }
    RunQuery query;
    query.limit = 3;
    Result<RunPage> page = store->list(query);
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(ids(page->runs), created.mid(0, 3));
    EXPECT_TRUE(page->hasMore);

    query.after = page->runs.last().id;
    page = store->list(query);
    EXPECT_EQ(ids(page->runs), created.mid(3, 3));
    EXPECT_TRUE(page->hasMore);

    query.after = page->runs.last().id;
    page = store->list(query);
    EXPECT_EQ(ids(page->runs), created.mid(6, 1));
    EXPECT_FALSE(page->hasMore);

    query.after.clear();
    query.before = created.at(6);
    page = store->list(query);
    EXPECT_EQ(ids(page->runs), created.mid(3, 3)) << "the page just before, still newest first";
    EXPECT_TRUE(page->hasMore);

    RunQuery ascending;
    ascending.ascending = true;
    ascending.limit = 2;
    ascending.after = created.last();
    page = store->list(ascending);
    EXPECT_EQ(ids(page->runs), (QStringList{created.at(5), created.at(4)}));

    RunQuery failed;
    failed.status = Status::Failed;
    failed.limit = 100;
    page = store->list(failed);
    EXPECT_EQ(page->runs.size(), 3);
    for (const spool::Run &run : page->runs)
        EXPECT_EQ(run.lifecycle.status(), Status::Failed);

    RunQuery unknown;
    unknown.after = u"run_unknown000000000"_s;
    EXPECT_EQ(store->list(unknown).error().kind, u"run_not_found");
}

TEST_F(RunStoreTest, KeepsEventsInOrder)
{
    auto store = open();
    const spool::Run run = makeRun(Status::Succeeded);
    QList<RunEvent> events;
    for (int i = 0; i < 5; ++i) {
        events.append(RunEvent{Ids::newEventId(),
                               i == 0 ? u"run.created"_s : u"task.updated"_s,
                               run.id,
                               i == 0 ? QString() : run.tasks[0].id,
                               QJsonObject{{u"n"_s, i}},
                               1000 + i});
    }
    ASSERT_FALSE(store->appendEvents(events.mid(0, 2)).has_value());
    ASSERT_FALSE(store->appendEvents(events.mid(2)).has_value());
    const QList<RunEvent> read = store->events(run.id).value();
    ASSERT_EQ(read.size(), 5);
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(read[i].id, events[i].id);
        EXPECT_EQ(read[i].data.value(u"n").toInt(), i);
        EXPECT_EQ(read[i].createdAt, 1000 + i);
    }
    EXPECT_TRUE(read[0].taskId.isEmpty());
}

TEST_F(RunStoreTest, MarksRunsOfADeadProcessInterrupted)
{
    const spool::Run running = makeRun(Status::Processing);
    const spool::Run done = makeRun(Status::Succeeded);
    {
        auto store = open();
        ASSERT_FALSE(store->saveRun(running).has_value());
        ASSERT_FALSE(store->saveRun(done).has_value());
    }
    {
        // This process still owns the run: it is left alone.
        auto store = open();
        EXPECT_TRUE(store->recoveredRuns().isEmpty());
        EXPECT_EQ(store->run(running.id).value()->lifecycle.status(), Status::Processing);
    }
    {
        // Hand the run to a process that has ended.
        QProcess finished;
        finished.start(u"true"_s);
        ASSERT_TRUE(finished.waitForFinished());
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"edit"_s);
        database.setDatabaseName(path());
        ASSERT_TRUE(database.open());
        QSqlQuery query(database);
        query.prepare(u"UPDATE runs SET owner_pid = ? WHERE id = ?"_s);
        query.addBindValue(finished.processId());
        query.addBindValue(running.id);
        ASSERT_TRUE(query.exec());
        query.finish();
        database.close();
    }
    QSqlDatabase::removeDatabase(u"edit"_s);
    auto store = open();
    EXPECT_EQ(store->recoveredRuns(), QStringList{running.id});
    const std::optional<spool::Run> recovered = store->run(running.id).value();
    ASSERT_TRUE(recovered.has_value());
    EXPECT_EQ(recovered->lifecycle.status(), Status::Failed);
    EXPECT_EQ(recovered->lifecycle.error()->kind, u"interrupted");
    for (const Task &task : recovered->tasks)
        EXPECT_EQ(task.lifecycle.status(), Status::Failed);
    EXPECT_EQ(store->run(done.id).value()->lifecycle.status(), Status::Succeeded);
}

TEST_F(RunStoreTest, UnwritablePlaceIsAClearError)
{
    const Result<std::unique_ptr<RunStore>> store = RunStore::open(u"/proc/spool/history.sqlite"_s);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().kind, u"history_unavailable");
}

TEST_F(RunStoreTest, RecoveryMakesTheManifestProgressAndEventsAgree)
{
    spool::Run running = makeRun(Status::Processing, 3);
    running.tasks[0].lifecycle.advance(Status::Succeeded, 1002);
    running.tasks[0].progress = 100;
    running.tasks[1].progress = 40;
    // run.json knows the third task ended, though the history missed it (its save failed).
    spool::Run manifest = running;
    manifest.tasks[2].lifecycle.advance(Status::Succeeded, 1003);
    manifest.tasks[2].progress = 100;
    {
        auto store = open();
        ASSERT_FALSE(store->saveRun(running).has_value());
    }
    const Workspace workspace(dir());
    ASSERT_FALSE(workspace.writeManifest(manifest).has_value());
    handToDeadProcess(path(), running.id);

    auto store = open();
    EXPECT_EQ(store->recoveredRuns(), QStringList{running.id});
    const spool::Run recovered = store->run(running.id).value().value();
    EXPECT_EQ(recovered.lifecycle.status(), Status::Failed);
    EXPECT_EQ(recovered.tasks[0].lifecycle.status(), Status::Succeeded) << "never downgraded";
    EXPECT_EQ(recovered.tasks[1].lifecycle.status(), Status::Failed);
    EXPECT_EQ(recovered.tasks[1].lifecycle.error()->kind, u"interrupted");
    EXPECT_EQ(recovered.tasks[2].lifecycle.status(), Status::Succeeded)
        << "the manifest's terminal status is kept";
    EXPECT_EQ(recovered.progress, 100) << "every task is terminal";

    const QList<RunEvent> events = store->events(running.id).value();
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events[0].kind, u"task.failed");
    EXPECT_EQ(events[0].taskId, running.tasks[1].id);
    EXPECT_EQ(events[1].kind, u"run.failed");
    EXPECT_EQ(events[1].data.value(u"status").toString(), u"failed");

    const QJsonObject rewritten
        = QJsonDocument::fromJson(readAll(workspace.runDir(running.id) + u"/run.json"_s)).object();
    EXPECT_EQ(rewritten.value(u"status").toString(), u"failed");
    EXPECT_EQ(rewritten.value(u"progress").toInt(), 100);
    EXPECT_EQ(rewritten.value(u"error")[u"kind"].toString(), u"interrupted");
}

TEST_F(RunStoreTest, ReadOnlyOpenWritesNothingAndShowsWhatRecoveryWouldMark)
{
    const spool::Run running = makeRun(Status::Processing);
    {
        auto store = open();
        ASSERT_FALSE(store->saveRun(running).has_value());
    }
    handToDeadProcess(path(), running.id);
    const QByteArray before = readAll(path());
    {
        Result<std::unique_ptr<RunStore>> store = RunStore::open(path(), RunStore::Access::ReadOnly);
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        const spool::Run shown = (*store)->run(running.id).value().value();
        EXPECT_EQ(shown.lifecycle.status(), Status::Failed);
        EXPECT_EQ(shown.lifecycle.error()->kind, u"interrupted");
        EXPECT_TRUE((*store)->recoveredRuns().isEmpty());
        EXPECT_EQ((*store)->saveRun(running).has_value(), true) << "a read-only store refuses";
    }
    EXPECT_EQ(readAll(path()), before);
    // Still unrecovered in the file: the next read-write open recovers it.
    EXPECT_EQ(open()->recoveredRuns(), QStringList{running.id});

    // No history yet: nothing to list, and no file is made.
    const QString missing = dir() + u"/elsewhere/history.sqlite"_s;
    Result<std::unique_ptr<RunStore>> none = RunStore::open(missing, RunStore::Access::ReadOnly);
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE((*none)->list({}).value().runs.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(missing));
}

TEST_F(RunStoreTest, ADamagedHistoryIsAnErrorThatNamesTheFileAndTheRemedy)
{
    const spool::Run run = makeRun(Status::Succeeded, 2);
    {
        auto store = open();
        ASSERT_FALSE(store->saveRun(run).has_value());
        QList<RunEvent> events;
        for (int i = 0; i < 440; ++i)
            events.append(RunEvent{Ids::newEventId(),
                                   u"task.updated"_s,
                                   run.id,
                                   run.tasks[0].id,
                                   QJsonObject{{u"n"_s, i}, {u"pad"_s, QString(200, u'x')}},
                                   1000 + i});
        ASSERT_FALSE(store->appendEvents(events).has_value());
    }
    ASSERT_FALSE(QFileInfo::exists(path() + u"-wal"_s)) << "checkpointed on close";
    const QByteArray pristine = readAll(path());
    const qint64 pageSize = 4096;
    ASSERT_GT(pristine.size(), 20 * pageSize);

    // Pages in the middle overwritten: the events read as an error, not as a shorter list.
    {
        QByteArray damaged = pristine;
        for (qint64 offset = pristine.size() / 2; offset < pristine.size() / 2 + 4 * pageSize;
             ++offset)
            damaged[offset] = char(0xA5 ^ (offset & 0xFF));
        QFile file(path());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(damaged);
    }
    for (const RunStore::Access access : {RunStore::Access::ReadOnly, RunStore::Access::ReadWrite}) {
        Result<std::unique_ptr<RunStore>> store = RunStore::open(path(), access);
        Error error = store ? Error{} : store.error();
        if (store) {
            const Result<QList<RunEvent>> events = (*store)->events(run.id);
            ASSERT_FALSE(events.ok()) << "440 events, some unreadable";
            error = events.error();
        }
        EXPECT_EQ(error.kind, u"history_damaged") << error.message.toStdString();
        EXPECT_TRUE(error.message.contains(path())) << error.message.toStdString();
        EXPECT_TRUE(error.message.contains(u"Move it aside"_s)) << error.message.toStdString();
    }

    // A damaged header: opening says which file and what to do.
    {
        QByteArray damaged = pristine;
        for (int i = 0; i < 100; ++i)
            damaged[i] = char(0x5A);
        QFile file(path());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(damaged);
    }
    for (const RunStore::Access access : {RunStore::Access::ReadOnly, RunStore::Access::ReadWrite}) {
        const Result<std::unique_ptr<RunStore>> store = RunStore::open(path(), access);
        ASSERT_FALSE(store.ok());
        EXPECT_EQ(store.error().kind, u"history_damaged") << store.error().message.toStdString();
        EXPECT_TRUE(store.error().message.contains(path()));
        EXPECT_TRUE(store.error().message.contains(u"--workspace"_s));
    }
}
