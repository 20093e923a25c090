// Running from the window against a scripted run service: what the controller does with the
// canvas, the docks and the undo stack. The engine's own runs are covered end to end elsewhere.

#include <commands/addnodescommand.h>
#include <document.h>
#include <runcontroller.h>
#include <validationcontroller.h>

#include <graph/graphmodel.h>
#include <graph/graphscene.h>
#include <graph/graphview.h>
#include <graph/nodeitem.h>
#include <graph/nodesummary.h>
#include <graph/runbanner.h>
#include <graph/runoverlay.h>
#include <monitor/rundock.h>
#include <monitor/runtaskmodel.h>
#include <support/scriptedrunservice.h>
#include <timeline/runtimeline.h>
#include <timeline/timelinedock.h>

#include <QAction>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace spool;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr auto Workflow = R"({"tasks": [{"kind": "ingest", "options": {"url": "clip.mp4"},
    "next": [{"kind": "audio"}]}]})";

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

    explicit Window(const char *workflow = Workflow)
    {
        view.setScene(&scene);
        view.resize(800, 500);
        EXPECT_FALSE(document.importText(QByteArray(workflow), u"test.json"_s));
        controller = std::make_unique<RunController>(RunController::Parts{
            &service, &document, &scene, &view, &validation, &runDock, &timelineDock});
    }
    NodeId node(const QString &pointer) const { return document.model()->nodeAtPointer(pointer); }
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

} // namespace

TEST(RunController, RunShowsTheRunOnTheCanvasTheDockAndTheTimelineUntilItEnds)
{
    Window w;
    EXPECT_EQ(w.controller->runAction()->shortcut(), QKeySequence(Qt::Key_F5));
    EXPECT_EQ(w.controller->stopAction()->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F5));
    QSignalSpy finished(w.controller.get(), &RunController::runFinished);
    ASSERT_TRUE(w.controller->run());
    EXPECT_TRUE(w.controller->isLive());
    EXPECT_FALSE(w.controller->banner()->isHidden());
    EXPECT_TRUE(w.controller->stopAction()->isEnabled());
    EXPECT_FALSE(w.controller->runAction()->isEnabled());
    EXPECT_EQ(w.runDock.runId(), w.controller->runId());
    w.service.changeTask(w.task(u"t1"_s, u"ingest"_s, u"/tasks/0"_s, Status::Succeeded));
    w.service.changeTask(w.task(u"t2"_s, u"audio"_s, u"/tasks/0/next/0"_s, Status::Succeeded));
    w.service.finish(w.controller->runId(), Status::Succeeded);
    ASSERT_EQ(finished.count(), 1);
    EXPECT_FALSE(w.controller->isLive());
    EXPECT_TRUE(w.controller->banner()->isHidden());
    for (const QString &pointer : {u"/tasks/0"_s, u"/tasks/0/next/0"_s}) {
        const auto state = w.scene.nodeItem(w.node(pointer))->runState();
        ASSERT_TRUE(state) << pointer.toStdString();
        EXPECT_EQ(state->status, Status::Succeeded);
    }
    EXPECT_EQ(w.runDock.model()->taskCount(), 2);
    EXPECT_EQ(w.timelineDock.timeline()->rowCount(), 2);
    EXPECT_TRUE(w.controller->runAgainAction()->isEnabled());
    ASSERT_TRUE(w.controller->runAgain());
    EXPECT_NE(w.controller->runId(), finished.at(0).at(0).value<spool::Run>().id);
}

TEST(RunController, AWorkflowWithProblemsDoesNotStart)
{
    // A video task cannot lead a run: nothing feeds it.
    Window w(R"({"tasks": [{"kind": "video", "options": {"format": "no-such-format"}}]})");
    w.validation.validateNow();
    ASSERT_FALSE(w.validation.issues().isEmpty());
    QSignalSpy messages(w.controller.get(), &RunController::messageRaised);
    EXPECT_FALSE(w.controller->run());
    EXPECT_FALSE(w.controller->isLive());
    EXPECT_TRUE(w.controller->runId().isEmpty());
    ASSERT_FALSE(messages.isEmpty());
    EXPECT_TRUE(messages.constLast().at(0).toString().contains(u"problem"_s));
    EXPECT_TRUE(w.scene.nodeItem(w.document.model()->roots().constFirst())->hasProblems());
}

