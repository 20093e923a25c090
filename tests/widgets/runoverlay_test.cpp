#include <graph/graphmodel.h>
#include <graph/graphscene.h>
#include <graph/nodeitem.h>
#include <graph/runoverlay.h>

#include <schema/jsonpointer.h>

#include <QImage>
#include <QJsonDocument>
#include <QPainter>

#include <gtest/gtest.h>

using namespace spool;
using namespace Qt::Literals::StringLiterals;

namespace {

// ingest → [conditions → [video, thumbnails → [image]], audio]
constexpr auto Workflow = R"({"tasks": [{"kind": "ingest", "options": {"url": "in.mp4"}, "next": [
    {"kind": "conditions", "options": {"kind": {"eq": "video"}}, "next": [
        {"kind": "video", "options": {"format": "mp4"}},
        {"kind": "thumbnails", "next": [{"kind": "image"}]}]},
    {"kind": "audio"}]}]})";

Task taskAt(const QString &id, const QString &kind, const QString &pointer, Status status)
{
    Task task;
    task.id = id;
    task.kind = kind;
    task.runId = u"run_1"_s;
    task.requestNode = pointer;
    task.lifecycle.markCreated(1000);
    if (isTerminal(status))
        task.lifecycle.advance(Status::Processing, 1001);
    task.lifecycle.advance(status,
                           isTerminal(status) ? 1004 : 1001,
                           status == Status::Failed ? std::optional<Error>(
                               Error{u"media_unreadable"_s, u"The input has no video stream."_s, {}})
                                                    : std::nullopt);
    return task;
}

struct Fixture
{
    GraphModel model;
    std::unique_ptr<GraphScene> scene;
    std::unique_ptr<RunOverlay> overlay;
    Fixture()
    {
        model.load(*RunRequest::fromText(QByteArray(Workflow)));
        // Apart, so that painting one node shows that node only.
        qreal x = 0;
        for (NodeId id : model.nodeIds()) {
            model.setPosition(id, QPointF(x, 0));
            x += 400;
        }
        scene = std::make_unique<GraphScene>(&model);
        overlay = std::make_unique<RunOverlay>(scene.get());
    }
    NodeId at(const QString &pointer) const { return model.nodeAtPointer(pointer); }
    NodeItem *item(const QString &pointer) const { return scene->nodeItem(at(pointer)); }
};

Run liveRun()
{
    Run run;
    run.id = u"run_1"_s;
    run.lifecycle.markCreated(1000);
    run.lifecycle.advance(Status::Processing, 1001);
    return run;
}

} // namespace

TEST(GraphModelPointers, EveryNodesPointerNamesItsTaskInTheExportedRequest)
{
    Fixture f;
    const QJsonObject exported = f.model.toRequest().toJson();
    for (NodeId id : f.model.nodeIds()) {
        const QString pointer = f.model.pointerOf(id);
        const QJsonValue value = JsonPointer::resolve(exported, pointer);
        ASSERT_TRUE(value.isObject()) << pointer.toStdString();
        EXPECT_EQ(value.toObject().value(u"kind").toString(), f.model.node(id)->kind);
        QString rest = u"x"_s;
        EXPECT_EQ(f.model.nodeAtPointer(pointer, &rest), id);
        EXPECT_TRUE(rest.isEmpty());
    }
}

TEST(RunOverlay, ANodeWithoutATaskWaitsAndAProcessingTaskShowsItsPercent)
{
    Fixture f;
    spool::Run run = liveRun();
    Task ingest = taskAt(u"t1"_s, u"ingest"_s, u"/tasks/0"_s, Status::Processing);
    ingest.progress = 47;
    run.tasks = {ingest};
    f.overlay->showRun(run);
    const auto ingestState = f.item(u"/tasks/0"_s)->runState();
    ASSERT_TRUE(ingestState);
    EXPECT_EQ(ingestState->status, Status::Processing);
    EXPECT_EQ(ingestState->progress, 47);
    EXPECT_TRUE(f.item(u"/tasks/0"_s)->toolTip().contains(u"47 %"_s));
    const auto audio = f.item(u"/tasks/0/next/1"_s)->runState();
    ASSERT_TRUE(audio);
    EXPECT_EQ(audio->status, Status::Waiting);
    EXPECT_TRUE(audio->taskId.isEmpty());
    EXPECT_EQ(f.overlay->taskOfNode(f.at(u"/tasks/0"_s)), u"t1"_s);
    EXPECT_EQ(f.overlay->nodeOfTask(u"t1"_s), f.at(u"/tasks/0"_s));
}

