#include <graph/graphmodel.h>
#include <graph/graphscene.h>
#include <graph/nodeitem.h>
#include <graph/nodesummary.h>

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
