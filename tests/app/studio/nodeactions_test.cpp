// What users of node editors expect: rename in place, find, import that adds, the shortcuts
// listed from the actions, a task's own context menu, and an overview that always shows the
// view.

#include "canvaseditor.h"
#include "editorwindow.h"

#include <shortcutsdialog.h>

#include <graph/overviewview.h>

#include <QAction>
#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace spool;
using namespace Qt::Literals::StringLiterals;

TEST(NodeActions, F2RenamesATaskInPlaceAsOneUndoStep)
{
    CanvasEditor editor;
    const NodeId video = editor.controller.addTask(u"video"_s, QPointF(0, 0));
    const int before = editor.document.undoStack()->count();
    editor.controller.renameSelected();
    QLineEdit *field = editor.controller.renameEditor();
    ASSERT_NE(field, nullptr);
    EXPECT_TRUE(field->isVisible());
    QTest::keyClicks(field, u"Main cut"_s);
    QTest::keyClick(field, Qt::Key_Return);
    EXPECT_EQ(editor.controller.renameEditor(), nullptr);
    EXPECT_EQ(editor.model()->node(video)->metadata->value(u"name"_s).toString(), u"Main cut"_s);
    EXPECT_EQ(editor.document.undoStack()->count(), before + 1);

    // Escape keeps the name; an emptied name removes the key.
    editor.controller.renameSelected();
    field = editor.controller.renameEditor();
    ASSERT_NE(field, nullptr);
    field->setText(u"Other"_s);
    QTest::keyClick(field, Qt::Key_Escape);
    EXPECT_EQ(editor.model()->node(video)->metadata->value(u"name"_s).toString(), u"Main cut"_s);
    editor.controller.renameSelected();
    field = editor.controller.renameEditor();
    field->clear();
    QTest::keyClick(field, Qt::Key_Return);
    EXPECT_FALSE(editor.model()->node(video)->metadata.has_value());
    editor.document.undoStack()->undo();
    editor.document.undoStack()->undo();
    EXPECT_FALSE(editor.model()->node(video)->metadata.has_value());
}

TEST(NodeActions, FindJumpsThroughMatchesByNameKindAndOptionValue)
{
    CanvasEditor editor;
    const auto request = RunRequest::fromText(R"({"tasks": [{"kind": "ingest",
        "options": {"url": "talk.mp4"}, "next": [
        {"kind": "video", "options": {"height": 720}},
        {"kind": "audio", "metadata": {"name": "Podcast"}},
        {"kind": "video", "options": {"height": 1080}}]}]})");
    ASSERT_TRUE(request);
    editor.model()->load(*request);
    const QList<NodeId> ids = editor.model()->nodeIds();
    EXPECT_EQ(editor.controller.findNext(u"video"_s), ids.at(1));
    EXPECT_EQ(editor.scene.selectedNodeIds(), QList<NodeId>{ids.at(1)});
    EXPECT_EQ(editor.controller.findNext(u"video"_s), ids.at(3));
    EXPECT_EQ(editor.controller.findNext(u"video"_s), ids.at(1)) << "wraps around";
    EXPECT_EQ(editor.controller.findNext(u"video"_s, true), ids.at(3)) << "and backwards";
    EXPECT_EQ(editor.controller.findNext(u"podcast"_s), ids.at(2));
    EXPECT_EQ(editor.controller.findNext(u"1080"_s), ids.at(3));
    EXPECT_EQ(editor.controller.findNext(u"talk.mp4"_s), ids.at(0));
    EXPECT_EQ(editor.controller.findNext(u"nothing like it"_s), 0u);
    EXPECT_TRUE(editor.visibleRect().intersects(editor.nodeRect(ids.at(0))));

    editor.controller.showFindBar();
    ASSERT_NE(editor.controller.findBar(), nullptr);
    QTest::keyClicks(editor.controller.findBar(), u"audio"_s);
    QTest::keyClick(editor.controller.findBar(), Qt::Key_Return);
    EXPECT_EQ(editor.scene.selectedNodeIds(), QList<NodeId>{ids.at(2)});
}

