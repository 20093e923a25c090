#include "testdata.h"

#include <schema/ids.h>
#include <store/runstore.h>

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

class RunStoreTest : public ::testing::Test
{
protected:
    QString path() const { return m_dir.filePath(u"history.sqlite"_s); }
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
    const std::optional<spool::Run> read = store->run(run.id);
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->toJson(), run.toJson());
    EXPECT_FALSE(store->run(u"run_nothere00000000"_s).has_value());

    spool::Run changed = run;
    changed.metadata.insert(u"note"_s, u"second save replaces the first"_s);
    ASSERT_FALSE(store->saveRun(changed).has_value());
    EXPECT_EQ(store->run(run.id)->metadata.value(u"note").toString(),
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
    const QList<RunEvent> read = store->events(run.id);
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
        EXPECT_EQ(store->run(running.id)->lifecycle.status(), Status::Processing);
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
    const std::optional<spool::Run> recovered = store->run(running.id);
    ASSERT_TRUE(recovered.has_value());
    EXPECT_EQ(recovered->lifecycle.status(), Status::Failed);
    EXPECT_EQ(recovered->lifecycle.error()->kind, u"interrupted");
    for (const Task &task : recovered->tasks)
        EXPECT_EQ(task.lifecycle.status(), Status::Failed);
    EXPECT_EQ(store->run(done.id)->lifecycle.status(), Status::Succeeded);
}

TEST_F(RunStoreTest, UnwritablePlaceIsAClearError)
{
    const Result<std::unique_ptr<RunStore>> store = RunStore::open(u"/proc/spool/history.sqlite"_s);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().kind, u"history_unavailable");
}
