// Retry Failed, a start that the service answers later, conditions not met and the end-of-run
// notification, against a scripted run service.

#include <document.h>
#include <runcontroller.h>
#include <runnotifier.h>
#include <validationcontroller.h>

#include <graph/graphmodel.h>
#include <graph/graphscene.h>
#include <graph/graphview.h>
#include <graph/nodeitem.h>
#include <monitor/rundock.h>
#include <support/scriptedrunservice.h>
#include <timeline/timelinedock.h>

#include <QAction>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSystemTrayIcon>

#include <gtest/gtest.h>

using namespace spool;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Window
{
    ScriptedRunService service;
    Document document;
    GraphScene scene{document.model()};
    GraphView view;
    ValidationController validation{document.model(), &scene, nullptr, nullptr};
    RunDock runDock{&service};
    TimelineDock timelineDock{&service};
    std::unique_ptr<RunController> controller;

    explicit Window(const char *workflow)
    {
        view.setScene(&scene);
        view.resize(800, 500);
        EXPECT_FALSE(document.importText(QByteArray(workflow), u"test.json"_s));
        controller = std::make_unique<RunController>(RunController::Parts{
            &service, &document, &scene, &view, &validation, &runDock, &timelineDock});
    }
    NodeId node(const QString &pointer) const { return document.model()->nodeAtPointer(pointer); }
    std::optional<NodeRunState> stateAt(const QString &pointer) const
    {
        return scene.nodeItem(node(pointer))->runState();
    }
    Task task(const QString &id, const QString &kind, const QString &pointer, Status status) const
    {
        Task task;
        task.id = id;
        task.kind = kind;
        task.runId = controller->runId();
        task.requestNode = pointer;
        task.lifecycle.markCreated(1000);
        task.lifecycle.advance(Status::Processing, 1001);
        if (status != Status::Processing)
            task.lifecycle.advance(status, 1003);
        return task;
    }
};

constexpr auto TwoBranches = R"({"tasks": [{"kind": "ingest", "options": {"url": "clip.mp4"},
    "next": [{"kind": "audio"}, {"kind": "video"}]}]})";

} // namespace

TEST(RetryFailed, IsOfferedAfterAFailedRunAndHandsThatRunToTheService)
{
    Window w(TwoBranches);
    w.service.setReuseAvailable(true);
    EXPECT_FALSE(w.controller->retryFailedAction()->isEnabled()) << "no run yet";
    ASSERT_TRUE(w.controller->run());
    const QString first = w.controller->runId();
    w.service.changeTask(w.task(u"t1"_s, u"ingest"_s, u"/tasks/0"_s, Status::Succeeded));
    w.service.changeTask(w.task(u"t2"_s, u"audio"_s, u"/tasks/0/next/0"_s, Status::Succeeded));
    EXPECT_FALSE(w.controller->retryFailedAction()->isEnabled()) << "the run is live";
    w.service.changeTask(w.task(u"t3"_s, u"video"_s, u"/tasks/0/next/1"_s, Status::Failed));
    w.service.finish(first, Status::Failed);
    ASSERT_TRUE(w.controller->retryFailedAction()->isEnabled());

    w.controller->retryFailedAction()->trigger();
    EXPECT_NE(w.controller->runId(), first);
    ASSERT_TRUE(w.service.lastStartOptions().reuse);
    EXPECT_EQ(w.service.lastStartOptions().reuse->id, first);
    EXPECT_EQ(w.service.lastStartOptions().reuse->tasks.size(), 3);
    // The retry takes over the ingest and the audio, and says so on their nodes.
    Task ingest = w.task(u"t4"_s, u"ingest"_s, u"/tasks/0"_s, Status::Succeeded);
    ingest.reusedFrom = Task::Origin{first, u"t1"_s};
    w.service.changeTask(ingest);
    const std::optional<NodeRunState> reused = w.stateAt(u"/tasks/0"_s);
    ASSERT_TRUE(reused);
    EXPECT_EQ(reused->verdict, u"reused"_s);
    EXPECT_TRUE(w.scene.nodeItem(w.node(u"/tasks/0"_s))->toolTip().contains(first));
    w.service.changeTask(w.task(u"t5"_s, u"video"_s, u"/tasks/0/next/1"_s, Status::Succeeded));
    w.service.finish(w.controller->runId(), Status::Succeeded);
    EXPECT_FALSE(w.controller->retryFailedAction()->isEnabled()) << "nothing failed";
    // Run Again after a retry runs everything.
    ASSERT_TRUE(w.controller->runAgain());
    EXPECT_FALSE(w.service.lastStartOptions().reuse);
}

