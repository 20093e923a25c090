#include <graph/graphview.h>

#include <QImage>

#include <gtest/gtest.h>

using spool::GraphView;

TEST(GraphView, ZoomIsClampedAndAnnounced)
{
    GraphView view;
    int announced = 0;
    QObject::connect(&view, &GraphView::zoomChanged, &view, [&](qreal) { ++announced; });
    view.setZoom(2.0);
    EXPECT_DOUBLE_EQ(view.zoom(), 2.0);
    view.setZoom(100.0);
    EXPECT_DOUBLE_EQ(view.zoom(), 4.0);
    view.setZoom(0.0);
    EXPECT_DOUBLE_EQ(view.zoom(), GraphView::MinZoom);
    view.setZoom(GraphView::MinZoom);
    EXPECT_EQ(announced, 3) << "setting the same zoom again announces nothing";
}

TEST(GraphView, DrawsAGridInThePalettesColours)
{
    GraphView view;
    view.resize(400, 300);
    const QImage image = view.grab().toImage();
    ASSERT_FALSE(image.isNull());
    const QColor base = view.palette().color(QPalette::Base);
    int gridPixels = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y) != base)
                ++gridPixels;
        }
    }
    // A 20-pixel grid on 400x300 has about 300 dots; an empty canvas has none.
    EXPECT_GT(gridPixels, 100);
    EXPECT_LT(gridPixels, image.width() * image.height() / 4);
}
