// Undo is tested by walking expected states back with undo and forward with redo.

#include <addnodescommand.h>
#include <connectnodescommand.h>
#include <disconnectnodescommand.h>
#include <document.h>
#include <movenodescommand.h>
#include <removenodescommand.h>
#include <setmetadatacommand.h>
#include <setoptioncommand.h>
#include <setoptionscommand.h>
#include <setrequestfieldscommand.h>

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace spool;
using namespace Qt::Literals::StringLiterals;

namespace {

TaskDef task(const QString &kind, const QJsonObject &options = {})
{
    TaskDef def;
    def.kind = kind;
    if (!options.isEmpty())
        def.options = options;
    return def;
}

// The state a person sees: the request text plus every position.
QByteArray state(const Document &document)
{
    QByteArray text = document.model()->toRequest().toCanonicalText();
    for (NodeId id : document.model()->nodeIds()) {
        const QPointF p = document.model()->node(id)->position;
        text += QByteArray::number(p.x()) + ',' + QByteArray::number(p.y()) + ';';
    }
    return text;
}

// Pushes each command, recording the state after it, then walks the stack back to the start
// and forward to the end, comparing every step.
void expectWalk(Document &document, const std::vector<std::function<QUndoCommand *()>> &edits)
{
    QList<QByteArray> states{state(document)};
    for (const auto &make : edits) {
        document.undoStack()->push(make());
        states.append(state(document));
    }
    const int steps = document.undoStack()->count();
    for (int i = steps; i > 0; --i) {
        ASSERT_EQ(state(document), states.at(i)) << "before undo " << i;
        document.undoStack()->undo();
    }
    EXPECT_EQ(state(document), states.constFirst());
    for (int i = 1; i <= steps; ++i) {
        document.undoStack()->redo();
        ASSERT_EQ(state(document), states.at(i)) << "after redo " << i;
    }
}

} // namespace

TEST(Undo, AddConnectEditMoveRemoveWalkBackAndForth)
{
    Document document;
    GraphModel *model = document.model();
    NodeId ingest = 0;
    NodeId video = 0;
    NodeId image = 0;
    expectWalk(document,
               {
                   [&] {
                       auto *add = new AddNodesCommand(model,
                                                       {task(u"ingest"_s,
                                                             {{u"url"_s, u"in.mp4"_s}})},
                                                       {QPointF(0, 0)});
                       return add;
                   },
                   [&] {
                       ingest = model->roots().constFirst();
                       return new AddNodesCommand(model, {task(u"video"_s)}, {QPointF(300, 0)});
                   },
                   [&] {
                       video = model->roots().constLast();
                       return new ConnectNodesCommand(model, ingest, video);
                   },
                   [&] { return new SetOptionCommand(model, video, u"width"_s, 1280); },
                   [&] {
                       return new AddNodesCommand(model,
                                                  {task(u"image"_s, {{u"format"_s, u"png"_s}})},
                                                  {QPointF(600, 0)},
                                                  video);
                   },
                   [&] {
                       image = model->children(video).constFirst();
                       return new MoveNodesCommand(model,
                                                   {{video, QPointF(320, 40)},
                                                    {image, QPointF(640, 40)}});
                   },
                   [&] { return new DisconnectNodesCommand(model, {image}); },
                   [&] { return new RemoveNodesCommand(model, {video}); },
               });
    // At the end the video is gone and the image is a root of its own.
    EXPECT_EQ(model->nodeCount(), 2);
    EXPECT_EQ(model->roots().size(), 2);
}

TEST(Undo, RemovingAMiddleNodeRestoresOrderOfRootsAndChildren)
{
    Document document;
    GraphModel *model = document.model();
    const auto request = RunRequest::fromText(R"({"tasks": [
        {"kind": "ingest", "options": {"url": "a.mp4"}, "next": [
            {"kind": "video", "next": [{"kind": "image"}, {"kind": "thumbnails"}]},
            {"kind": "audio"},
            {"kind": "speech", "next": [{"kind": "summary"}]}]},
        {"kind": "ingest", "options": {"url": "b.mp4"}}]})");
    ASSERT_TRUE(request);
    model->load(*request);
    const QByteArray before = state(document);
    const NodeId video = model->children(model->roots().constFirst()).constFirst();
    const NodeId speech = model->children(model->roots().constFirst()).constLast();
    document.undoStack()->push(new RemoveNodesCommand(model, {video, speech}));
    // The image, thumbnails and summary stay, as roots after the existing ones.
    EXPECT_EQ(model->roots().size(), 5);
    EXPECT_EQ(model->children(model->roots().constFirst()).size(), 1);
    document.undoStack()->undo();
    EXPECT_EQ(state(document), before);
    EXPECT_EQ(model->toRequest(), *request);
}

