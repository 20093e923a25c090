// File ▸ Open Example: the shipped examples come from the application's resources, open as
// new, untitled workflows through the same path as Open, and are never written to.

#include "editorwindow.h"

#include <examplecatalog.h>

#include <schema/runrequest.h>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

using namespace spool;
using namespace Qt::Literals::StringLiterals;

namespace {

// The File ▸ Open Example menu of a window.
QMenu *examplesMenu(const EditorWindow &window)
{
    for (QMenu *menu : window.window->findChildren<QMenu *>()) {
        if (menu->title().remove(u'&') == u"Open Example"_s)
            return menu;
    }
    return nullptr;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The shipped examples as the source tree has them.
QStringList sourceExamples()
{
    return QDir(QStringLiteral(SPOOL_EXAMPLES)).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
}

// What the menu should call an example: its request's metadata name, else its file name.
QString expectedTitle(const QString &fileName)
{
    const QJsonObject metadata = QJsonDocument::fromJson(
                                     readAll(
                                         QDir(QStringLiteral(SPOOL_EXAMPLES)).filePath(fileName)))
                                     .object()
                                     .value(u"metadata"_s)
                                     .toObject();
    const QString name = metadata.value(u"name"_s).toString();
    return name.isEmpty() ? ExampleCatalog::readableName(fileName) : name;
}

} // namespace

TEST(Examples, TitlesComeFromTheMetadataNameOrAReadableFileName)
{
    EXPECT_EQ(ExampleCatalog::readableName(u"publish-a-talk.json"_s), u"Publish a talk"_s);
    EXPECT_EQ(ExampleCatalog::readableName(u"offline_probe.json"_s), u"Offline probe"_s);

    QTemporaryDir dir;
    QFile named(dir.filePath(u"b-named.json"_s));
    ASSERT_TRUE(named.open(QIODevice::WriteOnly));
    named.write(R"({"tasks": [{"kind": "ingest", "options": {"url": "a.mp4"}}],
        "metadata": {"name": "Cut for the web", "description": "Makes a 720p copy."}})");
    named.close();
    QFile plain(dir.filePath(u"a-plain-one.json"_s));
    ASSERT_TRUE(plain.open(QIODevice::WriteOnly));
    plain.write(R"({"tasks": [{"kind": "ingest", "options": {"url": "a.mp4"}}]})");
    plain.close();
    QFile other(dir.filePath(u"notes.txt"_s));
    ASSERT_TRUE(other.open(QIODevice::WriteOnly));
    other.close();

    const QList<ExampleCatalog::Example> examples = ExampleCatalog::list(dir.path());
    ASSERT_EQ(examples.size(), 2) << "runs JSON files only";
    EXPECT_EQ(examples.at(0).title, u"A plain one"_s);
    EXPECT_TRUE(examples.at(0).description.isEmpty());
    EXPECT_EQ(examples.at(1).title, u"Cut for the web"_s);
    EXPECT_EQ(examples.at(1).description, u"Makes a 720p copy."_s);
}

TEST(Examples, TheMenuListsEveryShippedExampleFromTheResources)
{
    const QStringList shipped = sourceExamples();
    ASSERT_GE(shipped.size(), 3);
    EditorWindow window;
    QMenu *menu = examplesMenu(window);
    ASSERT_NE(menu, nullptr);
    EXPECT_TRUE(menu->isEnabled());
    QStringList titles;
    for (QAction *action : menu->actions())
        titles.append(action->text());
    QStringList expected;
    for (const QString &fileName : shipped) {
        expected.append(expectedTitle(fileName));
        // Compiled in, byte for byte: an installed Spool needs no source tree.
        const QString resource = ExampleCatalog::shippedFolder() + u'/' + fileName;
        EXPECT_EQ(readAll(resource), readAll(QDir(QStringLiteral(SPOOL_EXAMPLES)).filePath(fileName)))
            << resource.toStdString();
    }
    EXPECT_EQ(titles, expected);
}