TEST(RunOverlay, AFailedTaskGetsItsErrorInTheTooltipAndAFinishedOneItsDuration)
{
    Fixture f;
    spool::Run run = liveRun();
    f.overlay->showRun(run);
    f.overlay->updateTask(taskAt(u"t1"_s, u"ingest"_s, u"/tasks/0"_s, Status::Succeeded));
    f.overlay->updateTask(taskAt(u"t2"_s, u"audio"_s, u"/tasks/0/next/1"_s, Status::Failed));
    const auto ingest = f.item(u"/tasks/0"_s)->runState();
    ASSERT_TRUE(ingest && ingest->duration);
    EXPECT_EQ(*ingest->duration, 3);
    NodeItem *audio = f.item(u"/tasks/0/next/1"_s);
    ASSERT_TRUE(audio->runState());
    EXPECT_EQ(audio->runState()->status, Status::Failed);
    EXPECT_TRUE(audio->toolTip().contains(u"The input has no video stream."_s));
    // A task of another run does not reach this canvas.
    Task other = taskAt(u"t9"_s, u"ingest"_s, u"/tasks/0"_s, Status::Failed);
    other.runId = u"run_2"_s;
    f.overlay->updateTask(other);
    EXPECT_EQ(f.item(u"/tasks/0"_s)->runState()->status, Status::Succeeded);
}

TEST(RunOverlay, AConditionsTaskThatDidNotHoldLeavesItsBranchNotTaken)
{
    Fixture f;
    spool::Run run = liveRun();
    f.overlay->showRun(run);
    Task conditions = taskAt(u"t2"_s, u"conditions"_s, u"/tasks/0/next/0"_s, Status::Succeeded);
    conditions.results = ConditionResults{{}, {}, false};
    f.overlay->updateTask(conditions);
    for (const QString &pointer : {u"/tasks/0/next/0/next/0"_s,
                                   u"/tasks/0/next/0/next/1"_s,
                                   u"/tasks/0/next/0/next/1/next/0"_s}) {
        const auto state = f.item(pointer)->runState();
        ASSERT_TRUE(state) << pointer.toStdString();
        EXPECT_TRUE(state->notTaken) << pointer.toStdString();
        EXPECT_TRUE(f.item(pointer)->toolTip().contains(u"Not taken"_s));
    }
    EXPECT_FALSE(f.item(u"/tasks/0/next/0"_s)->runState()->notTaken);
    EXPECT_FALSE(f.item(u"/tasks/0/next/1"_s)->runState()->notTaken);
}

TEST(RunOverlay, AtTheEndASucceededConditionsTaskWithoutChildrenMarksItsBranchNotTaken)
{
    Fixture f;
    spool::Run run = liveRun();
    f.overlay->showRun(run);
    // No `results` reported (an older server): the branch is known not taken once the run ends
    // without a task under the conditions task.
    run.tasks = {taskAt(u"t1"_s, u"ingest"_s, u"/tasks/0"_s, Status::Succeeded),
                 taskAt(u"t2"_s, u"conditions"_s, u"/tasks/0/next/0"_s, Status::Succeeded),
                 taskAt(u"t3"_s, u"audio"_s, u"/tasks/0/next/1"_s, Status::Cancelled)};
    run.tasks[1].parentId = u"t1"_s;
    run.tasks[2].parentId = u"t1"_s;
    run.lifecycle.advance(Status::Cancelled, 1005);
    f.overlay->finishRun(run);
    EXPECT_TRUE(f.item(u"/tasks/0/next/0/next/1/next/0"_s)->runState()->notTaken);
    EXPECT_EQ(f.item(u"/tasks/0/next/1"_s)->runState()->status, Status::Cancelled);
    f.overlay->clear();
    for (NodeId id : f.model.nodeIds())
        EXPECT_FALSE(f.scene->nodeItem(id)->runState());
}

TEST(RunOverlay, TheOverlayIsNoEditOfTheDocument)
{
    Fixture f;
    const QJsonObject before = f.model.toRequest().toJson();
    int changes = 0;
    QObject::connect(&f.model, &GraphModel::requestChanged, [&changes] { ++changes; });
    spool::Run run = liveRun();
    run.tasks = {taskAt(u"t1"_s, u"ingest"_s, u"/tasks/0"_s, Status::Failed)};
    f.overlay->showRun(run);
    EXPECT_EQ(changes, 0);
    EXPECT_EQ(f.model.toRequest().toJson(), before);
}

TEST(RunOverlay, AFailedNodeIsPaintedWithARedFrameAndTheFarOutLayerShowsStatuses)
{
    Fixture f;
    spool::Run run = liveRun();
    run.tasks = {taskAt(u"t1"_s, u"ingest"_s, u"/tasks/0"_s, Status::Failed)};
    f.overlay->showRun(run);
    NodeItem *ingest = f.item(u"/tasks/0"_s);
    const auto redAt = [&](qreal scale, QPointF nodePoint) {
        QImage image(600, 400, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        const QRectF source = ingest->sceneBoundingRect();
        f.scene->render(&painter,
                        QRectF(0, 0, source.width() * scale, source.height() * scale),
                        source);
        painter.end();
        const QPointF offset = ingest->mapFromScene(source.topLeft());
        const QColor pixel = image.pixelColor(((nodePoint - offset) * scale).toPoint());
        return pixel.red() > 150 && pixel.green() < 90 && pixel.blue() < 90;
    };
    // The frame at the middle of the top edge, at full size.
    EXPECT_TRUE(redAt(1.0, QPointF(110, 0)));
    // Far out the node is a block with its status band along the bottom.
    f.scene->setSimplified(true);
    EXPECT_TRUE(redAt(0.25, QPointF(110, 66)));
}