TEST(Undo, ADragIsOneCommandAndTypingInOneFieldIsOne)
{
    Document document;
    GraphModel *model = document.model();
    document.undoStack()->push(new AddNodesCommand(model, {task(u"video"_s)}, {QPointF(0, 0)}));
    const NodeId video = model->roots().constFirst();
    for (int x = 1; x <= 10; ++x)
        document.undoStack()->push(new MoveNodesCommand(model, {{video, QPointF(x * 20, 0)}}, 7));
    EXPECT_EQ(document.undoStack()->count(), 2);
    EXPECT_EQ(model->node(video)->position, QPointF(200, 0));
    for (int width : {1, 12, 128, 1280})
        document.undoStack()->push(new SetOptionCommand(model, video, u"width"_s, width));
    document.undoStack()->push(new SetOptionCommand(model, video, u"height"_s, 720));
    EXPECT_EQ(document.undoStack()->count(), 4);
    EXPECT_EQ(model->node(video)->options->value(u"width"_s).toInt(), 1280);

    document.undoStack()->undo(); // height
    document.undoStack()->undo(); // all of the width typing
    EXPECT_FALSE(model->node(video)->options.has_value()) << "absent options stay absent";
    document.undoStack()->undo(); // the whole drag
    EXPECT_EQ(model->node(video)->position, QPointF(0, 0));
    // A new drag does not merge into an older one.
    document.undoStack()->redo();
    document.undoStack()->push(new MoveNodesCommand(model, {{video, QPointF(0, 500)}}, 8));
    EXPECT_EQ(document.undoStack()->count(), 3);
}

TEST(Undo, MetadataAndTheRequestsOwnFieldsWalkBackAndForth)
{
    Document document;
    GraphModel *model = document.model();
    NodeId ingest = 0;
    expectWalk(document,
               {
                   [&] { return new AddNodesCommand(model, {task(u"ingest"_s)}, {QPointF()}); },
                   [&] {
                       ingest = model->roots().constFirst();
                       return new SetMetadataCommand(model,
                                                     ingest,
                                                     QJsonObject{{u"source"_s, u"camera-a"_s}});
                   },
                   [&] {
                       return new SetRequestFieldsCommand(model,
                                                          {QJsonObject{{u"project"_s, u"demo"_s}},
                                                           u"key-1"_s,
                                                           {}});
                   },
                   [&] { return new SetMetadataCommand(model, ingest, std::nullopt); },
               });
    EXPECT_EQ(model->toRequest().idempotencyKey, u"key-1"_s);
}

TEST(Undo, EditsThatEndWhereTheyStartedLeaveNoStep)
{
    Document document;
    GraphModel *model = document.model();
    document.undoStack()->push(new AddNodesCommand(model, {task(u"video"_s)}, {QPointF(0, 0)}));
    document.undoStack()->setClean();
    const NodeId video = model->roots().constFirst();
    document.undoStack()->push(new SetOptionCommand(model, video, u"width"_s, 640));
    document.undoStack()->push(
        new SetOptionCommand(model, video, u"width"_s, QJsonValue(QJsonValue::Undefined)));
    EXPECT_EQ(document.undoStack()->count(), 1) << "typed and taken back: no step";
    EXPECT_FALSE(document.isModified());
    EXPECT_FALSE(model->node(video)->options.has_value()) << "absent again, not {}";
    document.undoStack()->push(new MoveNodesCommand(model, {{video, QPointF(40, 0)}}, 3));
    document.undoStack()->push(new MoveNodesCommand(model, {{video, QPointF(0, 0)}}, 3));
    EXPECT_EQ(document.undoStack()->count(), 1) << "dragged back to where it was: no step";
    EXPECT_FALSE(document.isModified());
}

