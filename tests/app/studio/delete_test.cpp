// Deleting a task with children never silently changes the run: the Delete key keeps the
// children (reconnected to the deleted task's parent), "Delete with Children" takes them too;
// exporting an invalid request asks first.

#include "canvaseditor.h"
#include "testprofile.h"

#include <documentcontroller.h>

#include <QFile>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace spool;
using namespace Qt::Literals::StringLiterals;

namespace {

RunRequest request(const char *text)
{
    auto parsed = RunRequest::fromText(text);
    EXPECT_TRUE(parsed) << (parsed ? "" : parsed.error().message.toStdString());
    return parsed ? *parsed : RunRequest{};
}

// The first node of `kind` in document order.
NodeId find(GraphModel *model, const QString &kind)
{
    for (NodeId id : model->nodeIds()) {
        if (model->node(id)->kind == kind)
            return id;
    }
    return 0;
}

} // namespace

TEST(Delete, DeleteKeepsTheChildrenInTheDeletedTasksPlaceAsOneUndoStep)
{
    CanvasEditor editor;
    const RunRequest before = request(R"({"tasks": [{"kind": "ingest", "next": [
        {"kind": "audio"},
        {"kind": "video", "next": [{"kind": "image"}, {"kind": "thumbnails"}]},
        {"kind": "speech"}]}]})");
    editor.model()->load(before);
    QSignalSpy messages(&editor.controller, &EditorController::messageRaised);
    editor.scene.selectNodes({find(editor.model(), u"video"_s)});
    editor.controller.deleteSelection();
    EXPECT_EQ(editor.model()->toRequest(), request(R"({"tasks": [{"kind": "ingest", "next": [
        {"kind": "audio"}, {"kind": "image"}, {"kind": "thumbnails"}, {"kind": "speech"}]}]})"));
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.at(0).at(0).toString().contains(u"parent"_s));
    EXPECT_EQ(editor.document.undoStack()->count(), 1);
    editor.document.undoStack()->undo();
    EXPECT_EQ(editor.model()->toRequest(), before);
    editor.document.undoStack()->redo();
    EXPECT_EQ(editor.model()->nodeCount(), 5);
}

TEST(Delete, AChainOfDeletedTasksHandsItsSurvivorsToTheNearestRemainingAncestor)
{
    CanvasEditor editor;
    const RunRequest before = request(R"({"tasks": [{"kind": "ingest", "next": [
        {"kind": "video", "next": [{"kind": "adaptive_video", "next": [{"kind": "thumbnails"}]},
                                   {"kind": "image"}]}]}]})");
    editor.model()->load(before);
    editor.scene.selectNodes(
        {find(editor.model(), u"video"_s), find(editor.model(), u"adaptive_video"_s)});
    editor.controller.deleteSelection();
    EXPECT_EQ(editor.model()->toRequest(), request(R"({"tasks": [{"kind": "ingest", "next": [
        {"kind": "thumbnails"}, {"kind": "image"}]}]})"));
    editor.document.undoStack()->undo();
    EXPECT_EQ(editor.model()->toRequest(), before);
}

TEST(Delete, ChildrenOfADeletedRootBecomeTopLevelTasksAndTheMessageSaysWhatThatMeans)
{
    CanvasEditor editor;
    const RunRequest before = request(R"({"tasks": [{"kind": "ingest", "options": {"url": "a.mp4"}},
        {"kind": "ingest", "options": {"url": "b.mp4"}, "next": [{"kind": "video"}, {"kind": "audio"}]},
        {"kind": "speech"}]})");
    editor.model()->load(before);
    QSignalSpy messages(&editor.controller, &EditorController::messageRaised);
    const QList<NodeId> roots = editor.model()->roots();
    editor.scene.selectNodes({roots.at(1)});
    editor.controller.deleteSelection();
    EXPECT_EQ(editor.model()->toRequest(),
              request(R"({"tasks": [{"kind": "ingest", "options": {"url": "a.mp4"}},
        {"kind": "video"}, {"kind": "audio"}, {"kind": "speech"}]})"));
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.at(0).at(0).toString().contains(u"top-level"_s));
    EXPECT_TRUE(messages.at(0).at(0).toString().contains(u"root ingest"_s));
    editor.document.undoStack()->undo();
    EXPECT_EQ(editor.model()->toRequest(), before);
}

TEST(Delete, DeleteWithChildrenTakesTheWholeBranchAsOneUndoStep)
{
    CanvasEditor editor;
    const RunRequest before = request(R"({"tasks": [{"kind": "ingest", "next": [
        {"kind": "video", "next": [{"kind": "image"}]}, {"kind": "speech"}]}]})");
    editor.model()->load(before);
    editor.scene.selectNodes({find(editor.model(), u"video"_s)});
    editor.controller.deleteWithChildren();
    EXPECT_EQ(editor.model()->toRequest(),
              request(R"({"tasks": [{"kind": "ingest", "next": [{"kind": "speech"}]}]})"));
    EXPECT_EQ(editor.document.undoStack()->count(), 1);
    editor.document.undoStack()->undo();
    EXPECT_EQ(editor.model()->toRequest(), before);
}

TEST(Delete, ExportingAnInvalidRequestAsksFirstWithTheProblemCount)
{
    TestProfile profile;
    CanvasEditor editor;
    DocumentController documents(&editor.document, &profile.preferences, &profile.store);
    documents.setProblemCounter([&editor] {
        editor.validation.validateNow();
        return int(editor.validation.issues().size());
    });
    QList<int> asked;
    bool answer = false;
    documents.setExportQuestion([&](int problems) {
        asked.append(problems);
        return answer;
    });
    editor.controller.addTask(u"video"_s, QPointF()); // no ingest, no input: invalid
    const QString path = profile.dir.filePath(u"out.json"_s);
    EXPECT_FALSE(documents.exportTo(path));
    ASSERT_EQ(asked.size(), 1);
    EXPECT_GT(asked.constFirst(), 0);
    EXPECT_FALSE(QFile::exists(path)) << "declined: nothing written";
    answer = true;
    EXPECT_TRUE(documents.exportTo(path));
    EXPECT_TRUE(QFile::exists(path));

    // A valid request exports without a question.
    editor.document.clear();
    editor.model()->load(request(R"({"tasks": [{"kind": "ingest", "options": {"url": "a.mp4"}}]})"));
    asked.clear();
    EXPECT_TRUE(documents.exportTo(profile.dir.filePath(u"valid.json"_s)));
    EXPECT_TRUE(asked.isEmpty());
}
