#include <graph/graphmodel.h>
#include <graph/graphscene.h>
#include <graph/graphview.h>
#include <graph/nodeitem.h>
#include <graph/nodesummary.h>
#include <graph/nodetext.h>

#include <QApplication>
#include <QImage>

#include <gtest/gtest.h>

using namespace spool;
using namespace Qt::Literals::StringLiterals;

TEST(NodeItem, ANamedConditionsTaskKeepsItsKindAndItsWholeRuleInTheTooltip)
{
    GraphModel model;
    const auto request = RunRequest::fromText(R"({"tasks": [{"kind": "conditions",
        "metadata": {"name": "HD or larger"},
        "options": {"width": {"gte": 1920}, "height": {"gte": 1080}, "duration": {"gt": 60}}}]})");
    ASSERT_TRUE(request);
    model.load(*request);
    GraphScene scene(&model);
    NodeItem *item = scene.nodeItem(model.roots().constFirst());
    ASSERT_NE(item, nullptr);
    const QString tip = item->toolTip();
    EXPECT_TRUE(tip.contains(u"HD or larger"_s));
    EXPECT_TRUE(tip.section(u'\n', 0, 0).contains(u"conditions"_s)) << "the kind beside the name";
    const GraphNode *node = model.node(model.roots().constFirst());
    const QString rule = NodeSummary::rule(node->options.value(), node->optionOrder);
    EXPECT_TRUE(rule.contains(u"1920"_s) && rule.contains(u"1080"_s) && rule.contains(u"60"_s));
    EXPECT_TRUE(tip.contains(rule)) << "the whole rule, uncut";
}

TEST(NodeItem, AConditionsTaskShowsItsRulesInTheOrderTheyWereWritten)
{
    GraphModel model;
    const auto request = RunRequest::fromText(R"({"tasks": [{"kind": "conditions",
        "options": {"width": {"gte": 1920}, "duration": {"lt": 600, "gt": 60}, "format": {"eq": "mp4"}}}]})");
    ASSERT_TRUE(request);
    model.load(*request);
    GraphScene scene(&model);
    NodeItem *item = scene.nodeItem(model.roots().constFirst());
    ASSERT_NE(item, nullptr);
    EXPECT_TRUE(
        item->toolTip().contains(u"width ≥ 1920, duration < 600, duration > 60, format = mp4"_s))
        << item->toolTip().toStdString();
}

// A rule that needs two lines breaks between its checks, not between an operator and its
// value; a single check too long for one line still breaks at a space.
TEST(NodeText, ARuleBreaksBetweenItsChecks)
{
    QFont font = QApplication::font();
    font.setPointSizeF(9);
    const QFontMetricsF metrics(font);
    const QString rule = u"kind = video, width > 1920"_s;
    const qreal width = metrics.horizontalAdvance(rule) * 0.8;
    EXPECT_EQ(NodeText::twoLines(rule, font, width), u"kind = video,\nwidth > 1920"_s);
    const QString named = u"conditions · kind = video, width > 1920"_s;
    const QString lines = NodeText::twoLines(named, font, metrics.horizontalAdvance(named) * 0.8);
    EXPECT_TRUE(lines.endsWith(u",\nwidth > 1920"_s)) << lines.toStdString();
    const QString check = u"filename startsWith interview-2024-final"_s;
    const QString broken = NodeText::twoLines(check, font, metrics.horizontalAdvance(check) * 0.7);
    EXPECT_EQ(broken.count(u'\n'), 1) << broken.toStdString();
    EXPECT_EQ(NodeText::twoLines(u"short"_s, font, 500), u"short"_s);
}

// The title and the summary show at each level of detail that has them, zooming in and out.
TEST(NodeItem, TitleAndSummaryAreDrawnAtEveryLevelOfDetail)
{
    GraphModel model;
    const auto request = RunRequest::fromText(
        R"({"tasks": [{"kind": "video", "options": {"width": 1280, "format": "webm"}}]})");
    ASSERT_TRUE(request);
    model.load(*request);
    GraphScene scene(&model);
    GraphView view;
    view.setScene(&scene);
    view.resize(700, 300);
    for (const qreal zoom : {1.0, 0.6, 0.45, 1.5, 1.0}) {
        SCOPED_TRACE(zoom);
        view.setZoom(zoom);
        view.centerOn(scene.contentsRect().center());
        const QImage image = view.grab().toImage();
        NodeItem *item = scene.nodeItem(model.roots().constFirst());
        // Title and summary: right of the icon, from the top of the title to the summary's
        // bottom, in view pixels.
        const QRect title = view.mapFromScene(item->mapToScene(QRectF(52, 12, 140, 18)))
                                .boundingRect();
        const QRect summary = view.mapFromScene(item->mapToScene(QRectF(52, 36, 140, 14)))
                                  .boundingRect();
        int dark = 0;
        for (const QRect &rect : {title, summary}) {
            int darkHere = 0;
            for (int y = rect.top(); y <= rect.bottom(); ++y) {
                for (int x = rect.left(); x <= rect.right(); ++x) {
                    if (image.pixelColor(x, y).lightness() < 140)
                        ++darkHere;
                }
            }
            if (zoom >= 0.5 || rect == title) {
                EXPECT_GT(darkHere, 10) << (rect == title ? "title" : "summary");
            }
            dark += darkHere;
        }
        EXPECT_GT(dark, 0);
    }
}