TEST(RunController, TheWorkflowIsReadOnlyWhileLiveAndEditACopyMakesItEditable)
{
    Window w;
    ASSERT_TRUE(w.controller->run());
    const QJsonObject before = w.document.model()->toRequest().toJson();
    TaskDef video;
    video.kind = u"video"_s;
    w.document.undoStack()->push(
        new AddNodesCommand(w.document.model(), {video}, {QPointF(0, 300)}));
    EXPECT_EQ(w.document.model()->toRequest().toJson(), before) << "the edit was taken back";
    w.controller->editCopy();
    EXPECT_FALSE(w.controller->isLive());
    EXPECT_TRUE(w.controller->banner()->isHidden());
    EXPECT_TRUE(w.document.filePath().isEmpty());
    EXPECT_TRUE(w.document.displayName().contains(u"test.json"_s));
    const int nodes = w.document.model()->nodeCount();
    w.document.undoStack()->push(
        new AddNodesCommand(w.document.model(), {video}, {QPointF(0, 300)}));
    EXPECT_EQ(w.document.model()->nodeCount(), nodes + 1);
}

TEST(RunController, EditACopyKeepsTheRulesOfAConditionsTaskInWrittenOrder)
{
    Window w(R"({"tasks": [{"kind": "ingest", "options": {"url": "clip.mp4"}, "next": [
        {"kind": "conditions", "options": {"width": {"gt": 1920}, "kind": {"eq": "video"}},
         "next": [{"kind": "audio"}]}]}]})");
    ASSERT_TRUE(w.controller->run());
    w.controller->editCopy();
    const NodeId conditions = w.node(u"/tasks/0/next/0"_s);
    ASSERT_NE(conditions, 0u);
    const GraphNode *node = w.document.model()->node(conditions);
    EXPECT_EQ(NodeSummary::rule(*node->options, node->optionOrder), u"width > 1920, kind = video"_s);
    const QByteArray text = w.document.model()->toRequest().toCanonicalText();
    EXPECT_LT(text.indexOf("\"width\""), text.indexOf("\"kind\": {")) << text.constData();
}

TEST(RunController, StopCancelsTheLiveRun)
{
    Window w;
    ASSERT_TRUE(w.controller->run());
    w.service.changeTask(w.task(u"t1"_s, u"ingest"_s, u"/tasks/0"_s, Status::Processing));
    QSignalSpy finished(w.controller.get(), &RunController::runFinished);
    w.controller->stopAction()->trigger();
    ASSERT_EQ(finished.count(), 1);
    EXPECT_EQ(finished.at(0).at(0).value<spool::Run>().lifecycle.status(), Status::Cancelled);
    EXPECT_FALSE(w.controller->isLive());
}

TEST(RunController, SelectionsOfCanvasDockAndTimelineFollowEachOther)
{
    Window w;
    ASSERT_TRUE(w.controller->run());
    w.service.changeTask(w.task(u"t1"_s, u"ingest"_s, u"/tasks/0"_s, Status::Succeeded));
    w.service.changeTask(w.task(u"t2"_s, u"audio"_s, u"/tasks/0/next/0"_s, Status::Processing));
    // Dock → canvas.
    w.runDock.view()->setCurrentIndex(w.runDock.model()->indexOfTask(u"t2"_s));
    EXPECT_EQ(w.scene.selectedNodeIds(), QList<NodeId>{w.node(u"/tasks/0/next/0"_s)});
    // Canvas → dock.
    w.scene.selectNodes({w.node(u"/tasks/0"_s)});
    EXPECT_EQ(w.runDock.selectedTaskId(), u"t1"_s);
    // Timeline → canvas and dock.
    Q_EMIT w.timelineDock.taskSelected(u"t2"_s);
    EXPECT_EQ(w.runDock.selectedTaskId(), u"t2"_s);
    EXPECT_EQ(w.scene.selectedNodeIds(), QList<NodeId>{w.node(u"/tasks/0/next/0"_s)});
}

TEST(RunController, TheRunsActionsDockAndStatusesSpeakGerman)
{
    QTranslator german;
    ASSERT_TRUE(german.load(u":/test-i18n/spool_de.qm"_s));
    ASSERT_TRUE(QCoreApplication::installTranslator(&german));
    auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&german); });
    Window w;
    EXPECT_EQ(w.controller->runAction()->text(), u"&Ausführen"_s);
    EXPECT_EQ(w.controller->stopAction()->text(), u"A&nhalten"_s);
    EXPECT_EQ(w.runDock.copyRunIdAction()->text(), u"Lauf-ID kopieren"_s);
    EXPECT_EQ(w.timelineDock.windowTitle(), u"Zeitleiste"_s);
    EXPECT_EQ(w.controller->banner()->editCopyButton()->text(), u"Kopie bearbeiten"_s);
    ASSERT_TRUE(w.controller->run());
    w.service.changeTask(w.task(u"t1"_s, u"ingest"_s, u"/tasks/0"_s, Status::Failed));
    EXPECT_TRUE(w.scene.nodeItem(w.node(u"/tasks/0"_s))->toolTip().contains(u"fehlgeschlagen"_s));
}
