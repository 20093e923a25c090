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
    const QString rule = NodeSummary::rule(model.node(model.roots().constFirst())->options.value());
    EXPECT_TRUE(rule.contains(u"1920"_s) && rule.contains(u"1080"_s) && rule.contains(u"60"_s));
    EXPECT_TRUE(tip.contains(rule)) << "the whole rule, uncut";
}
