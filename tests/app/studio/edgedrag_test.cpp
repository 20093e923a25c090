// Drawing an edge that may not be: the reason shows on a background inside the canvas, not in
// the overview, and the ports look normal again afterwards.

#include "canvaseditor.h"

#include <graph/overviewview.h>

#include <QGraphicsSimpleTextItem>

#include <gtest/gtest.h>

using namespace spool;
using namespace Qt::Literals::StringLiterals;

TEST(EdgeDrag, TheRefusalStaysInsideTheCanvasAndIsNoSceneItem)
{
    CanvasEditor editor;
    const QRectF visible = editor.visibleRect();
    const NodeId speech = editor.controller.addTask(u"speech"_s,
                                                    visible.topLeft() + QPointF(40, 40));
    // A video task in the bottom-right corner: the reason would run past the canvas there.
    const NodeId video = editor.controller.addTask(u"video"_s,
                                                   visible.bottomRight()
                                                       - QPointF(NodeMetrics::Width + 20,
                                                                 NodeMetrics::Height + 20));
    ASSERT_TRUE(editor.visibleRect().contains(editor.nodeRect(video)));
    NodeItem *source = editor.scene.nodeItem(speech);
    NodeItem *target = editor.scene.nodeItem(video);

    const QPoint start = editor.viewPoint(source->outputPortPosition());
    const QPoint end = editor.viewPoint(target->inputPortPosition() + QPointF(4, 0));
    QTest::mouseMove(editor.view.viewport(), start);
    QTest::mousePress(editor.view.viewport(), Qt::LeftButton, {}, start);
    for (int step = 1; step <= 5; ++step)
        QTest::mouseMove(editor.view.viewport(), start + (end - start) * step / 5);

    EXPECT_FALSE(editor.scene.pendingRefusal().isEmpty()) << "a transcript cannot feed video";
    const QRect label = editor.view.refusalRect();
    ASSERT_FALSE(label.isEmpty());
    EXPECT_TRUE(editor.view.viewport()->rect().contains(label))
        << label.x() << "," << label.y() << " " << label.width() << "×" << label.height();
    for (QGraphicsItem *item : editor.scene.items())
        EXPECT_NE(item->type(), QGraphicsSimpleTextItem::Type) << "the overview would draw it";
    // On a background: the label's pixels are not the canvas's.
    const QImage shot = editor.view.viewport()->grab().toImage();
    const QPoint inside = label.topLeft() + QPoint(3, label.height() / 2);
    EXPECT_NE(shot.pixelColor(inside), editor.view.palette().color(QPalette::Base));

    QTest::mouseRelease(editor.view.viewport(), Qt::LeftButton, {}, end);
    EXPECT_EQ(editor.model()->parentOf(video), 0u);
    EXPECT_TRUE(editor.scene.pendingRefusal().isEmpty());
    EXPECT_TRUE(editor.view.refusalRect().isEmpty());
    EXPECT_EQ(source->hoveredPort(), NodeItem::Port::None) << "the port returns to normal";
    EXPECT_EQ(target->hoveredPort(), NodeItem::Port::None);
}
