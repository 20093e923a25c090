// New tasks never land on top of another, whichever way they are added, and the view follows
// them.

#include "canvaseditor.h"

#include <graph/nodeplacement.h>
#include <palette/palettewidget.h>

#include <QFile>
#include <QMimeData>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace spool;
using namespace Qt::Literals::StringLiterals;

TEST(Placement, AddTaskWithNothingSelectedGoesToTheNearestFreePlaceToTheViewCentre)
{
    CanvasEditor editor;
    editor.view.setFocus();
    const NodeId video = editor.quickAdd(u"video"_s);
    const NodeId image = editor.quickAdd(u"image"_s);
    ASSERT_EQ(editor.model()->parentOf(image), video);
    editor.scene.selectNodes({});
    const NodeId speech = editor.quickAdd(u"speech"_s);
    ASSERT_NE(speech, 0u);
    EXPECT_EQ(editor.model()->parentOf(speech), 0u);
    EXPECT_TRUE(editor.overlaps().isEmpty()) << editor.overlaps().join(u' ').toStdString();
    // Nearest: it still sits by the view centre, not somewhere far away.
    const QPointF centre = editor.visibleRect().center();
    EXPECT_LT(QLineF(editor.nodeRect(speech).center(), centre).length(),
              2 * (NodeMetrics::Height + NodeMetrics::RowGap) + NodeMetrics::Width);
    EXPECT_TRUE(editor.visibleRect().contains(editor.nodeRect(speech)));

    // The palette's Enter takes the same way.
    const NodeId audio = editor.controller.addTaskAtViewCentre(u"audio"_s);
    EXPECT_TRUE(editor.overlaps().isEmpty()) << editor.overlaps().join(u' ').toStdString();
    EXPECT_TRUE(editor.visibleRect().contains(editor.nodeRect(audio)));
    EXPECT_EQ(editor.document.undoStack()->count(), 4) << "one step per task";
}

TEST(Placement, TheSpecsFirstExampleBuiltWithShiftASavesWithoutOverlaps)
{
    CanvasEditor editor;
    editor.view.setFocus();
    const NodeId ingest = editor.quickAdd(u"ingest"_s);
    const NodeId video = editor.quickAdd(u"video"_s);
    editor.quickAdd(u"image"_s);
    editor.scene.selectNodes({ingest});
    const NodeId speech = editor.quickAdd(u"speech"_s);
    editor.quickAdd(u"subtitles"_s);
    editor.scene.selectNodes({speech});
    editor.quickAdd(u"summary"_s);
    editor.scene.selectNodes({ingest});
    const NodeId conditions = editor.quickAdd(u"conditions"_s);
    const NodeId chapters = editor.quickAdd(u"chapters"_s);
    ASSERT_EQ(editor.model()->nodeCount(), 8);
    EXPECT_EQ(editor.model()->parentOf(chapters), conditions);
    EXPECT_EQ(editor.model()->children(ingest).size(), 3);
    EXPECT_GT(editor.model()->node(video)->position.x(), editor.model()->node(ingest)->position.x());

    QTemporaryDir dir;
    const QString path = dir.filePath(u"built.spool"_s);
    ASSERT_FALSE(editor.document.save(path));
    CanvasEditor reopened;
    ASSERT_FALSE(reopened.document.open(path));
    ASSERT_EQ(reopened.model()->nodeCount(), 8);
    EXPECT_TRUE(reopened.overlaps().isEmpty()) << reopened.overlaps().join(u' ').toStdString();
}

TEST(Placement, AChildGoesWhereTheTidyLayoutPutsItWhenThatIsFree)
{
    CanvasEditor editor;
    const NodeId ingest = editor.controller.addTask(u"ingest"_s, QPointF(0, 0));
    editor.scene.selectNodes({ingest});
    const NodeId video = editor.quickAdd(u"video"_s);
    EXPECT_EQ(editor.model()->node(video)->position,
              QPointF(NodeMetrics::Width + NodeMetrics::ColumnGap, 0));
    // A task sitting where the next child would go: the child takes the nearest free place.
    const NodeId blocker = editor.controller.addTask(u"audio"_s, QPointF(300, 100));
    EXPECT_EQ(editor.model()->node(blocker)->position, QPointF(300, 100));
    editor.scene.selectNodes({ingest});
    const NodeId speech = editor.quickAdd(u"speech"_s);
    EXPECT_EQ(editor.model()->parentOf(speech), ingest);
    EXPECT_TRUE(editor.overlaps().isEmpty()) << editor.overlaps().join(u' ').toStdString();
}

