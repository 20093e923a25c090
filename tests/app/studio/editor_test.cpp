// The editor driven as a person drives it: drops on the canvas, mouse drags between ports,
// the clipboard, quick-add, and recovery after a crash.

#include "canvaseditor.h"
#include "editorwindow.h"

#include <addnodescommand.h>
#include <document.h>
#include <documentcontroller.h>
#include <editorcontroller.h>
#include <inspectorcontroller.h>
#include <mainwindow.h>
#include <preferences.h>
#include <recoverystore.h>
#include <setoptioncommand.h>
#include <setoptionscommand.h>
#include <setrequestfieldscommand.h>
#include <validationcontroller.h>

#include <graph/edgeitem.h>
#include <graph/graphscene.h>
#include <graph/graphview.h>
#include <graph/nodeitem.h>
#include <graph/nodemetrics.h>
#include <inspector/inspectorwidget.h>
#include <issues/issueswidget.h>
#include <palette/palettewidget.h>
#include <palette/quickaddpopup.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace spool;
using namespace Qt::Literals::StringLiterals;

namespace {

// The canvas with an inspector following the selection.
struct InspectedEditor : CanvasEditor
{
    InspectorWidget inspector;
    InspectorController inspection{&document, &scene, &view, &inspector, &validation};
};

} // namespace

TEST(Editor, DroppingAKindFromThePaletteCreatesItsNodeWhereItWasDropped)
{
    CanvasEditor editor;
    EXPECT_FALSE(editor.view.placeholderText().isEmpty()) << "an empty canvas says how to begin";
    std::unique_ptr<QMimeData> mime(PaletteWidget::mimeDataForKind(u"video"_s));
    editor.drop(mime.get(), QPointF(300, 200));
    EXPECT_TRUE(editor.view.placeholderText().isEmpty());
    ASSERT_EQ(editor.document.model()->nodeCount(), 1);
    const NodeId id = editor.document.model()->roots().constFirst();
    EXPECT_EQ(editor.document.model()->node(id)->kind, u"video"_s);
    const QPointF centre = editor.document.model()->node(id)->position
                           + QPointF(NodeMetrics::Width / 2, NodeMetrics::Height / 2);
    EXPECT_LT(QLineF(centre, QPointF(300, 200)).length(), NodeMetrics::GridStep * 1.5);
    EXPECT_EQ(editor.scene.selectedNodeIds(), QList<NodeId>{id});
    EXPECT_EQ(editor.document.undoStack()->count(), 1);
    editor.document.undoStack()->undo();
    EXPECT_EQ(editor.document.model()->nodeCount(), 0);
    EXPECT_EQ(editor.scene.nodeItem(id), nullptr) << "the item follows the model";
}

TEST(Editor, DroppingFilesCreatesAnIngestPerFile)
{
    CanvasEditor editor;
    auto *mime = new QMimeData;
    mime->setUrls(
        {QUrl::fromLocalFile(u"/media/a talk.mp4"_s), QUrl(u"https://example.com/b.mov"_s)});
    editor.drop(mime, QPointF(100, 100));
    delete mime;
    const RunRequest request = editor.document.model()->toRequest();
    ASSERT_EQ(request.tasks.size(), 2u);
    EXPECT_EQ(request.tasks[0].kind, u"ingest"_s);
    EXPECT_EQ(request.tasks[0].options->value(u"url"_s).toString(), u"/media/a talk.mp4"_s);
    EXPECT_EQ(request.tasks[1].options->value(u"url"_s).toString(), u"https://example.com/b.mov"_s);
    EXPECT_EQ(editor.document.undoStack()->count(), 1) << "one drop, one command";

    // A workflow file dropped is to be opened, not ingested.
    QSignalSpy opened(&editor.controller, &EditorController::workflowDropped);
    auto *workflow = new QMimeData;
    workflow->setUrls({QUrl::fromLocalFile(u"/work/flows/talk.spool"_s)});
    editor.drop(workflow, QPointF(100, 300));
    delete workflow;
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.at(0).at(0).toString(), u"/work/flows/talk.spool"_s);
    EXPECT_EQ(editor.document.model()->nodeCount(), 2);
}

