#include <support/scriptedrunservice.h>

#include <common/statusstyle.h>
#include <timeline/runtimeline.h>
#include <timeline/timelinedock.h>

#include <QFile>
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
