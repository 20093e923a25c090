#include "previewrun.h"

#include <preview/outputpage.h>
#include <preview/previewdock.h>

#include <QComboBox>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

TEST(PreviewDock, ShowsTheSelectedTasksOutputsOneAtATime)
{
    const Task *thumbnails = test::PreviewRun::task(u"thumbnails"_s);
    ASSERT_NE(thumbnails, nullptr) << test::PreviewRun::error().toStdString();
    PreviewDock dock(nullptr);
    EXPECT_EQ(dock.page(), nullptr);
    EXPECT_TRUE(dock.placeholder().contains(u"Select a task"_s));
    dock.showTask(test::PreviewRun::get(), thumbnails->id);
    ASSERT_NE(dock.page(), nullptr);
    EXPECT_EQ(dock.page()->kind(), OutputPage::Kind::Sprite);
    ASSERT_EQ(dock.outputChooser()->count(), 2);
    dock.showOutput(1);
    ASSERT_NE(dock.page(), nullptr);
    EXPECT_EQ(dock.page()->kind(), OutputPage::Kind::ThumbnailCues);
    EXPECT_EQ(dock.outputChooser()->currentIndex(), 1);
}

TEST(PreviewDock, SaysWhyThereIsNothingToShow)
{
    spool::Run run;
    run.id = u"run-1"_s;
    Task task;
    task.id = u"task-1"_s;
    task.kind = u"conditions"_s;
    task.runId = run.id;
    run.tasks.append(task);
    PreviewDock dock(nullptr);
    dock.showTask(run, u"task-1"_s);
    EXPECT_EQ(dock.page(), nullptr);
    EXPECT_TRUE(dock.placeholder().contains(u"task-1"_s)) << dock.placeholder().toStdString();
    dock.showTask(run, u"task-9"_s);
    EXPECT_TRUE(dock.placeholder().contains(u"not in run run-1"_s))
        << dock.placeholder().toStdString();
}
