#include <issues/issueswidget.h>
#include <json/jsonview.h>

#include <QSignalSpy>
#include <QTextBlock>
#include <QTextLayout>

#include <gtest/gtest.h>

using namespace spool;
using namespace Qt::Literals::StringLiterals;

namespace {

// The colour the highlighter gave the character at `column` of the first block.
QColor colourAt(const JsonView &view, int column)
{
    const QTextBlock block = view.document()->firstBlock();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (column >= range.start && column < range.start + range.length)
            return range.format.foreground().color();
    }
    return {};
}

} // namespace

TEST(JsonView, ShowsTheRequestReadOnlyWithKeysStringsAndNumbersApart)
{
    JsonView view;
    view.setJson(R"({"kind": "video", "width": 1280, "fast": true})");
    EXPECT_TRUE(view.isReadOnly());
    EXPECT_EQ(view.toPlainText(), uR"({"kind": "video", "width": 1280, "fast": true})"_s);
    const QColor key = colourAt(view, 2);
    const QColor string = colourAt(view, 10);
    const QColor number = colourAt(view, 27);
    const QColor literal = colourAt(view, 42);
    EXPECT_TRUE(key.isValid() && string.isValid() && number.isValid() && literal.isValid());
    EXPECT_NE(key, string);
    EXPECT_NE(string, number);
    EXPECT_NE(number, literal);
}

TEST(JsonView, ANewRequestReplacesOnlyWhatChanged)
{
    JsonView view;
    QByteArray text = "{\n  \"tasks\": [\n";
    for (int i = 0; i < 2000; ++i)
        text += "    {\"kind\": \"video\", \"options\": {\"width\": " + QByteArray::number(i)
                + "}},\n";
    text += "  ]\n}";
    view.setJson(text);
    QByteArray edited = text;
    edited.replace("\"width\": 1000}", "\"width\": 1280, \"format\": \"webm\"}");
    view.setJson(edited);
    EXPECT_EQ(view.toPlainText(), QString::fromUtf8(edited));
    view.setJson("{}");
    EXPECT_EQ(view.toPlainText(), u"{}"_s);
    view.setJson(text);
    EXPECT_EQ(view.toPlainText(), QString::fromUtf8(text));
}

TEST(IssuesWidget, ListsProblemsAndAnnouncesTheOneActivated)
{
    IssuesWidget issues;
    QSignalSpy activated(&issues, &IssuesWidget::issueActivated);
    issues.setIssues({Issue{u"value_out_of_range"_s,
                            u"width must be at least 1"_s,
                            u"/tasks/0/next/0/options/width"_s,
                            7,
                            u"width"_s},
                      Issue{u"tasks_empty"_s, u"a run needs a task"_s, u"/tasks"_s, 0, {}}});
    issues.activate(0);
    ASSERT_EQ(activated.size(), 1);
    EXPECT_EQ(activated.at(0).at(0).value<Issue>().node, 7u);
    issues.activate(5);
    EXPECT_EQ(activated.size(), 1) << "no such row";
}