TEST(Editor, DraggingFromAnOutputPortToAnInputConnectsAndIllegalEdgesAreRefused)
{
    CanvasEditor editor;
    const NodeId ingest = editor.controller.addTask(u"ingest"_s, QPointF(0, 0));
    const NodeId speech = editor.controller.addTask(u"speech"_s, QPointF(320, 0));
    const NodeId video = editor.controller.addTask(u"video"_s, QPointF(320, 200));
    const NodeId summary = editor.controller.addTask(u"summary"_s, QPointF(640, 0));
    QSignalSpy messages(&editor.controller, &EditorController::messageRaised);

    editor.drag(editor.outputPort(ingest), editor.inputPort(speech));
    EXPECT_EQ(editor.document.model()->parentOf(speech), ingest);
    ASSERT_NE(editor.scene.edgeItem(speech), nullptr);

    editor.drag(editor.outputPort(speech), editor.inputPort(video));
    EXPECT_EQ(editor.document.model()->parentOf(video), 0u) << "a transcript cannot feed video";
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.at(0).at(0).toString().contains(u"video"_s));

    editor.drag(editor.outputPort(video), editor.inputPort(ingest));
    EXPECT_EQ(editor.document.model()->parentOf(ingest), 0u) << "nothing leads into ingest";
    editor.drag(editor.outputPort(video), editor.inputPort(speech));
    EXPECT_EQ(editor.document.model()->parentOf(speech), ingest) << "no second parent";
    editor.drag(editor.outputPort(speech), editor.inputPort(ingest));
    EXPECT_EQ(messages.size(), 4);

    editor.drag(editor.outputPort(speech), editor.inputPort(summary));
    EXPECT_EQ(editor.document.model()->parentOf(summary), speech);
    EXPECT_EQ(editor.document.undoStack()->count(), 6) << "four adds and two connections";
}

TEST(Editor, DraggingANodeMovesItAsOneUndoableStepOnTheGrid)
{
    CanvasEditor editor;
    const NodeId video = editor.controller.addTask(u"video"_s, QPointF(0, 0));
    const int before = editor.document.undoStack()->count();
    editor.drag(QPointF(100, 30), QPointF(231, 97));
    const QPointF moved = editor.document.model()->node(video)->position;
    EXPECT_EQ(moved, QPointF(140, 60)) << "snapped to the 20-unit grid";
    EXPECT_EQ(editor.document.undoStack()->count(), before + 1);
    editor.document.undoStack()->undo();
    EXPECT_EQ(editor.document.model()->node(video)->position, QPointF(0, 0));
    EXPECT_EQ(editor.scene.nodeItem(video)->pos(), QPointF(0, 0));
}

TEST(Editor, ReleasingAnEdgeOnEmptyCanvasOffersOnlyKindsThatMayFollow)
{
    CanvasEditor editor;
    const NodeId speech = editor.controller.addTask(u"speech"_s, QPointF(0, 0));
    editor.drag(editor.outputPort(speech), QPointF(500, 300));
    QuickAddPopup *popup = editor.controller.quickAdd();
    ASSERT_TRUE(popup->isVisible());
    const QStringList offered = popup->offeredKinds();
    EXPECT_TRUE(offered.contains(u"summary"_s));
    EXPECT_TRUE(offered.contains(u"subtitles"_s));
    EXPECT_FALSE(offered.contains(u"video"_s));
    EXPECT_FALSE(offered.contains(u"ingest"_s));
    auto *search = popup->findChild<QLineEdit *>();
    ASSERT_NE(search, nullptr);
    QTest::keyClicks(search, u"summ"_s);
    QTest::keyClick(search, Qt::Key_Return);
    ASSERT_EQ(editor.document.model()->children(speech).size(), 1);
    const NodeId summary = editor.document.model()->children(speech).constFirst();
    EXPECT_EQ(editor.document.model()->node(summary)->kind, u"summary"_s);
    editor.document.undoStack()->undo();
    EXPECT_EQ(editor.document.model()->nodeCount(), 1) << "adding and connecting is one step";
}

TEST(Editor, CopyPasteRoundTripsThroughRunsJsonText)
{
    CanvasEditor editor;
    const auto request = RunRequest::fromText(R"({"tasks": [{"kind": "ingest",
        "options": {"url": "a.mp4"}, "next": [
        {"kind": "video", "options": {"width": 640}, "next": [{"kind": "image"}]},
        {"kind": "audio"}]}]})");
    ASSERT_TRUE(request);
    editor.document.model()->load(*request);
    editor.document.layOutAll();
    GraphModel *model = editor.document.model();
    const NodeId video = model->children(model->roots().constFirst()).constFirst();
    const NodeId image = model->children(video).constFirst();
    editor.scene.selectNodes({video, image});

    std::unique_ptr<QMimeData> copied(editor.controller.selectionMimeData());
    const auto text = RunRequest::fromText(copied->text().toUtf8());
    ASSERT_TRUE(text) << "the clipboard text is a run request";
    ASSERT_EQ(text->tasks.size(), 1u);
    EXPECT_EQ(text->tasks[0], request->tasks[0].next[0]) << "video with its image, nothing else";

    const QList<NodeId> pasted = editor.controller.pasteMimeData(copied.get());
    ASSERT_EQ(pasted.size(), 2);
    EXPECT_EQ(model->parentOf(pasted[1]), pasted[0]) << "the edge inside the selection is kept";
    EXPECT_EQ(model->roots().size(), 2);
    EXPECT_NE(model->node(pasted[0])->position, model->node(video)->position);
    EXPECT_EQ(editor.scene.selectedNodeIds(), pasted);

    // Text written elsewhere: one task, or a list of tasks.
    QMimeData typed;
    typed.setText(u"{\"kind\": \"thumbnails\", \"options\": {\"count\": 4}}"_s);
    EXPECT_EQ(editor.controller.pasteMimeData(&typed).size(), 1);
    QSignalSpy messages(&editor.controller, &EditorController::messageRaised);
    QMimeData junk;
    junk.setText(u"not json"_s);
    EXPECT_TRUE(editor.controller.pasteMimeData(&junk).isEmpty());
    EXPECT_EQ(messages.size(), 1);

    // Undo takes the pastes away again and the request is the original.
    editor.document.undoStack()->undo();
    editor.document.undoStack()->undo();
    EXPECT_EQ(model->toRequest(), *request);
}