TEST(RetryFailed, AServiceThatCannotReuseOutputsSaysWhy)
{
    Window w(TwoBranches);
    ASSERT_TRUE(w.controller->run());
    w.service.changeTask(w.task(u"t1"_s, u"ingest"_s, u"/tasks/0"_s, Status::Failed));
    w.service.finish(w.controller->runId(), Status::Failed);
    EXPECT_FALSE(w.controller->retryFailedAction()->isEnabled());
    const std::optional<QString> reason = w.service.reuseUnavailableReason();
    ASSERT_TRUE(reason);
    EXPECT_EQ(w.controller->retryFailedAction()->toolTip(), *reason);
    QSignalSpy messages(w.controller.get(), &RunController::messageRaised);
    EXPECT_FALSE(w.controller->retryFailed());
    ASSERT_FALSE(messages.isEmpty());
    EXPECT_EQ(messages.constLast().at(0).toString(), *reason);
}

TEST(RunController, AStartTheServiceAnswersLaterLeavesTheWindowFree)
{
    Window w(TwoBranches);
    w.service.holdStarts(true);
    ASSERT_TRUE(w.controller->run()) << "the start is on its way";
    EXPECT_FALSE(w.controller->isLive());
    EXPECT_FALSE(w.controller->runAction()->isEnabled()) << "one start at a time";
    EXPECT_TRUE(w.controller->runId().isEmpty());
    QSignalSpy live(w.controller.get(), &RunController::liveChanged);
    ASSERT_TRUE(w.service.releaseStart());
    EXPECT_TRUE(w.controller->isLive());
    EXPECT_FALSE(w.controller->runId().isEmpty());
    EXPECT_EQ(w.runDock.runId(), w.controller->runId());
    EXPECT_EQ(live.count(), 1);
}

TEST(RunOverlay, AConditionsTaskWithoutNextTasksShowsItsConditionsNotMet)
{
    Window w(R"({"tasks": [{"kind": "ingest", "options": {"url": "clip.mp4"},
        "next": [{"kind": "conditions", "options": {"width": {"gt": 1920}}},
                 {"kind": "conditions", "options": {"kind": {"eq": "video"}},
                  "next": [{"kind": "audio"}]}]}]})");
    ASSERT_TRUE(w.controller->run());
    Task failing = w.task(u"t2"_s, u"conditions"_s, u"/tasks/0/next/0"_s, Status::Succeeded);
    failing.results = ConditionResults{QJsonArray(),
                                       QJsonArray{QJsonObject{{u"property"_s, u"width"_s},
                                                              {u"operator"_s, u"gt"_s},
                                                              {u"value"_s, 1920},
                                                              {u"actual"_s, 320}}},
                                       false};
    w.service.changeTask(failing);
    Task holding = w.task(u"t3"_s, u"conditions"_s, u"/tasks/0/next/1"_s, Status::Succeeded);
    holding.results = ConditionResults{QJsonArray{QJsonObject{{u"property"_s, u"kind"_s},
                                                              {u"operator"_s, u"eq"_s},
                                                              {u"value"_s, u"video"_s},
                                                              {u"actual"_s, u"video"_s}}},
                                       QJsonArray(),
                                       true};
    w.service.changeTask(holding);
    w.service.finish(w.controller->runId(), Status::Succeeded);

    const std::optional<NodeRunState> notMet = w.stateAt(u"/tasks/0/next/0"_s);
    ASSERT_TRUE(notMet);
    EXPECT_EQ(notMet->verdict, u"conditions not met"_s);
    const QString tip = w.scene.nodeItem(w.node(u"/tasks/0/next/0"_s))->toolTip();
    EXPECT_TRUE(tip.contains(u"320"_s) && tip.contains(u"1920"_s)) << tip.toStdString();
    const std::optional<NodeRunState> met = w.stateAt(u"/tasks/0/next/1"_s);
    ASSERT_TRUE(met);
    EXPECT_EQ(met->verdict, u"conditions hold"_s);
    EXPECT_FALSE(met->notTaken);
}

TEST(RunNotifier, ARunThatEndsWhileTheWindowIsInactiveAlertsIt)
{
    QWidget window;
    RunNotifier notifier(&window);
    spool::Run run;
    run.id = u"run_n"_s;
    run.lifecycle.markCreated(1000);
    run.lifecycle.advance(Status::Failed, 1002);
    Task failed;
    failed.lifecycle.markCreated(1000);
    failed.lifecycle.advance(Status::Failed, 1001);
    run.tasks = {failed};
    // Never shown, so never active.
    const RunNotifier::Channels used = notifier.notify(run);
    EXPECT_TRUE(used.testFlag(RunNotifier::Alert));
    EXPECT_EQ(used.testFlag(RunNotifier::Tray), QSystemTrayIcon::isSystemTrayAvailable());
    EXPECT_EQ(RunNotifier::title(run), u"Run failed"_s);
    EXPECT_TRUE(RunNotifier::message(run).contains(u"run_n"_s));
    EXPECT_TRUE(RunNotifier::message(run).contains(u"1 of 1"_s));
}
