// The first impression: the window as it opens on a small screen, and the empty canvas.

#include <document.h>
#include <documentcontroller.h>
#include <editorcontroller.h>
#include <inspectorcontroller.h>
#include <mainwindow.h>
#include <preferences.h>
#include <recoverystore.h>
#include <validationcontroller.h>

#include <graph/graphscene.h>
#include <graph/graphview.h>
#include <graph/overviewview.h>
#include <inspector/inspectorwidget.h>
#include <issues/issueswidget.h>
#include <json/jsonview.h>
#include <palette/palettewidget.h>

#include <QApplication>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoView>

#include <gtest/gtest.h>

using namespace spool;
using namespace Qt::Literals::StringLiterals;

TEST(FirstStart, TheCanvasKeepsMostOfASmallWindow)
{
    for (const QSize size : {QSize(1024, 640), QSize(1280, 800)}) {
        SCOPED_TRACE(size.width());
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        Preferences preferences(&settings);
        RecoveryStore store(dir.filePath(u"recovery"_s));
        Document document;
        GraphScene scene(document.model());
        auto *canvas = new GraphView;
        canvas->setScene(&scene);
        EditorController editor(&document, &scene, canvas);
        DocumentController documents(&document, &preferences, &store);
        auto *undo = new QUndoView(document.undoStack());
        MainWindow window({canvas,
                           new PaletteWidget,
                           new InspectorWidget,
                           new IssuesWidget,
                           new JsonView,
                           undo,
                           new OverviewView(&scene, canvas)},
                          {&document, &editor, &documents, &preferences});
        window.resize(size);
        window.restoreLayout({}, {}); // a first start: nothing to restore
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        QApplication::processEvents();
        EXPECT_GE(canvas->width(), size.width() * 55 / 100)
            << "canvas " << canvas->width() << " of " << size.width();
        EXPECT_GE(canvas->height(), size.height() * 55 / 100)
            << "canvas " << canvas->height() << " of " << size.height();
        auto *issues = window.findChild<IssuesWidget *>();
        ASSERT_NE(issues, nullptr);
        EXPECT_GE(issues->height(), 4 * issues->fontMetrics().height()) << "rows to read";

        // Every kind of the palette is in view, down to the last one, without scrolling.
        auto *palette = window.findChild<PaletteWidget *>();
        ASSERT_NE(palette, nullptr);
        auto *list = palette->findChild<QTreeView *>();
        ASSERT_NE(list, nullptr);
        const QAbstractItemModel *kinds = palette->model();
        const QModelIndex lastGroup = kinds->index(kinds->rowCount() - 1, 0);
        const QModelIndex lastKind = kinds->index(kinds->rowCount(lastGroup) - 1, 0, lastGroup);
        EXPECT_TRUE(list->viewport()->rect().contains(list->visualRect(lastKind)))
            << "the last kind at " << list->visualRect(lastKind).bottom() << " of "
            << list->viewport()->height();
        EXPECT_GE(palette->width(), 170) << "kind names read whole";
        // Every dock's tab shows its whole title: none is scrolled out of its tab bar.
        QStringList tabs;
        for (QTabBar *bar : window.findChildren<QTabBar *>(Qt::FindDirectChildrenOnly)) {
            if (!bar->isVisible())
                continue;
            for (int tab = 0; tab < bar->count(); ++tab) {
                tabs.append(bar->tabText(tab));
                EXPECT_TRUE(bar->rect().contains(bar->tabRect(tab)))
                    << bar->tabText(tab).toStdString() << " is cut";
            }
        }
        EXPECT_TRUE(tabs.contains(u"Undo History"_s)) << tabs.join(u", "_s).toStdString();
        EXPECT_TRUE(tabs.contains(u"Inspector"_s)) << tabs.join(u", "_s).toStdString();
    }
}

TEST(FirstStart, TheEmptyCanvasHintSitsOnAPanelOverTheGrid)
{
    Document document;
    GraphScene scene(document.model());
    GraphView view;
    view.setScene(&scene);
    view.resize(800, 500);
    view.setPlaceholderText(u"Drag a task from the palette to begin"_s);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const QRect panel = view.placeholderRect();
    ASSERT_FALSE(panel.isEmpty());
    const QImage image = view.viewport()->grab().toImage();
    // A line inside the panel above the text crosses where the grid's dots would be: it is
    // all panel.
    const QColor base = view.palette().color(QPalette::Base);
    const int y = panel.top() + 4;
    int other = 0;
    for (int x = panel.left() + 10; x < panel.right() - 10; ++x) {
        if (image.pixelColor(x, y) != base)
            ++other;
    }
    EXPECT_EQ(other, 0);
    // The grid is drawn outside the panel: the background is not simply blank.
    QSet<QRgb> outside;
    for (int x = 0; x < image.width(); ++x)
        for (int row = 0; row < 30; ++row)
            outside.insert(image.pixel(x, row));
    EXPECT_GT(outside.size(), 1) << "grid dots around the panel";
}

TEST(Saving, JsonTypedButNotAppliedIsNotSavedSilently)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    Preferences preferences(&settings);
    RecoveryStore store(dir.filePath(u"recovery"_s));
    Document document;
    GraphScene scene(document.model());
    GraphView view;
    view.setScene(&scene);
    EditorController editor(&document, &scene, &view);
    ValidationController validation(document.model(), &scene, nullptr, nullptr);
    InspectorWidget inspector;
    InspectorController inspection(&document, &scene, &view, &inspector, &validation);
    DocumentController documents(&document, &preferences, &store);
    ASSERT_FALSE(document.save(dir.filePath(u"typed.spool"_s)));
    inspector.show();
    inspector.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&inspector));
    editor.addTask(u"video"_s, QPointF(0, 0));
    auto *metadata = inspector.findChild<QPlainTextEdit *>(u"metadata.json"_s);
    ASSERT_NE(metadata, nullptr);
    metadata->setFocus();
    QTest::keyClicks(metadata, u"{\"name\": "_s);
    QSignalSpy messages(&documents, &DocumentController::messageRaised);
    ASSERT_TRUE(documents.save());
    QStringList said;
    for (const QList<QVariant> &message : messages)
        said.append(message.at(0).toString());
    EXPECT_TRUE(said.join(u'\n').contains(u"not valid"_s)) << said.join(u'\n').toStdString();
    EXPECT_EQ(metadata->toPlainText(), u"{\"name\": "_s) << "still in its field";
}
