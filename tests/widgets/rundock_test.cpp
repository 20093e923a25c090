#include <support/scriptedrunservice.h>

#include <monitor/rundock.h>
#include <monitor/runheader.h>
#include <monitor/runtaskmodel.h>

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace spool;
using namespace Qt::Literals::StringLiterals;

namespace {

Task makeTask(const QString &id,
              const QString &kind,
              const QString &pointer,
              std::optional<QString> parent = std::nullopt)
{
    Task task;
    task.id = id;
    task.kind = kind;
    task.runId = u"run_a"_s;
    task.parentId = parent;
    task.requestNode = pointer;
    task.lifecycle.markCreated(1000);
    return task;
}

spool::Run makeRun()
{
    spool::Run run;
    run.id = u"run_a"_s;
    run.lifecycle.markCreated(1000);
    return run;
}

} // namespace

TEST(RunTaskModel, TasksHangUnderTheTaskThatMadeThemWhateverOrderTheyArriveIn)
{
    RunTaskModel model;
    spool::Run run = makeRun();
    // The child listed first.
    run.tasks = {makeTask(u"t2"_s, u"video"_s, u"/tasks/0/next/0"_s, u"t1"_s),
                 makeTask(u"t1"_s, u"ingest"_s, u"/tasks/0"_s)};
    model.setRun(run);
    ASSERT_EQ(model.rowCount(), 1);
    const QModelIndex ingest = model.index(0, 0);
    EXPECT_EQ(ingest.data().toString(), u"ingest"_s);
    ASSERT_EQ(model.rowCount(ingest), 1);
    EXPECT_EQ(model.index(0, 0, ingest).data(RunTaskModel::TaskIdRole).toString(), u"t2"_s);
    EXPECT_EQ(model.parent(model.index(0, 0, ingest)), ingest);
    EXPECT_EQ(model.indexOfRequestNode(u"/tasks/0/next/0"_s), model.index(0, 0, ingest));
}

TEST(RunTaskModel, AnUpdateChangesItsRowAndANamedTaskShowsItsName)
{
    RunTaskModel model;
    model.setRun(makeRun());
    Task task = makeTask(u"t1"_s, u"ingest"_s, u"/tasks/0"_s);
    task.metadata.insert(u"name"_s, u"Source"_s);
    model.updateTask(task);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    task.lifecycle.advance(Status::Processing, 1002);
    task.progress = 30;
    model.updateTask(task);
    EXPECT_EQ(changed.count(), 1);
    const QModelIndex row = model.indexOfTask(u"t1"_s);
    EXPECT_EQ(row.data().toString(), u"Source"_s);
    EXPECT_EQ(row.siblingAtColumn(RunTaskModel::StatusColumn).data().toString(), u"processing"_s);
    EXPECT_EQ(row.siblingAtColumn(RunTaskModel::ProgressColumn).data().toInt(), 30);
    task.lifecycle.advance(Status::Failed, 1007, Error{u"io"_s, u"Disk full."_s, {}});
    model.updateTask(task);
    EXPECT_EQ(row.siblingAtColumn(RunTaskModel::DurationColumn).data().toString(), u"5 s"_s);
    EXPECT_EQ(row.siblingAtColumn(RunTaskModel::ErrorColumn).data().toString(), u"Disk full."_s);
    Task stranger = makeTask(u"x"_s, u"audio"_s, u"/tasks/1"_s);
    stranger.runId = u"run_b"_s;
    model.updateTask(stranger);
    EXPECT_EQ(model.taskCount(), 1);
}

TEST(RunDock, TheDockFollowsTheServicesSignalsForItsRunOnly)
{
    ScriptedRunService service;
    RunDock dock(&service);
    dock.setWorkspaceRoot(u"/tmp/spool-ws"_s);
    spool::Run run = makeRun();
    service.begin(run);
    dock.watch(run, u"clip.mp4"_s);
    EXPECT_EQ(dock.header()->runIdText(), u"run_a"_s);
    EXPECT_TRUE(dock.header()->inputText().contains(u"clip.mp4"_s));
    Task ingest = makeTask(u"t1"_s, u"ingest"_s, u"/tasks/0"_s);
    service.changeTask(ingest);
    service.changeTask(makeTask(u"t2"_s, u"video"_s, u"/tasks/0/next/0"_s, u"t1"_s));
    Task other = makeTask(u"t9"_s, u"video"_s, u"/tasks/0"_s);
    other.runId = u"run_b"_s;
    service.changeTask(other);
    EXPECT_EQ(dock.model()->taskCount(), 2);
    service.setProgress(u"run_a"_s, 40);
    EXPECT_EQ(dock.header()->progress(), 40);
    service.finish(u"run_a"_s, Status::Succeeded);
    EXPECT_EQ(dock.header()->statusText(), u"succeeded"_s);
    EXPECT_EQ(dock.header()->progress(), 100);
    EXPECT_EQ(dock.runFolder(), u"/tmp/spool-ws/runs/run_a"_s);
}

TEST(RunDock, SelectingARowAnnouncesItsNodeAndShowsItsGrowingLog)
{
    ScriptedRunService service;
    RunDock dock(&service);
    spool::Run run = makeRun();
    service.begin(run);
    dock.watch(run);
    Task ingest = makeTask(u"t1"_s, u"ingest"_s, u"/tasks/0"_s);
    ingest.lifecycle.advance(Status::Processing, 1001);
    service.changeTask(ingest);
    service.appendLog(u"run_a"_s, u"t1"_s, u"opened clip.mp4"_s);
    QSignalSpy selected(&dock, &RunDock::taskSelected);
    dock.view()->setCurrentIndex(dock.model()->indexOfTask(u"t1"_s));
    ASSERT_EQ(selected.count(), 1);
    EXPECT_EQ(selected.at(0).at(0).toString(), u"t1"_s);
    EXPECT_EQ(selected.at(0).at(1).toString(), u"/tasks/0"_s);
    EXPECT_EQ(dock.logView()->toPlainText(), u"opened clip.mp4"_s);
    // The task writes more; its next change brings the new line into the pane.
    service.appendLog(u"run_a"_s, u"t1"_s, u"probed 1 stream"_s);
    ingest.progress = 50;
    service.changeTask(ingest);
    EXPECT_EQ(dock.logView()->toPlainText(), u"opened clip.mp4\nprobed 1 stream"_s);
    // Selecting from the canvas does not announce it back.
    dock.selectTask(QString());
    dock.selectTask(u"t1"_s);
    EXPECT_EQ(selected.count(), 1);
    EXPECT_EQ(dock.selectedTaskId(), u"t1"_s);
}

TEST(RunDock, CopyRunIdPutsTheIdOnTheClipboard)
{
    ScriptedRunService service;
    RunDock dock(&service);
    EXPECT_FALSE(dock.copyRunIdAction()->isEnabled());
    spool::Run run = makeRun();
    service.begin(run);
    dock.watch(run);
    ASSERT_TRUE(dock.copyRunIdAction()->isEnabled());
    dock.copyRunIdAction()->trigger();
    EXPECT_EQ(QGuiApplication::clipboard()->text(), u"run_a"_s);
}