TEST(Editor, DeleteRemovesSelectedNodesAndEdgesTogether)
{
    CanvasEditor editor;
    const auto request = RunRequest::fromText(R"({"tasks": [{"kind": "ingest", "next": [
        {"kind": "video"}, {"kind": "audio"}, {"kind": "speech"}]}]})");
    ASSERT_TRUE(request);
    editor.document.model()->load(*request);
    GraphModel *model = editor.document.model();
    const QList<NodeId> children = model->children(model->roots().constFirst());
    editor.scene.nodeItem(children[0])->setSelected(true);
    editor.scene.edgeItem(children[2])->setSelected(true);
    editor.controller.deleteSelection();
    EXPECT_EQ(model->nodeCount(), 3);
    EXPECT_EQ(model->parentOf(children[2]), 0u);
    EXPECT_EQ(editor.document.undoStack()->count(), 1) << "one step for the whole selection";
    editor.document.undoStack()->undo();
    EXPECT_EQ(model->toRequest(), *request);
}

TEST(Editor, ProblemsAreMarkedOnTheirNodesAndListed)
{
    CanvasEditor editor;
    const auto request = RunRequest::fromText(R"({"tasks": [{"kind": "ingest",
        "options": {"url": "a.mp4"}, "next": [
        {"kind": "video", "options": {"width": 0, "fromat": "mp4"}}, {"kind": "audio"}]}]})");
    ASSERT_TRUE(request);
    editor.document.model()->load(*request);
    editor.validation.validateNow();
    GraphModel *model = editor.document.model();
    const NodeId video = model->children(model->roots().constFirst()).at(0);
    const NodeId audio = model->children(model->roots().constFirst()).at(1);
    EXPECT_TRUE(editor.scene.nodeItem(video)->hasProblems());
    EXPECT_FALSE(editor.scene.nodeItem(audio)->hasProblems());
    EXPECT_TRUE(editor.scene.nodeItem(video)->toolTip().contains(u"format"_s));
    const QList<Issue> &issues = editor.issues.issues();
    ASSERT_EQ(issues.size(), 2);
    EXPECT_EQ(issues[0].node, video);
    EXPECT_EQ(issues[1].node, video);
    QStringList options{issues[0].option, issues[1].option};
    options.sort();
    EXPECT_EQ(options, (QStringList{u"fromat"_s, u"width"_s}));
    const QList<Error> problems = editor.validation.problemsOf(video);
    ASSERT_EQ(problems.size(), 2);
    EXPECT_TRUE(problems[0].path == u"/options/width"_s || problems[1].path == u"/options/width"_s);
}

