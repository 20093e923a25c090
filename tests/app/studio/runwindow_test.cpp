// Running from the window on the real engine: a LocalRunService over a temporary workspace,
// media made at test time, the statuses read back from the canvas, the run dock and the
// timeline.

#include <document.h>
#include <runcontroller.h>
#include <validationcontroller.h>

#include <common/statusstyle.h>
#include <graph/graphmodel.h>
#include <graph/graphscene.h>
#include <graph/graphview.h>
#include <graph/nodeitem.h>
#include <monitor/rundock.h>
#include <monitor/runtaskmodel.h>
#include <runtime/localrunservice.h>
#include <runtime/workspace.h>
#include <store/runstore.h>
#include <support/mediafixtures.h>
#include <tasks/builtinexecutors.h>
#include <timeline/runtimeline.h>
#include <timeline/timelinedock.h>

#include <QAction>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoCommand>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace spool;
using namespace Qt::Literals::StringLiterals;

namespace {

struct RealWindow
{
    QTemporaryDir dir;
    Workspace workspace{dir.filePath(u"workspace"_s)};
    std::unique_ptr<LocalRunService> service;
    Document document;
    GraphScene scene{document.model()};
    GraphView view;
    ValidationController validation{document.model(), &scene, nullptr, nullptr};
    std::unique_ptr<RunDock> runDock;
    std::unique_ptr<TimelineDock> timelineDock;
    std::unique_ptr<RunController> controller;

    explicit RealWindow(const QByteArray &workflow, int threads = 2)
    {
        Result<std::unique_ptr<RunStore>> store = RunStore::open(workspace.databasePath());
        EXPECT_TRUE(store);
        service = std::make_unique<LocalRunService>(BuiltInExecutors::create(),
                                                    threads,
                                                    workspace,
                                                    std::move(store).value());
        runDock = std::make_unique<RunDock>(service.get());
        timelineDock = std::make_unique<TimelineDock>(service.get());
        view.setScene(&scene);
        view.resize(800, 500);
        EXPECT_FALSE(document.importText(workflow, dir.filePath(u"workflow.json"_s)));
        controller = std::make_unique<RunController>(RunController::Parts{service.get(),
                                                                          &document,
                                                                          &scene,
                                                                          &view,
                                                                          &validation,
                                                                          runDock.get(),
                                                                          timelineDock.get()});
    }
    /// Runs and waits for the controller's finished signal, bounded.
    std::optional<Run> runToEnd(const QString &input)
    {
        QSignalSpy finished(controller.get(), &RunController::runFinished);
        if (!controller->run(input))
            return std::nullopt;
        if (finished.isEmpty() && !finished.wait(60000))
            return std::nullopt;
        return finished.constLast().at(0).value<Run>();
    }
    std::optional<NodeRunState> stateAt(const QString &pointer) const
    {
        return scene.nodeItem(document.model()->nodeAtPointer(pointer))->runState();
    }
    Status statusAt(const QString &pointer) const
    {
        const std::optional<NodeRunState> state = stateAt(pointer);
        return state ? state->status : Status::Waiting;
    }
    /// Waits for the run the controller shows to end, bounded.
    std::optional<Run> waitForEnd(QSignalSpy &finished)
    {
        if (finished.isEmpty() && !finished.wait(60000))
            return std::nullopt;
        return finished.constLast().at(0).value<Run>();
    }
};

const Task *taskAt(const Run &run, const QString &pointer)
{
    for (const Task &task : run.tasks) {
        if (task.requestNode == pointer)
            return &task;
    }
    return nullptr;
}

// One worker: the audio (queued first) is done before the slow VP9 transcode starts.
constexpr auto AudioThenSlowVideo = R"({"tasks": [{"kind": "ingest", "options": {"url": "x.mp4"},
    "next": [{"kind": "audio", "options": {"format": "mp3"}},
             {"kind": "video", "options": {"format": "webm", "codec": "vp9"}}]}]})";

constexpr auto ProbeAndAudio = R"({"tasks": [{"kind": "ingest", "options": {"url": "x.mp4"},
    "next": [{"kind": "audio"}]}]})";

} // namespace

