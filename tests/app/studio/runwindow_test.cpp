// Running from the window on the real engine: a LocalRunService over a temporary workspace,
// media made at test time, the statuses read back from the canvas, the run dock and the
// timeline.

#include <document.h>
#include <runcontroller.h>
#include <validationcontroller.h>

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

#include <QSignalSpy>
#include <QTemporaryDir>

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

    explicit RealWindow(const QByteArray &workflow)
    {
        Result<std::unique_ptr<RunStore>> store = RunStore::open(workspace.databasePath());
        EXPECT_TRUE(store);
        service = std::make_unique<LocalRunService>(BuiltInExecutors::create(),
                                                    2,
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
};

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
