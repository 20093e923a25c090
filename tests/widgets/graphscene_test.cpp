#include <graph/edgeitem.h>
#include <graph/graphmodel.h>
#include <graph/graphscene.h>
#include <graph/graphview.h>
#include <graph/nodeitem.h>
#include <graph/overviewview.h>

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QTest>

#include <gtest/gtest.h>

using namespace spool;
using namespace Qt::Literals::StringLiterals;

namespace {

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
    palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd8));
    return palette;
}

QImage render(GraphModel &model, const QPalette &palette)
{
    GraphScene scene(&model);
    scene.setPalette(palette);
    GraphView view;
    view.setPalette(palette);
    view.setScene(&scene);
    view.resize(700, 300);
    view.setZoom(1.0);
    view.centerOn(scene.contentsRect().center());
    return view.grab().toImage();
}

// How far apart the lightest and darkest pixels inside a rectangle are (0–255).
int contrastIn(const QImage &image, const QRect &rect)
{
    int lightest = 0;
    int darkest = 255;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const int lightness = image.pixelColor(x, y).lightness();
            lightest = std::max(lightest, lightness);
            darkest = std::min(darkest, lightness);
        }
    }
    return lightest - darkest;
}

} // namespace

TEST(GraphScene, ItemsFollowTheModelThroughEveryEdit)
{
    GraphModel model;
    GraphScene scene(&model);
    const auto request = RunRequest::fromText(R"({"tasks": [{"kind": "ingest", "next": [
        {"kind": "conditions", "options": {"kind": {"eq": "video"}}, "next": [{"kind": "video"}]},
        {"kind": "speech"}]}]})");
    ASSERT_TRUE(request);
    const QList<NodeId> ids = model.load(*request);
    ASSERT_EQ(ids.size(), 4);
    for (NodeId id : ids)
        EXPECT_NE(scene.nodeItem(id), nullptr);
    EXPECT_EQ(scene.edgeItem(ids[0]), nullptr) << "a root has no incoming edge";
    ASSERT_NE(scene.edgeItem(ids[2]), nullptr);
    EXPECT_TRUE(scene.edgeItem(ids[2])->isConditional()) << "out of conditions";
    EXPECT_FALSE(scene.edgeItem(ids[1])->isConditional());

    model.setPosition(ids[3], QPointF(500, 260));
    EXPECT_EQ(scene.nodeItem(ids[3])->pos(), QPointF(500, 260));
    EXPECT_EQ(scene.edgeItem(ids[3])->boundingRect().united(QRectF()).contains(
                  scene.nodeItem(ids[3])->inputPortPosition()),
              true);
    model.disconnectNode(ids[3]);
    EXPECT_EQ(scene.edgeItem(ids[3]), nullptr);
    model.takeNode(ids[3]);
    EXPECT_EQ(scene.nodeItem(ids[3]), nullptr);
    model.setOptions(ids[1], QJsonObject{{u"width"_s, QJsonObject{{u"gt"_s, 1920}}}});
    EXPECT_EQ(scene.nodeItem(ids[1])->toolTip(), u"conditions\nwidth > 1920"_s);
    scene.setProblems({{ids[1], {u"something is wrong"_s}}});
    EXPECT_TRUE(scene.nodeItem(ids[1])->hasProblems());
    EXPECT_EQ(scene.nodeItem(ids[1])->toolTip(),
              u"conditions\nwidth > 1920\n\nsomething is wrong"_s);
    scene.setProblems({});
    EXPECT_FALSE(scene.nodeItem(ids[1])->hasProblems());
}

TEST(GraphScene, NodesReadInLightAndDarkPalettes)
{
    GraphModel model;
    const auto request = RunRequest::fromText(
        R"({"tasks": [{"kind": "video", "options": {"width": 1280, "format": "webm"}}]})");
    ASSERT_TRUE(request);
    model.load(*request);
    for (const QPalette &palette : {QApplication::palette(), darkPalette()}) {
        const QImage image = render(model, palette);
        if (!qEnvironmentVariableIsEmpty("SPOOL_TEST_IMAGES"))
            image.save(qEnvironmentVariable("SPOOL_TEST_IMAGES")
                       + u"/node-%1.png"_s.arg(palette.color(QPalette::Base).lightness()));
        // The node sits in the middle of the view; its body takes the palette's base tone and
        // its title stands out from it.
        const QColor body = image.pixelColor(image.width() / 2 + 90, image.height() / 2 + 25);
        const bool dark = palette.color(QPalette::Base).lightness() < 128;
        EXPECT_EQ(body.lightness() < 128, dark) << "the body follows the palette";
        const QRect text(image.width() / 2 - 60, image.height() / 2 - 30, 140, 50);
        EXPECT_GT(contrastIn(image, text), 120) << "title and summary stand out";
    }
}