TEST(Editor, ProblemsSpeakTheLanguageOfTheInstalledTranslation)
{
    QTranslator german;
    ASSERT_TRUE(german.load(u":/test-i18n/spool_de.qm"_s));
    ASSERT_TRUE(QCoreApplication::installTranslator(&german));
    auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&german); });
    CanvasEditor editor;
    const auto request = RunRequest::fromText(R"({"tasks": [{"kind": "ingest",
        "options": {"url": "a.mp4"}, "next": [
        {"kind": "video", "options": {"width": 0, "fromat": "mp4"}},
        {"kind": "conditions", "options": {"width": {"gt": "wide"}}}]}]})");
    ASSERT_TRUE(request);
    editor.document.model()->load(*request);
    const auto messagesOf = [&](NodeId id) {
        QStringList messages;
        for (const Issue &issue : editor.issues.issues()) {
            if (issue.node == id)
                messages.append(issue.message);
        }
        messages.sort();
        return messages;
    };
    GraphModel *model = editor.document.model();
    const NodeId video = model->children(model->roots().constFirst()).at(0);
    const NodeId conditions = model->children(model->roots().constFirst()).at(1);

    editor.validation.validateNow();
    QStringList messages = messagesOf(video);
    ASSERT_EQ(messages.size(), 2);
    // Shown on their own, the validator's messages are sentences: a capital letter first,
    // unless the first word is a name from the runs JSON (width).
    EXPECT_EQ(messages[0], u"Muss eine positive ganze Zahl oder ein Prozentwert sein"_s);
    // The "did you mean" suffix is translated inside the sentence it completes.
    EXPECT_TRUE(messages[1].startsWith(
        u"Unbekannte Option \"fromat\" für video (meinten Sie \"format\"?); die Optionen von "
        "video sind "_s))
        << messages[1].toStdString();
    EXPECT_TRUE(editor.scene.nodeItem(video)->toolTip().contains(u"Prozentwert"_s));
    EXPECT_EQ(messagesOf(conditions),
              QStringList{u"width ist eine Zahl, daher braucht \"gt\" eine Zahl, nicht eine "
                          "Zeichenkette"_s});

    uninstall.dismiss();
    QCoreApplication::removeTranslator(&german);
    editor.validation.validateNow();
    messages = messagesOf(video);
    ASSERT_EQ(messages.size(), 2);
    EXPECT_EQ(messages[0], u"Must be a positive integer or a percentage"_s);
    EXPECT_EQ(messagesOf(conditions),
              QStringList{u"width is a number, so \"gt\" needs a number, not a string"_s});
}

TEST(Recovery, AutosavedWorkOfACrashedSpoolIsOfferedBack)
{
    QTemporaryDir dir;
    RecoveryStore store(dir.filePath(u"recovery"_s));
    Document document;
    ASSERT_FALSE(document.open(QStringLiteral(SPOOL_TEST_DATA "/spec/01-request.json")));
    document.markUnsaved();
    ASSERT_FALSE(store.write(document).has_value());
    EXPECT_TRUE(QFile::exists(store.ownFile()));
    EXPECT_TRUE(store.orphans().isEmpty()) << "this process is alive: its copy is no orphan";

    // A process that has ended stands for the crashed Spool.
    QProcess gone;
    gone.start(u"true"_s, {});
    ASSERT_TRUE(gone.waitForFinished());
    const QString orphanPath = QDir(dir.filePath(u"recovery"_s))
                                   .filePath(u"recovery-%1.spool"_s.arg(gone.processId()));
    ASSERT_TRUE(QFile::rename(store.ownFile(), orphanPath));
    const QList<RecoveryStore::Entry> orphans = store.orphans();
    ASSERT_EQ(orphans.size(), 1);
    EXPECT_TRUE(orphans[0].savedAt.isValid());

    Document recovered;
    ASSERT_FALSE(store.recover(orphans[0], &recovered).has_value());
    EXPECT_EQ(recovered.model()->toRequest(), document.model()->toRequest());
    EXPECT_TRUE(recovered.isModified()) << "recovered work is not saved yet";
    EXPECT_TRUE(QFile::exists(orphanPath)) << "kept until the caller has the work safe again";
    store.discard(orphans[0]);
    EXPECT_FALSE(QFile::exists(orphanPath));
}

TEST(HeadlessOptions, ExportWritesExactlyTheRequestTheEditorDerives)
{
    QTemporaryDir dir;
    const QString example = QStringLiteral(SPOOL_TEST_DATA "/spec/02-conditions.json");
    Document document;
    ASSERT_FALSE(document.open(example));
    const QString spoolFile = dir.filePath(u"saved.spool"_s);
    ASSERT_FALSE(document.save(spoolFile));
    for (const QString &input : {example, spoolFile}) {
        const QString out = dir.filePath(u"out.json"_s);
        QFile::remove(out);
        QProcess spool;
        spool.start(QStringLiteral(SPOOL_GUI), {u"--export"_s, out, input});
        ASSERT_TRUE(spool.waitForFinished(30000));
        EXPECT_EQ(spool.exitCode(), 0) << spool.readAllStandardError().constData();
        QFile file(out);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_EQ(file.readAll(), document.model()->toRequest().toCanonicalText());
    }
    QProcess screenshot;
    screenshot.start(QStringLiteral(SPOOL_GUI),
                     {u"--screenshot"_s, dir.filePath(u"x.png"_s), dir.filePath(u"missing.json"_s)});
    ASSERT_TRUE(screenshot.waitForFinished(30000));
    EXPECT_EQ(screenshot.exitCode(), 1) << "a screenshot of a file that does not open fails";
    EXPECT_FALSE(QFile::exists(dir.filePath(u"x.png"_s)));

    QProcess broken;
    broken.start(QStringLiteral(SPOOL_GUI),
                 {u"--export"_s, dir.filePath(u"x.json"_s), dir.filePath(u"missing.json"_s)});
    ASSERT_TRUE(broken.waitForFinished(30000));
    EXPECT_EQ(broken.exitCode(), 1);
    EXPECT_TRUE(broken.readAllStandardError().contains("missing.json"));
    EXPECT_FALSE(QFile::exists(dir.filePath(u"x.json"_s)));
}