TEST(RunWindow, ARealRunSucceedsOnEveryNodeInTheRunDockAndInTheTimeline)
{
    RealWindow w{QByteArray(ProbeAndAudio)};
    test::MediaFixtures media(w.dir.path());
    const QString clip = media.video();
    ASSERT_FALSE(clip.isEmpty()) << media.lastError().toStdString();
    const std::optional<spool::Run> run = w.runToEnd(clip);
    ASSERT_TRUE(run);
    EXPECT_EQ(run->lifecycle.status(), Status::Succeeded);
    EXPECT_FALSE(w.controller->isLive());
    for (const QString &pointer : {u"/tasks/0"_s, u"/tasks/0/next/0"_s}) {
        const std::optional<NodeRunState> state = w.stateAt(pointer);
        ASSERT_TRUE(state) << pointer.toStdString();
        EXPECT_EQ(state->status, Status::Succeeded) << pointer.toStdString();
    }
    ASSERT_EQ(w.runDock->model()->taskCount(), int(run->tasks.size()));
    ASSERT_EQ(w.timelineDock->timeline()->rowCount(), int(run->tasks.size()));
    for (const Task &task : run->tasks) {
        const Task *shown = w.runDock->model()->task(task.id);
        ASSERT_TRUE(shown) << task.id.toStdString();
        EXPECT_EQ(shown->lifecycle.status(), Status::Succeeded);
        EXPECT_GE(w.timelineDock->timeline()->rowOfTask(task.id), 0);
    }
}

TEST(RunWindow, AMissingInputIsPaintedFailedWithItsError)
{
    RealWindow w{QByteArray(ProbeAndAudio)};
    const QString missing = w.dir.filePath(u"no-such-clip.mp4"_s);
    const std::optional<spool::Run> run = w.runToEnd(missing);
    ASSERT_TRUE(run);
    EXPECT_EQ(run->lifecycle.status(), Status::Failed);
    const std::optional<NodeRunState> ingest = w.stateAt(u"/tasks/0"_s);
    ASSERT_TRUE(ingest);
    EXPECT_EQ(ingest->status, Status::Failed);
    EXPECT_TRUE(ingest->error.contains(u"no-such-clip.mp4"_s)) << ingest->error.toStdString();
    ASSERT_FALSE(run->tasks.isEmpty());
    const Task *shown = w.runDock->model()->task(run->tasks.constFirst().id);
    ASSERT_TRUE(shown);
    EXPECT_EQ(shown->lifecycle.status(), Status::Failed);
}

TEST(RunWindow, StopMidRunCancelsTheWorkingTaskAndPaintsIt)
{
    RealWindow w{QByteArray(AudioThenSlowVideo), 1};
    test::MediaFixtures media(w.dir.path());
    const QString clip = media.video(u"long.mp4"_s, 640, 360, 10.0);
    ASSERT_FALSE(clip.isEmpty()) << media.lastError().toStdString();
    QSignalSpy finished(w.controller.get(), &RunController::runFinished);
    ASSERT_TRUE(w.controller->run(clip));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return w.statusAt(u"/tasks/0/next/1"_s) == Status::Processing; },
                        60000));
    ASSERT_TRUE(w.controller->stopAction()->isEnabled());
    w.controller->stopAction()->trigger();
    const std::optional<spool::Run> run = w.waitForEnd(finished);
    ASSERT_TRUE(run);
    EXPECT_EQ(run->lifecycle.status(), Status::Cancelled);
    EXPECT_FALSE(w.controller->isLive());
    EXPECT_EQ(w.statusAt(u"/tasks/0/next/1"_s), Status::Cancelled);
    EXPECT_EQ(w.statusAt(u"/tasks/0/next/0"_s), Status::Succeeded);
    const Task *video = taskAt(*run, u"/tasks/0/next/1"_s);
    ASSERT_TRUE(video);
    EXPECT_EQ(w.runDock->model()->task(video->id)->lifecycle.status(), Status::Cancelled);
    EXPECT_EQ(w.timelineDock->timeline()->barColour(video->id),
              StatusStyle::color(Status::Cancelled));
    EXPECT_TRUE(w.controller->retryFailedAction()->isEnabled());
}