TEST(OverviewView, ShowsTheWholeGraphAndMovesTheCanvasWhereClicked)
{
    GraphModel model;
    const auto request = RunRequest::fromText(
        R"({"tasks": [{"kind": "ingest", "next": [{"kind": "video"}, {"kind": "audio"}]}]})");
    ASSERT_TRUE(request);
    model.load(*request);
    model.setPosition(model.nodeIds().at(1), QPointF(3000, 0));
    model.setPosition(model.nodeIds().at(2), QPointF(3000, 2000));
    GraphScene scene(&model);
    GraphView canvas;
    canvas.setScene(&scene);
    canvas.resize(400, 300);
    canvas.setZoom(1.0);
    canvas.show();
    OverviewView overview(&scene, &canvas);
    overview.resize(200, 150);
    overview.show();
    overview.refresh();
    EXPECT_TRUE(overview.shownRect().contains(scene.contentsRect()));

    // A click on the miniature's right edge, half way down, brings that part into view.
    QTest::mouseClick(&overview, Qt::LeftButton, {}, QPoint(190, 75));
    const QPointF centre = canvas.mapToScene(canvas.viewport()->rect().center());
    const QRectF shown = overview.shownRect();
    EXPECT_NEAR(centre.x(), shown.left() + shown.width() * 190 / 200, shown.width() / 40);
    EXPECT_NEAR(centre.y(), shown.center().y(), shown.height() / 30);

    // The miniature is a picture of the graph: not all one colour.
    const QImage image = overview.grab().toImage();
    QSet<QRgb> colours;
    for (int x = 0; x < image.width(); x += 4)
        colours.insert(image.pixel(x, image.height() / 2));
    EXPECT_GT(colours.size(), 1);
}

TEST(GraphScene, FarOutOneLayerDrawsEverythingAndTheItemsStillTakeClicks)
{
    GraphModel model;
    const auto request = RunRequest::fromText(
        R"({"tasks": [{"kind": "ingest", "next": [{"kind": "video"}, {"kind": "audio"}]}]})");
    ASSERT_TRUE(request);
    const QList<NodeId> ids = model.load(*request);
    for (int i = 0; i < ids.size(); ++i)
        model.setPosition(ids[i], QPointF(i * 400, i * 200));
    GraphScene scene(&model);
    GraphView view;
    view.setScene(&scene);
    view.resize(500, 400);
    view.show();
    view.setZoom(0.3);
    ASSERT_TRUE(scene.isSimplified());
    EXPECT_TRUE(scene.nodeItem(ids[1])->flags() & QGraphicsItem::ItemHasNoContents);
    view.centerOn(scene.contentsRect().center());

    const auto colourAtNode = [&](NodeId id) {
        const QImage image = view.viewport()->grab().toImage();
        const QPoint at = view.mapFromScene(scene.nodeItem(id)->pos() + QPointF(60, 30));
        return image.pixelColor(at);
    };
    const QColor base = view.palette().color(QPalette::Base);
    const QColor block = colourAtNode(ids[1]);
    const QColor expected = NodeItem::blockColour(base, scene.nodeItem(ids[1])->accent());
    EXPECT_LE(std::abs(block.red() - expected.red()) + std::abs(block.green() - expected.green())
                  + std::abs(block.blue() - expected.blue()),
              3)
        << "the layer draws the node's block";

    // A click still selects, and the layer shows it.
    QTest::mouseClick(view.viewport(),
                      Qt::LeftButton,
                      {},
                      view.mapFromScene(scene.nodeItem(ids[1])->pos() + QPointF(100, 36)));
    EXPECT_EQ(scene.selectedNodeIds(), QList<NodeId>{ids[1]});
    const QImage image = view.viewport()->grab().toImage();
    const QPoint corner = view.mapFromScene(scene.nodeItem(ids[1])->pos());
    EXPECT_EQ(image.pixelColor(corner + QPoint(0, 5)).rgb(),
              view.palette().color(QPalette::Highlight).rgb());

    // Back in, the items draw themselves again.
    view.setZoom(1.0);
    EXPECT_FALSE(scene.isSimplified());
    EXPECT_FALSE(scene.nodeItem(ids[1])->flags() & QGraphicsItem::ItemHasNoContents);
}
