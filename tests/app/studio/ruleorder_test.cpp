// The rules of a conditions task keep the order they were written in, all the way: read from
// a file, in the model, on the node, in the inspector's rows, after an edit in the inspector,
// through the clipboard, and in what is exported.

#include "canvaseditor.h"

#include <inspectorcontroller.h>

#include <graph/nodesummary.h>
#include <inspector/inspectorwidget.h>

#include <QComboBox>
#include <QPushButton>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace spool;
using namespace Qt::Literals::StringLiterals;

namespace {

struct InspectedCanvas : CanvasEditor
{
    InspectorWidget inspector;
    InspectorController inspection{&document, &scene, &view, &inspector, &validation};
};

QString ruleOf(const GraphModel *model, NodeId id)
{
    const GraphNode *node = model->node(id);
    return node && node->options ? NodeSummary::rule(*node->options, node->optionOrder) : QString();
}

QStringList rowProperties(const InspectorWidget &inspector)
{
    QStringList properties;
    for (int row = 0;; ++row) {
        auto *property = inspector.findChild<QComboBox *>(u"rule.%1.property"_s.arg(row));
        if (!property)
            return properties;
        properties.append(property->currentText());
    }
}

} // namespace

TEST(RuleOrder, RulesKeepTheirWrittenOrderFromTheFileThroughTheInspectorToTheExport)
{
    InspectedCanvas editor;
    editor.inspector.show();
    ASSERT_FALSE(editor.document.importText(
        R"({"tasks": [{"kind": "ingest", "options": {"url": "talk.mp4"}, "next": [
            {"kind": "conditions", "options": {"width": {"gt": 1920}, "kind": {"eq": "video"},
             "duration": {"lt": 600}}}]}]})",
        u"rules.json"_s));
    const NodeId conditions = editor.model()->nodeAtPointer(u"/tasks/0/next/0"_s);
    ASSERT_NE(conditions, 0u);
    EXPECT_EQ(ruleOf(editor.model(), conditions), u"width > 1920, kind = video, duration < 600"_s);
    EXPECT_TRUE(editor.scene.nodeItem(conditions)
                    ->toolTip()
                    .contains(u"width > 1920, kind = video, duration < 600"_s));

    editor.scene.selectNodes({conditions});
    QApplication::processEvents();
    EXPECT_EQ(rowProperties(editor.inspector), (QStringList{u"width"_s, u"kind"_s, u"duration"_s}));

    // An edit of the last rule's value in the inspector: the rules stay where they were.
    auto *duration = editor.inspector.findChild<QLineEdit *>(u"rule.2.value"_s);
    ASSERT_NE(duration, nullptr);
    duration->selectAll();
    QTest::keyClicks(duration, u"300"_s);
    QTest::keyClick(duration, Qt::Key_Return);
    EXPECT_EQ(ruleOf(editor.model(), conditions), u"width > 1920, kind = video, duration < 300"_s);
    EXPECT_EQ(rowProperties(editor.inspector), (QStringList{u"width"_s, u"kind"_s, u"duration"_s}));

    // A rule added in the inspector comes last.
    auto *add = editor.inspector.findChild<QPushButton *>(u"rules.add"_s);
    ASSERT_NE(add, nullptr);
    add->click();
    const QStringList rows = rowProperties(editor.inspector);
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows.mid(0, 3), (QStringList{u"width"_s, u"kind"_s, u"duration"_s}));
    EXPECT_TRUE(ruleOf(editor.model(), conditions)
                    .startsWith(u"width > 1920, kind = video, duration < 300, "_s))
        << ruleOf(editor.model(), conditions).toStdString();

    // Through the clipboard: the pasted copy reads as the original.
    editor.scene.selectNodes({conditions});
    editor.controller.copySelection();
    const QList<NodeId> before = editor.model()->nodeIds();
    editor.controller.paste();
    NodeId pasted = 0;
    for (NodeId id : editor.model()->nodeIds()) {
        if (!before.contains(id))
            pasted = id;
    }
    ASSERT_NE(pasted, 0u);
    EXPECT_EQ(ruleOf(editor.model(), pasted), ruleOf(editor.model(), conditions));

    // The export writes them in the same order.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.json"_s);
    ASSERT_FALSE(editor.document.exportRequest(path).has_value());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    const qsizetype width = text.indexOf("\"width\"");
    const qsizetype kind = text.indexOf("\"kind\": {");
    const qsizetype lasting = text.indexOf("\"duration\"");
    EXPECT_LT(width, kind) << text.constData();
    EXPECT_LT(kind, lasting) << text.constData();
}