TEST(Inspector, FollowsTheSelectionAndItsEditsAreUndoable)
{
    InspectedEditor editor;
    InspectorWidget &inspector = editor.inspector;
    InspectorController &controller = editor.inspection;
    inspector.show();
    const NodeId video = editor.controller.addTask(u"video"_s, QPointF(0, 0));
    ASSERT_EQ(controller.shownNode(), video) << "a new node is selected and shown";
    auto *width = inspector.findChild<QLineEdit *>(u"option.width"_s);
    ASSERT_NE(width, nullptr);
    const auto type = [width](const QString &text) {
        width->setText(text);
        Q_EMIT width->editingFinished();
    };

    const int before = editor.document.undoStack()->count();
    type(u"1280"_s);
    EXPECT_EQ(editor.document.model()->node(video)->options->value(u"width"_s).toInt(), 1280);
    type(u"1920"_s);
    EXPECT_EQ(editor.document.undoStack()->count(), before + 1) << "one field, one step";
    editor.document.undoStack()->undo();
    EXPECT_FALSE(editor.document.model()->node(video)->options.has_value());
    EXPECT_EQ(inspector.findChild<QLineEdit *>(u"option.width"_s), width)
        << "the form follows undo in place";
    EXPECT_NE(width->text(), u"1920"_s);

    // Several selected: the form gives way to a count; none: a hint.
    const NodeId audio = editor.controller.addTask(u"audio"_s, QPointF(0, 200));
    editor.scene.selectNodes({video, audio});
    EXPECT_EQ(controller.shownNode(), 0u);
    editor.scene.selectNodes({});
    EXPECT_EQ(controller.shownNode(), 0u);
}

TEST(Inspector, ActivatingAnIssueSelectsItsTaskAndFocusesTheField)
{
    InspectedEditor editor;
    InspectorWidget &inspector = editor.inspector;
    InspectorController &controller = editor.inspection;
    inspector.show();
    inspector.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&inspector));
    const auto request = RunRequest::fromText(R"({"tasks": [{"kind": "ingest",
        "options": {"url": "a.mp4"}, "next": [{"kind": "audio"}, {"kind": "video",
        "options": {"width": 99999}}]}]})");
    ASSERT_TRUE(request);
    editor.document.model()->load(*request);
    editor.validation.validateNow();
    // As the composition root joins them.
    QObject::connect(&editor.issues,
                     &IssuesWidget::issueActivated,
                     &controller,
                     &InspectorController::showIssue);
    QSignalSpy wanted(&controller, &InspectorController::inspectorWanted);
    ASSERT_EQ(editor.issues.issues().size(), 1);
    editor.issues.activate(0);
    const NodeId video = editor.document.model()->nodeAtPointer(u"/tasks/0/next/1");
    EXPECT_EQ(editor.scene.selectedNodeIds(), QList<NodeId>{video});
    EXPECT_EQ(controller.shownNode(), video);
    EXPECT_EQ(wanted.size(), 1);
    QWidget *field = inspector.findChild<QWidget *>(u"option.width"_s);
    ASSERT_NE(field, nullptr);
    EXPECT_EQ(QApplication::focusWidget(), field);
}

TEST(Inspector, EditsTaskMetadataAndTheRequestsOwnFields)
{
    InspectedEditor editor;
    InspectorWidget &inspector = editor.inspector;
    inspector.show();
    const NodeId ingest = editor.controller.addTask(u"ingest"_s, QPointF(0, 0));
    auto *text = inspector.findChild<QPlainTextEdit *>(u"metadata.json"_s);
    ASSERT_NE(text, nullptr);
    text->setPlainText(u"{\"source\": \"camera-a\"}"_s);
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(editor.document.model()->node(ingest)->metadata.has_value());
    EXPECT_EQ(editor.document.model()->node(ingest)->metadata->value(u"source"_s).toString(),
              u"camera-a"_s);

    editor.scene.selectNodes({});
    auto *key = inspector.findChild<QLineEdit *>(u"request.idempotencyKey"_s);
    ASSERT_NE(key, nullptr);
    ASSERT_TRUE(key->isVisible()) << "with nothing selected the request's fields show";
    key->setText(u"upload-42"_s);
    Q_EMIT key->editingFinished();
    EXPECT_EQ(editor.document.model()->requestFields().idempotencyKey, u"upload-42"_s);
    editor.document.undoStack()->undo();
    EXPECT_FALSE(editor.document.model()->requestFields().idempotencyKey.has_value());
    EXPECT_TRUE(key->text().isEmpty()) << "the field follows undo";
    editor.document.undoStack()->undo();
    EXPECT_FALSE(editor.document.model()->node(ingest)->metadata.has_value());
}