TEST(Examples, AnExampleOpensAsAnUntitledUnmodifiedCopyWithItsTasks)
{
    for (const QString &fileName : sourceExamples()) {
        EditorWindow window;
        QAction *action = nullptr;
        for (QAction *candidate : examplesMenu(window)->actions()) {
            if (candidate->text() == expectedTitle(fileName))
                action = candidate;
        }
        ASSERT_NE(action, nullptr) << fileName.toStdString();
        action->trigger();
        const Result<RunRequest> source = RunRequest::fromText(
            readAll(QDir(QStringLiteral(SPOOL_EXAMPLES)).filePath(fileName)));
        ASSERT_TRUE(source) << fileName.toStdString();
        EXPECT_EQ(window.document.model()->toRequest(), *source) << fileName.toStdString();
        EXPECT_GT(window.document.model()->nodeCount(), 0);
        EXPECT_TRUE(window.document.filePath().isEmpty()) << "untitled: Save asks for a path";
        EXPECT_FALSE(window.document.isModified()) << "nothing is lost until it is edited";
        EXPECT_EQ(window.document.displayName(), fileName);
        EXPECT_TRUE(window.preferences.recentFiles().isEmpty()) << "examples are not recent files";
    }
}

TEST(Examples, OpeningAnExampleAsksAboutUnsavedWorkFirst)
{
    EditorWindow window;
    window.editor.addTask(u"video"_s, QPointF(0, 0));
    ASSERT_TRUE(window.document.isModified());
    const RunRequest before = window.document.model()->toRequest();
    QString asked;
    QTimer::singleShot(0, &window.documents, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        asked = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    examplesMenu(window)->actions().value(0)->trigger();
    EXPECT_TRUE(asked.contains(u"not saved"_s)) << asked.toStdString();
    EXPECT_EQ(window.document.model()->toRequest(), before) << "Cancel keeps the work";
    EXPECT_TRUE(window.document.isModified());
}

TEST(Examples, SavingAnExampleAsksForAPathAndWritesThere)
{
    EditorWindow window;
    QAction *first = examplesMenu(window)->actions().value(0);
    ASSERT_NE(first, nullptr);
    const ExampleCatalog::Example example = ExampleCatalog::list().value(0);
    const QByteArray shipped = readAll(example.path);
    first->trigger();
    window.editor.addTask(u"audio"_s, QPointF(600, 600));
    ASSERT_TRUE(window.document.isModified());

    const QString chosen = window.dir.filePath(u"mine"_s);
    QString suggested;
    QTimer::singleShot(0, &window.documents, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr) << "Save asks for a path";
        suggested = dialog->selectedFiles().value(0);
        dialog->selectFile(chosen);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
    });
    ASSERT_TRUE(window.documents.save());
    EXPECT_FALSE(suggested.startsWith(u':')) << suggested.toStdString();
    EXPECT_TRUE(suggested.endsWith(QFileInfo(example.path).completeBaseName() + u".spool"_s))
        << suggested.toStdString();
    EXPECT_EQ(window.document.filePath(), chosen + u".spool"_s);
    EXPECT_FALSE(window.document.isModified());
    Document reopened;
    ASSERT_FALSE(reopened.open(chosen + u".spool"_s).has_value());
    EXPECT_EQ(reopened.model()->toRequest(), window.document.model()->toRequest());
    EXPECT_EQ(readAll(example.path), shipped) << "the example is unchanged";
}

// Each shipped example says what it does and shows, where the examples are listed.
TEST(Examples, EveryShippedExampleHasADescriptionShownInTheMenu)
{
    EditorWindow window;
    QMenu *menu = examplesMenu(window);
    ASSERT_NE(menu, nullptr);
    const QList<ExampleCatalog::Example> examples = ExampleCatalog::list();
    ASSERT_EQ(menu->actions().size(), examples.size());
    for (qsizetype i = 0; i < examples.size(); ++i) {
        SCOPED_TRACE(examples.at(i).path.toStdString());
        EXPECT_GE(examples.at(i).description.size(), 40);
        EXPECT_EQ(menu->actions().at(i)->statusTip(), examples.at(i).description);
        EXPECT_EQ(menu->actions().at(i)->toolTip(), examples.at(i).description);
    }
    EXPECT_TRUE(menu->toolTipsVisible());
}
