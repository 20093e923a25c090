#include <support/scriptedrunservice.h>

#include <common/statusstyle.h>
#include <timeline/runtimeline.h>
#include <timeline/timelinedock.h>

#include <QDateTime>
#include <QFile>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <timeline/qcustomplotinclude.h>

#include <gtest/gtest.h>

using namespace spool;
using namespace Qt::Literals::StringLiterals;

namespace {

Task timedTask(const QString &id,
               qint64 created,
               qint64 started,
               std::optional<qint64> finished,
               Status end = Status::Succeeded)
{
    Task task;
    task.id = id;
    task.kind = u"video"_s;
    task.runId = u"run_t"_s;
    task.lifecycle.markCreated(created);
    task.lifecycle.advance(Status::Processing, started);
    if (finished)
        task.lifecycle.advance(end, *finished);
    return task;
}

spool::Run timedRun()
{
    spool::Run run;
    run.id = u"run_t"_s;
    run.lifecycle.markCreated(1000);
    run.lifecycle.advance(Status::Processing, 1000);
    return run;
}

} // namespace

TEST(RunTimeline, ABarSpansStartedToFinishedInItsStatusColour)
{
    RunTimeline timeline;
    spool::Run run = timedRun();
    run.tasks = {timedTask(u"t1"_s, 1000, 1002, 1010),
                 timedTask(u"t2"_s, 1001, 1003, 1004, Status::Failed)};
    timeline.setRun(run);
    ASSERT_EQ(timeline.rowCount(), 2);
    EXPECT_EQ(timeline.taskAtRow(0), u"t1"_s);
    const auto bar = timeline.barOf(u"t1"_s);
    EXPECT_DOUBLE_EQ(bar.first, 2);
    EXPECT_DOUBLE_EQ(bar.second, 10);
    EXPECT_EQ(timeline.barColour(u"t1"_s), StatusStyle::color(Status::Succeeded));
    EXPECT_EQ(timeline.barColour(u"t2"_s), StatusStyle::color(Status::Failed));
    EXPECT_TRUE(timeline.details(u"t1"_s).contains(u"8 s"_s)) << "how long it took";
    EXPECT_TRUE(timeline.details(u"t1"_s).contains(u"2 s"_s)) << "how long it waited";
}

TEST(RunTimeline, TheDockFollowsItsRunAndALiveBarGrowsUntilItsTaskEnds)
{
    ScriptedRunService service;
    TimelineDock dock(&service);
    spool::Run run = timedRun();
    service.begin(run);
    dock.watch(run);
    Task live = timedTask(u"t1"_s, 1000, 1001, std::nullopt);
    service.changeTask(live);
    ASSERT_EQ(dock.timeline()->rowCount(), 1);
    // Still processing: the bar reaches the present, far beyond its start.
    EXPECT_GT(dock.timeline()->barOf(u"t1"_s).second, 1000.0);
    live.lifecycle.advance(Status::Succeeded, 1005);
    service.changeTask(live);
    EXPECT_DOUBLE_EQ(dock.timeline()->barOf(u"t1"_s).second, 5);
    Task other = timedTask(u"t9"_s, 1000, 1001, 1002);
    other.runId = u"run_x"_s;
    service.changeTask(other);
    EXPECT_EQ(dock.timeline()->rowCount(), 1);
}

TEST(RunTimeline, AClickOnARowSelectsItsTask)
{
    RunTimeline timeline;
    timeline.resize(600, 400);
    spool::Run run = timedRun();
    run.tasks = {timedTask(u"t1"_s, 1000, 1001, 1004), timedTask(u"t2"_s, 1000, 1002, 1006)};
    timeline.setRun(run);
    timeline.plot()->replot();
    QSignalSpy selected(&timeline, &RunTimeline::taskSelected);
    QCPAxisRect *gantt = timeline.plot()->axisRect(0);
    const QPoint onSecond(int(gantt->axis(QCPAxis::atBottom)->coordToPixel(4)),
                          int(gantt->axis(QCPAxis::atLeft)->coordToPixel(1)));
    QMouseEvent press(QEvent::MouseButtonPress,
                      onSecond,
                      timeline.plot()->mapToGlobal(onSecond),
                      Qt::LeftButton,
                      Qt::LeftButton,
                      Qt::NoModifier);
    QCoreApplication::sendEvent(timeline.plot(), &press);
    ASSERT_EQ(selected.count(), 1);
    EXPECT_EQ(selected.at(0).at(0).toString(), u"t2"_s);
}