TEST(Editor, TheSpecsFirstExampleCanBeBuiltByHandAndExportsExactly)
{
    CanvasEditor editor;
    GraphModel *model = editor.document.model();
    QUndoStack *stack = editor.document.undoStack();
    const auto set = [&](NodeId id, const QString &name, const QJsonValue &value) {
        stack->push(new SetOptionCommand(model, id, name, value));
    };
    // The same commands the gestures make (the gestures themselves are tested above): add
    // tasks after their parents as quick-add does, set options as the inspector does, and
    // the request's own fields as its request page does.
    const NodeId ingest = editor.controller.addTask(u"ingest"_s, QPointF(0, 0));
    set(ingest, u"url"_s, u"https://example.com/video.mp4"_s);
    const NodeId video = editor.controller.addTask(u"video"_s, QPointF(300, 0), ingest);
    set(video, u"width"_s, 1280);
    set(video, u"height"_s, 720);
    set(video, u"format"_s, u"mp4"_s);
    const NodeId image = editor.controller.addTask(u"image"_s, QPointF(600, 0), video);
    set(image, u"width"_s, 640);
    set(image, u"format"_s, u"jpeg"_s);
    const NodeId speech = editor.controller.addTask(u"speech"_s, QPointF(300, 100), ingest);
    editor.controller.addTask(u"subtitles"_s, QPointF(600, 100), speech);
    editor.controller.addTask(u"summary"_s, QPointF(600, 200), speech);
    const NodeId conditions = editor.controller.addTask(u"conditions"_s, QPointF(300, 300), ingest);
    stack->push(new SetOptionsCommand(model,
                                      conditions,
                                      QJsonObject{{u"kind"_s, QJsonObject{{u"eq"_s, u"video"_s}}}}));
    editor.controller.addTask(u"chapters"_s, QPointF(600, 300), conditions);
    stack->push(new SetRequestFieldsCommand(model,
                                            {QJsonObject{{u"project"_s, u"demo"_s}},
                                             u"optional-client-chosen-string"_s,
                                             {}}));

    QFile example(QStringLiteral(SPOOL_TEST_DATA "/spec/01-request.json"));
    ASSERT_TRUE(example.open(QIODevice::ReadOnly));
    const auto expected = RunRequest::fromText(example.readAll());
    ASSERT_TRUE(expected);
    EXPECT_EQ(model->toRequest().toCanonicalText(), expected->toCanonicalText());
    editor.validation.validateNow();
    EXPECT_TRUE(editor.validation.issues().isEmpty());

    // Every step undoes back to an empty canvas and redoes to the example.
    while (stack->canUndo())
        stack->undo();
    EXPECT_EQ(model->nodeCount(), 0);
    while (stack->canRedo())
        stack->redo();
    EXPECT_EQ(model->toRequest(), *expected);
}

TEST(Editor, ArrowKeysNudgeTheSelectionByAGridStep)
{
    CanvasEditor editor;
    const NodeId video = editor.controller.addTask(u"video"_s, QPointF(0, 0));
    editor.view.setFocus();
    QTest::keyClick(editor.view.viewport(), Qt::Key_Right);
    QTest::keyClick(editor.view.viewport(), Qt::Key_Down, Qt::ShiftModifier);
    EXPECT_EQ(editor.document.model()->node(video)->position, QPointF(20, 100));
    editor.document.undoStack()->undo();
    EXPECT_EQ(editor.document.model()->node(video)->position, QPointF(20, 0));
}

TEST(Recovery, AutosaveKeepsUnsavedWorkAndSavingRemovesTheCopy)
{
    TestProfile profile;
    QTemporaryDir &dir = profile.dir;
    Preferences &preferences = profile.preferences;
    RecoveryStore &store = profile.store;
    Document document;
    DocumentController documents(&document, &preferences, &store);
    QSignalSpy recent(&documents, &DocumentController::recentFilesChanged);

    const QString path = dir.filePath(u"work.spool"_s);
    ASSERT_FALSE(document.open(QStringLiteral(SPOOL_TEST_DATA "/spec/01-request.json")));
    ASSERT_FALSE(document.save(path));
    ASSERT_TRUE(documents.openFile(path));
    EXPECT_EQ(preferences.recentFiles().value(0), QFileInfo(path).absoluteFilePath());
    EXPECT_EQ(recent.size(), 1);

    documents.autosave();
    EXPECT_FALSE(QFile::exists(store.ownFile())) << "nothing unsaved, nothing kept";
    TaskDef audio;
    audio.kind = u"audio"_s;
    document.undoStack()->push(new AddNodesCommand(document.model(), {audio}, {}));
    documents.autosave();
    ASSERT_TRUE(QFile::exists(store.ownFile()));
    Document copy;
    QFile file(store.ownFile());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    ASSERT_FALSE(copy.loadSpoolText(file.readAll(), path));
    EXPECT_EQ(copy.model()->toRequest(), document.model()->toRequest());

    ASSERT_TRUE(documents.save());
    EXPECT_FALSE(QFile::exists(store.ownFile())) << "saved work needs no copy";

    // A file that cannot be opened leaves the recent list.
    EXPECT_FALSE(documents.openFile(dir.filePath(u"gone.spool"_s)));
    preferences.addRecentFile(dir.filePath(u"gone.spool"_s));
    EXPECT_FALSE(documents.openFile(dir.filePath(u"gone.spool"_s)));
    EXPECT_FALSE(preferences.recentFiles().contains(dir.filePath(u"gone.spool"_s)));
}