TEST(NodeActions, ImportAddsTheFilesTasksBesideTheGraphAsOneUndoStep)
{
    CanvasEditor editor;
    const NodeId existing = editor.controller.addTask(u"ingest"_s, QPointF(0, 0));
    const int steps = editor.document.undoStack()->count();
    ASSERT_TRUE(
        editor.controller.importFile(QStringLiteral(SPOOL_TEST_DATA "/spec/01-request.json")));
    EXPECT_EQ(editor.model()->nodeCount(), 9) << "the file's eight tasks added to the one there";
    EXPECT_TRUE(editor.model()->contains(existing));
    EXPECT_EQ(editor.document.undoStack()->count(), steps + 1);
    EXPECT_TRUE(editor.overlaps().isEmpty()) << editor.overlaps().join(u' ').toStdString();
    for (NodeId id : editor.model()->nodeIds()) {
        if (id != existing) {
            EXPECT_GT(editor.model()->node(id)->position.x(), NodeMetrics::Width);
        }
    }
    editor.document.undoStack()->undo();
    EXPECT_EQ(editor.model()->nodeCount(), 1);
    EXPECT_FALSE(editor.controller.importFile(u"/no/such/file.json"_s));
}

namespace {

QStringList texts(const QList<QAction *> &actions)
{
    QStringList out;
    for (QAction *action : actions)
        out.append(action ? action->text().remove(u'&') : u"-"_s);
    return out;
}

} // namespace

TEST(NodeActions, TheShortcutListIsReadFromTheActionsThemselves)
{
    EditorWindow window;
    const QList<QPair<QString, QString>> shortcuts = ShortcutsDialog::shortcuts(window.window.get());
    const auto keysOf = [&](const QString &text) {
        for (const auto &[name, keys] : shortcuts) {
            if (name.startsWith(text))
                return keys;
        }
        return QString();
    };
    const auto native = [](QKeySequence key) { return key.toString(QKeySequence::NativeText); };
    EXPECT_TRUE(keysOf(u"Redo"_s).contains(native(QKeySequence(Qt::CTRL | Qt::Key_Y))));
    EXPECT_EQ(keysOf(u"Save As"_s), native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    EXPECT_EQ(keysOf(u"Find Task"_s), native(QKeySequence(Qt::CTRL | Qt::Key_F)));
    EXPECT_EQ(keysOf(u"Rename Task"_s), native(QKeySequence(Qt::Key_F2)));
    EXPECT_EQ(keysOf(u"Add Task"_s), native(QKeySequence(Qt::SHIFT | Qt::Key_A)));
    // Every action that has a shortcut is listed, once.
    int withShortcut = 0;
    for (QAction *action : window.window->findChildren<QAction *>()) {
        if (!action->shortcuts().isEmpty())
            ++withShortcut;
    }
    EXPECT_EQ(shortcuts.size(), withShortcut);
}

TEST(NodeActions, ARightClickOnATaskOffersItsOwnActions)
{
    EditorWindow window;
    EXPECT_EQ(texts(window.window->nodeMenuActions()),
              (QStringList{u"Rename Task"_s,
                           u"Add Task…"_s,
                           u"Disconnect from Parent"_s,
                           u"-"_s,
                           u"Cut"_s,
                           u"Copy"_s,
                           u"Duplicate"_s,
                           u"-"_s,
                           u"Delete and Keep Children"_s,
                           u"Delete with Children"_s}));
    const NodeId ingest = window.editor.addTask(u"ingest"_s, QPointF(0, 0));
    const NodeId video = window.editor.addTask(u"video"_s, QPointF(300, 0), ingest);
    window.scene.selectNodes({video});
    window.window->nodeMenuActions().at(2)->trigger();
    EXPECT_EQ(window.document.model()->parentOf(video), 0u);
    window.document.undoStack()->undo();
    EXPECT_EQ(window.document.model()->parentOf(video), ingest);
}

TEST(NodeActions, TheOverviewShowsTheViewEvenOffTheGraph)
{
    CanvasEditor editor;
    editor.controller.addTask(u"video"_s, QPointF(0, 0));
    OverviewView overview(&editor.scene, &editor.view);
    overview.resize(200, 120);
    overview.refresh();
    editor.view.centerOn(QPointF(8000, -5000));
    const QRectF visible = editor.visibleRect();
    EXPECT_TRUE(overview.shownRect().contains(visible));
    EXPECT_TRUE(
        overview.shownRect().contains(editor.nodeRect(editor.model()->roots().constFirst())));
}

TEST(NodeActions, TheShippedExamplesNameTasksWithTheKeyTheEditorReads)
{
    const QDir examples(QStringLiteral(SPOOL_TEST_DATA "/../../resources/examples"));
    const QStringList files = examples.entryList({u"*.json"_s});
    ASSERT_FALSE(files.isEmpty());
    for (const QString &file : files) {
        QFile text(examples.filePath(file));
        ASSERT_TRUE(text.open(QIODevice::ReadOnly));
        const QByteArray json = text.readAll();
        EXPECT_FALSE(json.contains("\"label\"")) << file.toStdString() << ": the editor reads name";
        EXPECT_FALSE(json.contains("\"title\"")) << file.toStdString();
    }
}