TEST(RunTimeline, ExportsThePlotAsPngAndPdf)
{
    RunTimeline timeline;
    spool::Run run = timedRun();
    run.tasks = {timedTask(u"t1"_s, 1000, 1001, 1004)};
    timeline.setRun(run);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(timeline.exportTo(dir.filePath(u"plot.png"_s), 640, 360));
    ASSERT_TRUE(timeline.exportTo(dir.filePath(u"plot.pdf"_s), 640, 360));
    QFile png(dir.filePath(u"plot.png"_s));
    ASSERT_TRUE(png.open(QIODevice::ReadOnly));
    EXPECT_TRUE(png.read(4).endsWith("PNG"));
    QFile pdf(dir.filePath(u"plot.pdf"_s));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF"));
    EXPECT_FALSE(timeline.exportTo(dir.filePath(u"plot.txt"_s)));
}

TEST(RunTimeline, ManyTasksKeepARowHeightAndTheSelectedOneScrollsIntoView)
{
    RunTimeline timeline;
    timeline.resize(600, 300);
    timeline.show();
    spool::Run run = timedRun();
    for (int i = 0; i < 40; ++i)
        run.tasks.append(timedTask(u"t%1"_s.arg(i), 1000, 1001, 1002 + i));
    timeline.setRun(run);
    timeline.flush();
    const QPair<int, int> shown = timeline.visibleRows();
    EXPECT_EQ(shown.first, 0);
    EXPECT_LT(shown.second, 40) << "40 rows do not fit in 300 pixels";
    EXPECT_GE(shown.second, 1);
    EXPECT_FALSE(timeline.rowScrollBar()->isHidden());
    QCPAxisRect *gantt = timeline.plot()->axisRect(0);
    const double rowPixels = qAbs(gantt->axis(QCPAxis::atLeft)->coordToPixel(1)
                                  - gantt->axis(QCPAxis::atLeft)->coordToPixel(0));
    EXPECT_GE(rowPixels, RunTimeline::MinimumRowPixels - 1);
    timeline.selectTask(u"t39"_s);
    const QPair<int, int> scrolled = timeline.visibleRows();
    EXPECT_LE(scrolled.first, 39);
    EXPECT_GT(scrolled.first + scrolled.second, 39);
    // A few rows fit without a scroll bar.
    spool::Run small = timedRun();
    small.tasks = {timedTask(u"a"_s, 1000, 1001, 1002)};
    timeline.setRun(small);
    timeline.flush();
    EXPECT_TRUE(timeline.rowScrollBar()->isHidden());
}

TEST(RunTimeline, ALiveRunIsTimedToTheMillisecond)
{
    RunTimeline timeline;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    spool::Run run;
    run.id = u"run_t"_s;
    run.lifecycle.markCreated(now);
    run.lifecycle.advance(Status::Processing, now);
    timeline.setRun(run);
    Task task;
    task.id = u"quick"_s;
    task.kind = u"video"_s;
    task.runId = run.id;
    task.lifecycle.markCreated(now);
    task.lifecycle.advance(Status::Processing, now);
    timeline.updateTask(task);
    task.lifecycle.advance(Status::Succeeded, now);
    timeline.updateTask(task);
    const auto bar = timeline.barOf(u"quick"_s);
    EXPECT_LT(bar.second - bar.first, 0.5) << "a task of a few ms is not drawn a second long";
    const QString details = timeline.details(u"quick"_s);
    EXPECT_TRUE(details.contains(u"0.0"_s) || details.contains(u"0,0"_s)) << details.toStdString();
}