TEST(RunWindow, RetryFailedRunsOnlyWhatDidNotSucceed)
{
    RealWindow w{QByteArray(AudioThenSlowVideo), 1};
    test::MediaFixtures media(w.dir.path());
    const QString clip = media.video(u"long.mp4"_s, 640, 360, 10.0);
    ASSERT_FALSE(clip.isEmpty()) << media.lastError().toStdString();
    QSignalSpy finished(w.controller.get(), &RunController::runFinished);
    ASSERT_TRUE(w.controller->run(clip));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return w.statusAt(u"/tasks/0/next/1"_s) == Status::Processing; },
                        60000));
    w.controller->stop();
    const std::optional<spool::Run> first = w.waitForEnd(finished);
    ASSERT_TRUE(first);
    ASSERT_EQ(first->lifecycle.status(), Status::Cancelled);
    ASSERT_EQ(taskAt(*first, u"/tasks/0/next/0"_s)->lifecycle.status(), Status::Succeeded);

    ASSERT_TRUE(w.controller->retryFailedAction()->isEnabled());
    finished.clear();
    w.controller->retryFailedAction()->trigger();
    const std::optional<spool::Run> second = w.waitForEnd(finished);
    ASSERT_TRUE(second);
    EXPECT_NE(second->id, first->id);
    EXPECT_EQ(second->lifecycle.status(), Status::Succeeded);
    // The ingest and the audio were taken over with their files; the video ran.
    for (const QString &pointer : {u"/tasks/0"_s, u"/tasks/0/next/0"_s}) {
        const Task *task = taskAt(*second, pointer);
        ASSERT_TRUE(task) << pointer.toStdString();
        ASSERT_TRUE(task->reusedFrom) << pointer.toStdString();
        EXPECT_EQ(task->reusedFrom->runId, first->id);
        EXPECT_EQ(task->outputs, taskAt(*first, pointer)->outputs);
        const std::optional<NodeRunState> state = w.stateAt(pointer);
        ASSERT_TRUE(state);
        EXPECT_EQ(state->status, Status::Succeeded);
        EXPECT_FALSE(state->verdict.isEmpty()) << "the node says it was reused";
    }
    const Task *video = taskAt(*second, u"/tasks/0/next/1"_s);
    ASSERT_TRUE(video);
    EXPECT_FALSE(video->reusedFrom);
    EXPECT_EQ(video->lifecycle.status(), Status::Succeeded);
    ASSERT_FALSE(video->outputs.isEmpty());
    EXPECT_TRUE(video->outputs.constFirst().url.contains(second->id));
    EXPECT_EQ(w.statusAt(u"/tasks/0/next/1"_s), Status::Succeeded);
    EXPECT_EQ(w.runDock->model()->taskCount(), 3);
    EXPECT_FALSE(w.controller->retryFailedAction()->isEnabled());
}

namespace {

constexpr auto Branching = R"({"tasks": [{"kind": "ingest", "options": {"url": "clip.mp4"},
    "next": [{"kind": "conditions", "options": {"kind": {"eq": "video"}, "width": {"gt": 1920}},
              "next": [{"kind": "video", "options": {"width": 1920}}]},
             {"kind": "conditions", "options": {"kind": {"eq": "audio"}}},
             {"kind": "conditions", "options": {"kind": {"eq": "video"}},
              "next": [{"kind": "image", "options": {"format": "png"}}]}]}]})";

} // namespace