TEST(Undo, RefusedConnectionsAndNoOpEditsLeaveNoCommand)
{
    Document document;
    GraphModel *model = document.model();
    const auto request = RunRequest::fromText(
        R"({"tasks": [{"kind": "ingest", "next": [{"kind": "speech"}]}, {"kind": "video"}]})");
    ASSERT_TRUE(request);
    model->load(*request);
    const NodeId ingest = model->roots().at(0);
    const NodeId speech = model->children(ingest).constFirst();
    const NodeId video = model->roots().at(1);
    document.undoStack()->push(new ConnectNodesCommand(model, speech, video));
    document.undoStack()->push(new ConnectNodesCommand(model, video, ingest));
    document.undoStack()->push(new ConnectNodesCommand(model, video, speech));
    document.undoStack()->push(new SetOptionsCommand(model, video, std::nullopt));
    EXPECT_EQ(document.undoStack()->count(), 0);
    EXPECT_FALSE(document.isModified());
}

TEST(GraphModel, RefusesEveryIllegalEdgeWithAReason)
{
    GraphModel model;
    const auto request = RunRequest::fromText(R"({"tasks": [
        {"kind": "ingest", "next": [{"kind": "speech", "next": [{"kind": "subtitles"}]},
                                    {"kind": "conditions", "options": {"kind": {"eq": "video"}},
                                     "next": [{"kind": "conditions"}]}]},
        {"kind": "ingest"}, {"kind": "video"}, {"kind": "thumbnails"}, {"kind": "summary"}]})");
    ASSERT_TRUE(request);
    model.load(*request);
    const QList<NodeId> ids = model.nodeIds();
    const NodeId ingest = ids.at(0), speech = ids.at(1), subtitles = ids.at(2),
                 conditions = ids.at(3), innerConditions = ids.at(4), secondIngest = ids.at(5),
                 video = ids.at(6), thumbnails = ids.at(7), summary = ids.at(8);
    EXPECT_FALSE(model.connectionRefusal(video, video).isEmpty()) << "itself";
    EXPECT_FALSE(model.connectionRefusal(video, secondIngest).isEmpty()) << "into ingest";
    EXPECT_FALSE(model.connectionRefusal(video, subtitles).isEmpty()) << "second parent";
    EXPECT_FALSE(model.connectionRefusal(subtitles, ingest).isEmpty());
    EXPECT_FALSE(model.connectionRefusal(speech, video).isEmpty()) << "transcript into video";
    EXPECT_TRUE(model.connectionRefusal(speech, summary).isEmpty());
    EXPECT_TRUE(model.connectionRefusal(video, thumbnails).isEmpty());
    EXPECT_TRUE(model.connectionRefusal(innerConditions, video).isEmpty())
        << "conditions pass the ingest's file through, twice";
    EXPECT_TRUE(model.connectionRefusal(conditions, video).isEmpty());
    // A cycle: video → thumbnails → image, then image → video.
    model.connectNodes(video, thumbnails);
    const NodeId image = model.reserveId();
    model.insertNode(GraphNode{image, u"image"_s, {}, {}, {}, false, {}});
    model.connectNodes(thumbnails, image);
    EXPECT_TRUE(model.connectionRefusal(image, video).contains(u"cycle"_s));
    model.connectNodes(image, video);
    EXPECT_EQ(model.parentOf(video), 0u) << "the model itself never makes a cycle";
    EXPECT_FALSE(model.connectionRefusal(image, summary).isEmpty())
        << "an image gives no transcript";
    EXPECT_TRUE(model.kindMayFollow(speech, u"summary"));
    EXPECT_FALSE(model.kindMayFollow(speech, u"video"));
    EXPECT_FALSE(model.kindMayFollow(video, u"ingest"));
}

TEST(GraphModel, PointersMapBothWays)
{
    GraphModel model;
    const auto request = RunRequest::fromText(R"({"tasks": [
        {"kind": "ingest", "next": [{"kind": "video"}, {"kind": "speech", "next": [
            {"kind": "summary", "options": {"bogus": 1}}]}]}]})");
    ASSERT_TRUE(request);
    model.load(*request);
    for (NodeId id : model.nodeIds()) {
        QString rest;
        EXPECT_EQ(model.nodeAtPointer(model.pointerOf(id), &rest), id);
        EXPECT_TRUE(rest.isEmpty());
    }
    QString rest;
    const NodeId summary = model.nodeAtPointer(u"/tasks/0/next/1/next/0/options/bogus", &rest);
    EXPECT_EQ(model.node(summary)->kind, u"summary"_s);
    EXPECT_EQ(rest, u"/options/bogus"_s);
    EXPECT_EQ(model.nodeAtPointer(u"/tasks/3"), 0u);
    EXPECT_EQ(model.nodeAtPointer(u"/metadata"), 0u);
}
