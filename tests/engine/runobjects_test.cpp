#include "testdata.h"

#include <schema/ids.h>
#include <schema/run.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

using spool::Status;
using spool::Task;

namespace {

// The Task and Run examples of spec §3.
const char *SpecTask = R"({ "id": "task_abcdefgh12345678", "object": "task", "kind": "video",
  "status": "succeeded", "run_id": "run_abcdefgh12345678", "parent_id": "task_0000000000000000",
  "progress": 100, "options": { "width": 1280, "format": "mp4" },
  "inputs":  [ { "kind": "source", "type": "video/mp4", "width": 1920, "height": 1080, "url": "in" } ],
  "outputs": [ { "kind": "source", "type": "video/mp4", "width": 1280, "height": 720,
                 "duration": 10.0, "filesize": 1234567, "url": "out" } ],
  "metadata": {}, "error": null,
  "created_at": 1735689825, "started_at": 1735689830, "finished_at": 1735689841,
  "updated_at": 1735689841 })";

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace

TEST(TaskObject, ReadsAndWritesTheSpecExample)
{
    const spool::Result<Task> task = Task::fromJson(json(SpecTask));
    ASSERT_TRUE(task.ok());
    EXPECT_EQ(task->lifecycle.status(), Status::Succeeded);
    EXPECT_EQ(task->parentId, u"task_0000000000000000");
    ASSERT_EQ(task->outputs.size(), 1);
    EXPECT_EQ(task->outputs[0].width, 720 + 560);
    EXPECT_EQ(task->outputs[0].filesize, 1234567);
    EXPECT_EQ(task->lifecycle.finishedAt(), 1735689841);
    EXPECT_EQ(task->toJson(), json(SpecTask));
}

TEST(TaskObject, ReadsTheOlderSingleInputOutputAndReady)
{
    const spool::Result<Task> task = Task::fromJson(json(R"({"id": "task_x", "kind": "image",
        "status": "ready", "input": {"kind": "source", "type": "video/mp4", "url": "a"},
        "output": {"kind": "source", "type": "image/jpeg", "url": "b", "width": 640}})"));
    ASSERT_TRUE(task.ok());
    EXPECT_EQ(task->lifecycle.status(), Status::Succeeded);
    ASSERT_EQ(task->inputs.size(), 1);
    ASSERT_EQ(task->outputs.size(), 1);
    EXPECT_EQ(task->outputs[0].type, u"image/jpeg");
    EXPECT_TRUE(task->toJson().contains(u"outputs"));
}

TEST(TaskObject, CarriesSummaryAndConditionResults)
{
    const spool::Result<Task> task = Task::fromJson(json(R"({"kind": "summary",
        "status": "succeeded", "title": "Bees", "description": "About bees.",
        "tags": ["bees", "honey"], "languages": ["en"],
        "results": {"passed": [{"property": "kind"}], "failed": [], "continue": false},
        "error": {"kind": "x", "message": "y"}})"));
    ASSERT_TRUE(task.ok());
    EXPECT_EQ(task->title, u"Bees");
    EXPECT_EQ(task->tags, (QStringList{u"bees"_s, u"honey"_s}));
    ASSERT_TRUE(task->results.has_value());
    EXPECT_FALSE(task->results->continues);
    EXPECT_EQ(task->lifecycle.error()->message, u"y");
    const spool::Result<Task> again = Task::fromJson(task->toJson());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, *task);
}

TEST(TaskObject, UnknownStatusIsAnError)
{
    const spool::Result<Task> task = Task::fromJson(json(R"({"status": "skipped"})"));
    ASSERT_FALSE(task.ok());
    EXPECT_EQ(task.error().path, u"/status");
}

TEST(RunObject, ProgressIsTheMeanWithTerminalTasksCountingFull)
{
    const spool::Result<spool::Run> run = spool::Run::fromJson(json(R"({"id": "run_abcdefgh12345678",
        "object": "run", "status": "processing", "progress": 0, "metadata": {},
        "created_by": "key_abcdefgh12345678", "created_at": 1, "started_at": 2,
        "finished_at": null, "updated_at": 3, "error": null,
        "tasks": [{"kind": "ingest", "status": "succeeded", "progress": 100},
                  {"kind": "video", "status": "processing", "progress": 40},
                  {"kind": "image", "status": "failed", "progress": 10},
                  {"kind": "audio", "status": "queued", "progress": 0}]})"));
    ASSERT_TRUE(run.ok());
    EXPECT_EQ(spool::Run::meanProgress(run->tasks), (100 + 40 + 100 + 0) / 4);
    EXPECT_EQ(run->toJson().value(u"progress").toInt(), 0) << "the reported progress is kept";
    EXPECT_EQ(run->toSummaryJson().value(u"tasks")[2].toObject().value(u"status"), u"failed"_s);
    EXPECT_FALSE(run->lifecycle.finishedAt().has_value());
    EXPECT_TRUE(run->toJson().value(u"finished_at").isNull());
    const spool::Result<spool::Run> again = spool::Run::fromJson(run->toJson());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->toJson(), run->toJson());
}

TEST(RunObject, BadTaskIsReportedWithItsPointer)
{
    const spool::Result<spool::Run> run = spool::Run::fromJson(
        json(R"({"status": "processing", "tasks": [{"status": "queued"}, {"status": "nope"}]})"));
    ASSERT_FALSE(run.ok());
    EXPECT_EQ(run.error().path, u"/tasks/1/status");
}

TEST(Ids, HaveTheSpecShapeAndDoNotRepeat)
{
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i) {
        const QString run = spool::Ids::newRunId();
        const QString task = spool::Ids::newTaskId();
        EXPECT_TRUE(spool::Ids::isRunId(run)) << run.toStdString();
        EXPECT_TRUE(spool::Ids::isTaskId(task)) << task.toStdString();
        seen.insert(run);
    }
    EXPECT_EQ(seen.size(), 1000);
    EXPECT_FALSE(spool::Ids::isRunId(u"run_ABCDEFGH12345678"));
    EXPECT_FALSE(spool::Ids::isRunId(u"task_abcdefgh12345678"));
    EXPECT_FALSE(spool::Ids::isTaskId(u"task_abc"));
}

TEST(RunObject, AbsurdNumbersAreClampedNotOverflowed)
{
    const spool::Result<spool::Run> run = spool::Run::fromJson(json(
        R"({"status": "queued", "progress": 1e300, "created_at": 1e300, "updated_at": -1e300,
            "tasks": [{"status": "queued", "progress": -5, "started_at": 1e15, "finished_at": 1e20}]})"));
    ASSERT_TRUE(run.ok());
    EXPECT_EQ(run->progress, 100);
    EXPECT_FALSE(run->lifecycle.createdAt().has_value());
    EXPECT_FALSE(run->lifecycle.updatedAt().has_value());
    EXPECT_EQ(run->tasks[0].progress, 0);
    EXPECT_EQ(run->tasks[0].lifecycle.startedAt(), 1000000000000000LL);
    EXPECT_FALSE(run->tasks[0].lifecycle.finishedAt().has_value());
}