TEST(Editor, ARubberBandOnEmptyCanvasSelectsTheNodesItTouches)
{
    CanvasEditor editor;
    const NodeId a = editor.controller.addTask(u"video"_s, QPointF(0, 0));
    const NodeId b = editor.controller.addTask(u"audio"_s, QPointF(0, 120));
    editor.controller.addTask(u"image"_s, QPointF(600, 400));
    editor.scene.selectNodes({});
    editor.drag(QPointF(-60, -40), QPointF(120, 160));
    QList<NodeId> selected = editor.scene.selectedNodeIds();
    EXPECT_EQ(selected, (QList<NodeId>{a, b}));
    EXPECT_EQ(editor.document.model()->node(a)->position, QPointF(0, 0)) << "nothing moved";
}

TEST(Editor, AWholeBranchCanBeAddedFromTheKeyboard)
{
    CanvasEditor editor;
    editor.view.setFocus();
    editor.controller.quickAddAtSelection();
    auto *search = editor.controller.quickAdd()->findChild<QLineEdit *>();
    ASSERT_NE(search, nullptr);
    QTest::keyClicks(search, u"ingest"_s);
    QTest::keyClick(search, Qt::Key_Return);
    GraphModel *model = editor.document.model();
    ASSERT_EQ(model->nodeCount(), 1);
    const NodeId ingest = model->roots().constFirst();
    EXPECT_EQ(editor.scene.selectedNodeIds(), QList<NodeId>{ingest});

    for (const QString &kind : {u"speech"_s, u"summary"_s}) {
        editor.controller.quickAddAtSelection();
        EXPECT_FALSE(editor.controller.quickAdd()->offeredKinds().contains(u"ingest"_s));
        QTest::keyClicks(search, kind);
        QTest::keyClick(search, Qt::Key_Return);
    }
    const NodeId speech = model->children(ingest).value(0);
    ASSERT_NE(speech, 0u);
    ASSERT_EQ(model->children(speech).size(), 1);
    EXPECT_EQ(model->node(model->children(speech).constFirst())->kind, u"summary"_s);
    EXPECT_GT(model->node(speech)->position.x(), model->node(ingest)->position.x());
}

TEST(Editor, DoubleClickingEmptyCanvasOpensQuickAddAtAnyZoom)
{
    for (const qreal zoom : {1.0, 0.2}) {
        CanvasEditor editor;
        editor.view.setZoom(zoom);
        QTest::mouseDClick(editor.view.viewport(),
                           Qt::LeftButton,
                           {},
                           editor.viewPoint(QPointF(900, 500)));
        EXPECT_TRUE(editor.controller.quickAdd()->isVisible()) << "zoom " << zoom;
        QTest::keyClick(editor.controller.quickAdd()->findChild<QLineEdit *>(), Qt::Key_Escape);
        EXPECT_FALSE(editor.controller.quickAdd()->isVisible());
        EXPECT_EQ(editor.document.model()->nodeCount(), 0);
    }
}

TEST(Editor, PastingAnEmptyTaskListChangesNothingAndSaysSo)
{
    CanvasEditor editor;
    QSignalSpy messages(&editor.controller, &EditorController::messageRaised);
    for (const QString &text : {u"[]"_s, u"{\"tasks\": []}"_s}) {
        QMimeData mime;
        mime.setText(text);
        EXPECT_TRUE(editor.controller.pasteMimeData(&mime).isEmpty());
    }
    EXPECT_EQ(messages.size(), 2);
    EXPECT_EQ(editor.document.undoStack()->count(), 0);
}

