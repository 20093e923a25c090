#include <issues/issueswidget.h>

#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using spool::Issue;
using spool::IssuesWidget;
using spool::Validator;

TEST(IssuesWidget, ShowsSeverityWhereInWordsAndThePointerInTheTooltip)
{
    IssuesWidget widget;
    Issue error{u"value_out_of_range"_s,
                u"Must be at least 1 pixels (got -5)"_s,
                u"/tasks/0/next/0/options/width"_s};
    error.node = 2;
    error.option = u"width"_s;
    error.where = u"video › width"_s;
    Issue warning{u"engine_unsupported"_s,
                  u"Speech is a hosted-only kind"_s,
                  u"/tasks/0/next/1/kind"_s};
    warning.severity = Validator::Severity::Warning;
    warning.where = u"speech › kind"_s;
    widget.setIssues({error, warning});

    auto *list = widget.findChild<QTreeWidget *>();
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->topLevelItemCount(), 2);
    const QTreeWidgetItem *first = list->topLevelItem(0);
    const QTreeWidgetItem *second = list->topLevelItem(1);
    EXPECT_EQ(first->text(1), u"video › width"_s);
    EXPECT_EQ(first->toolTip(1), u"/tasks/0/next/0/options/width"_s);
    EXPECT_TRUE(first->toolTip(0).startsWith(u"Error"_s));
    EXPECT_TRUE(second->toolTip(0).startsWith(u"Warning"_s));
    EXPECT_NE(first->icon(0).cacheKey(), second->icon(0).cacheKey())
        << "errors and warnings look different";
    EXPECT_TRUE(widget.summary().startsWith(u"1 error"_s)) << widget.summary().toStdString();
    EXPECT_TRUE(widget.summary().contains(u", 1 warning"_s)) << widget.summary().toStdString();

    widget.setIssues({warning});
    EXPECT_TRUE(widget.summary().startsWith(u"1 warning"_s)) << widget.summary().toStdString();
    EXPECT_TRUE(widget.summary().contains(u"valid"_s));
}

TEST(IssuesWidget, AnEmptyDocumentGetsAHintAndTheListHasRoomForRows)
{
    IssuesWidget widget;
    widget.setEmptyDocument(true);
    widget.setIssues({});
    EXPECT_TRUE(widget.summary().contains(u"add a task"_s)) << widget.summary().toStdString();
    widget.setEmptyDocument(false);
    EXPECT_TRUE(widget.summary().startsWith(u"No problems"_s));
    // Five rows and the header fit in the height the dock asks for.
    EXPECT_GE(widget.sizeHint().height(), 5 * widget.fontMetrics().height() + 40);
}