TEST(RunWindow, ABranchWhoseConditionsDoNotHoldIsDimmedAndSaysWhy)
{
    RealWindow w{QByteArray(Branching)};
    test::MediaFixtures media(w.dir.path());
    const QString clip = media.video(u"clip.mp4"_s, 320, 240);
    ASSERT_FALSE(clip.isEmpty()) << media.lastError().toStdString();
    const std::optional<spool::Run> run = w.runToEnd(clip);
    ASSERT_TRUE(run);
    EXPECT_EQ(run->lifecycle.status(), Status::Succeeded);
    const std::optional<NodeRunState> skipped = w.stateAt(u"/tasks/0/next/0/next/0"_s);
    ASSERT_TRUE(skipped);
    EXPECT_TRUE(skipped->notTaken);
    const std::optional<NodeRunState> wide = w.stateAt(u"/tasks/0/next/0"_s);
    ASSERT_TRUE(wide);
    EXPECT_EQ(wide->status, Status::Succeeded);
    EXPECT_EQ(wide->verdict, u"conditions not met"_s);
    EXPECT_TRUE(wide->details.contains(u"320"_s)) << wide->details.toStdString();
    // Without next tasks, a conditions task still says its conditions are not met.
    const std::optional<NodeRunState> audio = w.stateAt(u"/tasks/0/next/1"_s);
    ASSERT_TRUE(audio);
    EXPECT_EQ(audio->verdict, u"conditions not met"_s);
    EXPECT_TRUE(audio->details.contains(u"video"_s));
    const std::optional<NodeRunState> image = w.stateAt(u"/tasks/0/next/2/next/0"_s);
    ASSERT_TRUE(image);
    EXPECT_FALSE(image->notTaken);
    EXPECT_EQ(image->status, Status::Succeeded);
}

TEST(RunWindow, ADryRunOnAVideoAndOnASoundPaintsTheBranchesEachWouldTake)
{
    RealWindow w{QByteArray(Branching)};
    test::MediaFixtures media(w.dir.path());
    const QString clip = media.video(u"clip.mp4"_s, 320, 240);
    const QString tone = media.audio(u"tone.mp3"_s);
    ASSERT_FALSE(clip.isEmpty() || tone.isEmpty()) << media.lastError().toStdString();
    // The ingest's own url (clip.mp4 beside the workflow).
    ASSERT_TRUE(w.controller->dryRun());
    EXPECT_TRUE(w.controller->runId().isEmpty()) << "nothing ran";
    const QDir runs(w.workspace.root() + u"/runs"_s);
    EXPECT_TRUE(!runs.exists() || runs.isEmpty()) << "no run folder was made";
    std::optional<NodeRunState> wide = w.stateAt(u"/tasks/0/next/0"_s);
    ASSERT_TRUE(wide);
    EXPECT_TRUE(wide->dryRun);
    EXPECT_TRUE(wide->verdict.contains(u"320"_s) && wide->verdict.contains(u"1920"_s))
        << wide->verdict.toStdString();
    EXPECT_TRUE(w.stateAt(u"/tasks/0/next/0/next/0"_s)->notTaken);
    EXPECT_TRUE(w.stateAt(u"/tasks/0/next/0/next/0"_s)->details.contains(u"320"_s));
    EXPECT_FALSE(w.stateAt(u"/tasks/0/next/2/next/0"_s)->notTaken);
    EXPECT_EQ(w.stateAt(u"/tasks/0/next/2"_s)->status, Status::Succeeded);
    EXPECT_EQ(w.stateAt(u"/tasks/0/next/1"_s)->status, Status::Cancelled);

    // A sound: the video rules fail on its kind, the audio rule holds.
    ASSERT_TRUE(w.controller->dryRun(tone));
    wide = w.stateAt(u"/tasks/0/next/0"_s);
    ASSERT_TRUE(wide);
    EXPECT_TRUE(wide->verdict.contains(u"audio"_s)) << wide->verdict.toStdString();
    EXPECT_EQ(w.stateAt(u"/tasks/0/next/1"_s)->status, Status::Succeeded);
    EXPECT_TRUE(w.stateAt(u"/tasks/0/next/2/next/0"_s)->notTaken);
    ASSERT_TRUE(w.controller->lastDryRun());
    EXPECT_EQ(w.controller->lastDryRun()->sample, tone);
    // An edit takes the prediction off the canvas.
    w.document.undoStack()->push(new QUndoCommand(u"nothing"_s));
    EXPECT_FALSE(w.stateAt(u"/tasks/0/next/0"_s));
}