TEST(Editor, ClearingAZoomedOutGraphWithASelectionIsSafe)
{
    CanvasEditor editor;
    const auto request = RunRequest::fromText(
        R"({"tasks": [{"kind": "ingest", "next": [{"kind": "video"}, {"kind": "audio"}]}]})");
    ASSERT_TRUE(request);
    editor.document.model()->load(*request);
    editor.view.setZoom(0.2);
    editor.controller.selectAll();
    QSignalSpy selection(&editor.scene, &QGraphicsScene::selectionChanged);
    editor.document.clear();
    EXPECT_EQ(selection.size(), 1) << "one announcement for the whole clear";
    EXPECT_TRUE(editor.scene.selectedNodeIds().isEmpty());
    editor.document.model()->load(*request);
    editor.controller.selectAll();
    EXPECT_EQ(editor.scene.selectedNodeIds().size(), 3);
}

TEST(Recovery, AnEditStillBeingTypedIsPartOfWhatIsSaved)
{
    TestProfile profile;
    QTemporaryDir &dir = profile.dir;
    Preferences &preferences = profile.preferences;
    RecoveryStore &store = profile.store;
    InspectedEditor editor;
    InspectorWidget &inspector = editor.inspector;
    DocumentController documents(&editor.document, &preferences, &store);
    const QString path = dir.filePath(u"typed.spool"_s);
    ASSERT_FALSE(editor.document.save(path));
    inspector.show();
    inspector.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&inspector));
    const NodeId ingest = editor.controller.addTask(u"ingest"_s, QPointF(0, 0));
    auto *url = inspector.findChild<QLineEdit *>(u"option.url"_s);
    ASSERT_NE(url, nullptr);
    url->setFocus();
    QTest::keyClicks(url, u"talk.mp4"_s);
    ASSERT_TRUE(url->hasFocus()) << "still typing: nothing committed yet";
    ASSERT_TRUE(documents.save());
    EXPECT_EQ(editor.document.model()->node(ingest)->options->value(u"url"_s).toString(),
              u"talk.mp4"_s);
    Document reopened;
    ASSERT_FALSE(reopened.open(path));
    EXPECT_EQ(reopened.model()->toRequest(), editor.document.model()->toRequest());
    EXPECT_FALSE(editor.document.isModified());
}

TEST(MainWindow, TitleMarksUnsavedWorkAndTheCanvasMenuOffersTheEditActions)
{
    EditorWindow fixture;
    MainWindow &window = *fixture.window;
    EditorController &editor = fixture.editor;
    Document &document = fixture.document;

    QStringList menu;
    for (QAction *action : window.canvasMenuActions())
        menu.append(action ? action->text().remove(u'&') : u"-"_s);
    EXPECT_EQ(menu,
              (QStringList{u"Add Task…"_s,
                           u"-"_s,
                           u"Cut"_s,
                           u"Copy"_s,
                           u"Paste"_s,
                           u"Duplicate"_s,
                           u"Delete and Keep Children"_s,
                           u"Delete with Children"_s,
                           u"-"_s,
                           u"Tidy Layout"_s}));
    for (QAction *action : window.canvasMenuActions()) {
        if (action) {
            EXPECT_FALSE(action->shortcut().isEmpty()) << action->text().toStdString();
        }
    }

    EXPECT_FALSE(window.isWindowModified());
    editor.addTask(u"video"_s, QPointF());
    EXPECT_TRUE(window.isWindowModified());
    EXPECT_TRUE(window.windowTitle().startsWith(u"Untitled"_s));
    document.undoStack()->undo();
    EXPECT_FALSE(window.isWindowModified());
}

// Unsaved work is anything typed, not only what the focused field holds: JSON left in a
// task's metadata editor (focus gone, or another task selected since) is not dropped by a
// close or an open without asking.
TEST(Recovery, TextTypedIntoAnUnfocusedFieldCountsAsUnsavedWork)
{
    TestProfile profile;
    Document document;
    DocumentController documents(&document, &profile.preferences, &profile.store);
    InspectorWidget inspector;
    documents.setUncommittedInputCheck([&inspector] { return inspector.hasUncommittedInput(); });
    inspector.showTask(1, u"video"_s, std::nullopt, {});
    inspector.showTaskMetadata(std::nullopt);
    EXPECT_TRUE(documents.commitPendingEdits()) << "nothing typed";

    auto *metadata = inspector.findChild<QPlainTextEdit *>(u"metadata.json"_s);
    ASSERT_NE(metadata, nullptr);
    metadata->setFocus();
    metadata->insertPlainText(u"{\"name\": \"half"_s);
    metadata->clearFocus();
    EXPECT_TRUE(inspector.hasUncommittedInput());
    EXPECT_FALSE(documents.commitPendingEdits()) << "the typed JSON is unsaved work";

    // Another task shown: the text is kept for the first one, and still counts.
    inspector.showTask(2, u"audio"_s, std::nullopt, {});
    inspector.showTaskMetadata(std::nullopt);
    EXPECT_TRUE(inspector.hasUncommittedInput());
    EXPECT_FALSE(documents.commitPendingEdits());
}