TEST(Placement, ANodeMadeFromAnEdgeLetGoOnEmptyCanvasIsFreeAndInView)
{
    CanvasEditor editor;
    const NodeId ingest = editor.controller.addTask(u"ingest"_s, QPointF(0, 0));
    const NodeId other = editor.controller.addTask(u"audio"_s, QPointF(600, 0));
    // Let go just left of the audio node: a node there would hide it.
    const QPointF port = editor.scene.nodeItem(ingest)->outputPortPosition();
    editor.drag(port, QPointF(560, 40));
    QuickAddPopup *popup = editor.controller.quickAdd();
    ASSERT_TRUE(popup->isVisible());
    auto *search = popup->findChild<QLineEdit *>();
    QTest::keyClicks(search, u"video"_s);
    QTest::keyClick(search, Qt::Key_Return);
    ASSERT_EQ(editor.model()->children(ingest).size(), 1);
    const NodeId video = editor.model()->children(ingest).constFirst();
    EXPECT_FALSE(editor.nodeRect(video).intersects(editor.nodeRect(other)));
    EXPECT_TRUE(editor.overlaps().isEmpty());

    // Let go at the edge of the view: the view scrolls to show the whole new node.
    const QRectF visible = editor.visibleRect();
    editor.scene.selectNodes({});
    editor.drag(editor.scene.nodeItem(video)->outputPortPosition(),
                QPointF(visible.right() - 5, visible.bottom() - 5));
    ASSERT_TRUE(popup->isVisible());
    QTest::keyClicks(search, u"image"_s);
    QTest::keyClick(search, Qt::Key_Return);
    ASSERT_EQ(editor.model()->children(video).size(), 1);
    const NodeId image = editor.model()->children(video).constFirst();
    EXPECT_TRUE(editor.visibleRect().contains(editor.nodeRect(image)));
}

TEST(Placement, DropsPastesAndDuplicatesHideNothing)
{
    CanvasEditor editor;
    const NodeId video = editor.controller.addTask(u"video"_s, QPointF(0, 0));
    // A kind dropped onto a node lands beside it.
    std::unique_ptr<QMimeData> mime(PaletteWidget::mimeDataForKind(u"audio"_s));
    const QPoint at = editor.viewPoint(QPointF(110, 36));
    QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(editor.view.viewport(), &enter);
    QDropEvent drop(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(editor.view.viewport(), &drop);
    ASSERT_EQ(editor.model()->nodeCount(), 2);
    EXPECT_TRUE(editor.overlaps().isEmpty()) << editor.overlaps().join(u' ').toStdString();

    editor.scene.selectNodes({video});
    editor.controller.duplicateSelection();
    editor.controller.duplicateSelection();
    ASSERT_EQ(editor.model()->nodeCount(), 4);
    EXPECT_TRUE(editor.overlaps().isEmpty()) << editor.overlaps().join(u' ').toStdString();
}

TEST(Placement, TheNearestFreePlaceIsOnTheGridAndKeepsTheRowGap)
{
    GraphModel model;
    GraphNode node;
    node.kind = u"video"_s;
    node.id = model.reserveId();
    model.insertNode(node);
    const QPointF free = NodePlacement::nearestFree(model, QPointF(0, 0), NodeMetrics::GridStep);
    EXPECT_EQ(std::fmod(free.x(), NodeMetrics::GridStep), 0);
    EXPECT_EQ(std::fmod(free.y(), NodeMetrics::GridStep), 0);
    EXPECT_TRUE(
        NodePlacement::isFree(model, QRectF(free, QSizeF(NodeMetrics::Width, NodeMetrics::Height))));
    // Straight below: the node's height plus at least the row gap, rounded up to the grid.
    EXPECT_EQ(free, QPointF(0, 100));
}
