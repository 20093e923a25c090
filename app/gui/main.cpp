// The composition root of the spool GUI: builds every object once and joins them.

#include <document.h>
#include <documentcontroller.h>
#include <editorcontroller.h>
#include <historycontroller.h>
#include <inspectorcontroller.h>
#include <mainwindow.h>
#include <pastrunwindow.h>
#include <preferences.h>
#include <preferencesdialog.h>
#include <recoverystore.h>
#include <runcontroller.h>
#include <validationcontroller.h>

#include <runtime/localrunservice.h>
#include <runtime/workspace.h>
#include <store/runstore.h>
#include <tasks/builtinexecutors.h>

#include <graph/graphscene.h>
#include <graph/graphview.h>
#include <graph/overviewview.h>
#include <history/historydock.h>
#include <inspector/inspectorwidget.h>
#include <issues/issueswidget.h>
#include <json/jsonview.h>
#include <monitor/rundock.h>
#include <palette/palettewidget.h>
#include <preview/previewdock.h>
#include <timeline/timelinedock.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QTranslator>
#include <QUndoView>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

namespace {

void installTranslators(QApplication &app, const QString &preferred)
{
    // SPOOL_LANGUAGE overrides the preference, which overrides the system locale.
    QString language = qEnvironmentVariable("SPOOL_LANGUAGE");
    if (language.isEmpty())
        language = preferred;
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // The C locale (no LANG set) reads as English, whose plural forms come from spool_en.
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    auto *spoolTranslator = new QTranslator(&app);
    if (spoolTranslator->load(locale, u"spool"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(spoolTranslator);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale,
                           u"qtbase"_s,
                           u"_"_s,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
}

int fail(const QString &message)
{
    QTextStream(stderr) << u"spool: "_s << message << u"\n"_s;
    return 1;
}

/// Opens the history of `root` as spool-cli does: runs a crash interrupted are marked so,
/// and their partial outputs removed.
Result<std::unique_ptr<RunStore>> openHistory(const Workspace &workspace)
{
    Result<std::unique_ptr<RunStore>> store = RunStore::open(workspace.databasePath());
    if (store) {
        for (const QString &runId : (*store)->recoveredRuns())
            workspace.discardPartialOutputs(runId);
    }
    return store;
}

/// A headless run may take as long as the media needs, but never forever.
constexpr int HeadlessRunTimeoutSeconds = 600;

} // namespace

int main(int argc, char *argv[])
{
    // Headless options need no display: render offscreen unless a platform was chosen.
    for (int i = 1; i < argc; ++i) {
        if ((qstrcmp(argv[i], "--screenshot") == 0 || qstrcmp(argv[i], "--export") == 0
             || qstrcmp(argv[i], "--run") == 0 || qstrcmp(argv[i], "--show-run") == 0)
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Spool"_s);
    QApplication::setOrganizationName(u"Spool"_s);
    QApplication::setApplicationVersion(QStringLiteral(SPOOL_VERSION));
    QApplication::setDesktopFileName(u"app.spool.Spool"_s);

    QSettings settings;
    Preferences preferences(&settings);
    installTranslators(app, preferences.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Spool, a studio for media-processing workflows."));
    parser.addHelpOption();
    parser.addVersionOption();
    // The descriptions name the option's value, so a translation renames both together.
    const QString fileValue = QApplication::translate("main", "FILE", "value name in --help");
    const QCommandLineOption screenshotOption(
        u"screenshot"_s,
        QApplication::translate("main",
                                "Render the main window offscreen at 1280x800 after fitting the "
                                "graph to the view, write it to FILE as PNG and exit."),
        fileValue);
    const QCommandLineOption exportOption(
        u"export"_s,
        QApplication::translate("main",
                                "Load the workflow (.spool or runs JSON) into the editor, write "
                                "the run request it derives to FILE and exit."),
        fileValue);
    const QCommandLineOption
        sizeOption(u"size"_s,
                   QApplication::translate("main",
                                           "With --screenshot: the window's size, such as 1024x640 "
                                           "(default 1280x800)."),
                   QApplication::translate("main", "WIDTHxHEIGHT", "value name in --help"));
    const QCommandLineOption
        runOption(u"run"_s,
                  QApplication::translate("main",
                                          "Open the workflow FILE in the window offscreen, run "
                                          "it, wait until the run ends and write the window with "
                                          "the run dock and the timeline to --screenshot. Exits "
                                          "0 when the run succeeded, 1 otherwise."),
                  fileValue);
    const QCommandLineOption
        inputOption(u"input"_s,
                    QApplication::translate("main",
                                            "With --run: the file or URL that replaces the root "
                                            "ingest's url, as spool-cli run --input."),
                    fileValue);
    const QCommandLineOption showRunOption(
        u"show-run"_s,
        QApplication::translate("main",
                                "Open the run RUN_ID of the history offscreen (its request with "
                                "its statuses, the run dock and the timeline) and write it to "
                                "--screenshot. Exits 0 when the run was found, 1 otherwise."),
        QApplication::translate("main", "RUN_ID", "value name in --help"));
    parser.addOption(screenshotOption);
    parser.addOption(runOption);
    parser.addOption(showRunOption);
    parser.addOption(inputOption);
    parser.addOption(sizeOption);
    parser.addOption(exportOption);
    parser.addPositionalArgument(fileValue,
                                 QApplication::translate("main",
                                                         "A workflow (.spool) or run request "
                                                         "(runs JSON) to open."),
                                 u"[%1]"_s.arg(fileValue));
    parser.process(app);
    const bool headlessRun = parser.isSet(runOption);
    const QString input = headlessRun ? parser.value(runOption)
                                      : parser.positionalArguments().value(0);
    if (headlessRun && !parser.isSet(screenshotOption))
        return fail(QApplication::translate("main", "--run needs --screenshot FILE"));
    if (parser.isSet(showRunOption) && !parser.isSet(screenshotOption))
        return fail(QApplication::translate("main", "--show-run needs --screenshot FILE"));
    if (parser.isSet(showRunOption) && headlessRun)
        return fail(QApplication::translate("main", "--show-run and --run exclude each other"));
    if (parser.isSet(inputOption) && !headlessRun)
        return fail(QApplication::translate("main", "--input goes with --run"));

    Document document;
    if (parser.isSet(exportOption)) {
        if (input.isEmpty())
            return fail(QApplication::translate("main", "--export needs a workflow to read"));
        if (std::optional<Error> error = document.open(input))
            return fail(error->message);
        if (std::optional<Error> error = document.exportRequest(parser.value(exportOption)))
            return fail(error->message);
        return 0;
    }

    const QString dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    RecoveryStore recovery(QDir(dataFolder).filePath(u"recovery"_s));

    // The window's run service: the preferences' workspace (the same default as spool-cli,
    // so both share one history) and worker threads (0: one per core).
    Workspace workspace(preferences.workspace());
    Result<std::unique_ptr<RunStore>> store = openHistory(workspace);
    // A history that cannot be opened (a damaged file, a full or read-only disk) must not keep
    // a person from the editor: runs then go to a temporary workspace, and the window says so.
    QString historyProblem;
    std::optional<QTemporaryDir> scratchWorkspace;
    if (!store) {
        historyProblem = QApplication::translate("main",
                                                 "The run history cannot be opened (%1). Runs "
                                                 "are kept in a temporary folder until Spool "
                                                 "closes.")
                             .arg(store.error().message);
        QTextStream(stderr) << u"spool: "_s << historyProblem << u"\n"_s;
        scratchWorkspace.emplace();
        workspace = Workspace(scratchWorkspace->path());
        store = openHistory(workspace);
        if (!store)
            return fail(QApplication::translate("main", "cannot open the run history: %1")
                            .arg(store.error().message));
    }
    const int threads = preferences.workerThreads() > 0 ? preferences.workerThreads()
                                                        : QThread::idealThreadCount();
    LocalRunService runService(BuiltInExecutors::create(),
                               threads,
                               workspace,
                               std::move(store).value());

    // Declared after the document and before the window: destroyed after the window's views
    // and before the model its items read.
    GraphScene graphScene(document.model());
    GraphScene *scene = &graphScene;
    auto *canvas = new GraphView;
    canvas->setScene(scene);
    auto *palette = new PaletteWidget;
    auto *issues = new IssuesWidget;
    auto *inspector = new InspectorWidget;
    auto *json = new JsonView;
    auto *undoView = new QUndoView(document.undoStack());
    undoView->setEmptyLabel(QApplication::translate("main", "<empty>"));
    auto *overview = new OverviewView(scene, canvas);
    auto *runDock = new RunDock(&runService);
    runDock->setWorkspaceRoot(workspace.root());
    auto *timelineDock = new TimelineDock(&runService);
    auto *historyDock = new HistoryDock(&runService);
    auto *previewDock = new PreviewDock(&runService);

    EditorController editor(&document, scene, canvas);
    ValidationController validation(document.model(), scene, issues, json);
    DocumentController documents(&document, &preferences, &recovery);
    InspectorController inspection(&document, scene, canvas, inspector, &validation);
    RunController runs({&runService, &document, scene, canvas, &validation, runDock, timelineDock});
    HistoryController history(
        {&runService, historyDock, workspace.root(), [&runs] { return runs.runId(); }});
    MainWindow window({canvas,
                       palette,
                       inspector,
                       issues,
                       json,
                       undoView,
                       overview,
                       runDock,
                       timelineDock,
                       historyDock,
                       previewDock},
                      {&document, &editor, &documents, &preferences});
    runs.install(&window);
    history.setDialogParent(&window);
    history.install(&window);
    QObject::connect(&history, &HistoryController::messageRaised, &window, &MainWindow::showMessage);
    QObject::connect(&runs, &RunController::messageRaised, &window, &MainWindow::showMessage);
    // The selected task's outputs in the Preview dock.
    QObject::connect(&runs,
                     &RunController::taskShown,
                     previewDock,
                     qOverload<const QString &, const QString &>(&PreviewDock::showTask));
    QObject::connect(previewDock, &PreviewDock::messageRaised, &window, &MainWindow::showMessage);
    // A run that starts brings its dock to the front; the timeline sits beside it.
    QObject::connect(&runs, &RunController::liveChanged, runDock, [runDock, timelineDock](bool live) {
        if (!live)
            return;
        runDock->show();
        runDock->raise();
        timelineDock->show();
    });
    documents.setDialogParent(&window);
    documents.setUncommittedInputCheck([inspector] { return inspector->hasUncommittedInput(); });
    documents.setProblemCounter([&validation] {
        validation.validateNow();
        return int(validation.issues().size());
    });

    QObject::connect(palette,
                     &PaletteWidget::kindActivated,
                     &editor,
                     &EditorController::addTaskAtViewCentre);
    QObject::connect(&editor,
                     &EditorController::workflowDropped,
                     &documents,
                     &DocumentController::openWithConsent);
    QObject::connect(scene,
                     &GraphScene::nodeDoubleClicked,
                     &inspection,
                     &InspectorController::showNode);
    QObject::connect(&documents,
                     &DocumentController::documentOpened,
                     &editor,
                     &EditorController::fitToView);
    QObject::connect(&window,
                     &MainWindow::preferencesRequested,
                     &window,
                     [&preferences, &window, &documents] {
                         if (PreferencesDialog(&preferences, &window).exec() == QDialog::Accepted)
                             documents.setAutosaveSeconds(preferences.autosaveSeconds());
                     });
    QObject::connect(&validation,
                     &ValidationController::validated,
                     &window,
                     [&window](int problems) { window.setProblemCount(problems); });

    QObject::connect(issues,
                     &IssuesWidget::issueActivated,
                     &inspection,
                     &InspectorController::showIssue);
    QObject::connect(&inspection,
                     &InspectorController::inspectorWanted,
                     &window,
                     [&window, inspector] {
                         if (QDockWidget *dock = window.dockOf(inspector)) {
                             dock->show();
                             dock->raise();
                         }
                     });

    window.resize(1280, 800);
    if (parser.isSet(sizeOption)) {
        const QStringList parts = parser.value(sizeOption).split(u'x');
        const int width = parts.value(0).toInt();
        const int height = parts.size() == 2 ? parts.value(1).toInt() : 0;
        if (width < 320 || height < 240)
            return fail(QApplication::translate("main",
                                                "--size needs WIDTHxHEIGHT of at least "
                                                "320x240, such as 1024x640 (got %1)")
                            .arg(parser.value(sizeOption)));
        window.resize(width, height);
    }
    if (!parser.isSet(screenshotOption))
        window.restoreLayout(preferences.windowGeometry(), preferences.windowState());
    if (parser.isSet(showRunOption)) {
        // Headless: a past run in its window, at the size asked for.
        const QString runId = parser.value(showRunOption);
        const Result<PastRunWindow *> past = history.openRun(runId);
        if (!past)
            return fail(past.error().message);
        PastRunWindow *shown = *past;
        shown->resize(window.size());
        QApplication::processEvents();
        shown->fitToView();
        QApplication::processEvents();
        const QString out = parser.value(screenshotOption);
        if (!shown->grab().save(out, "PNG"))
            return fail(
                QApplication::translate("main", "cannot write the screenshot to %1").arg(out));
        return 0;
    }
    if (parser.isSet(screenshotOption)) {
        // Headless: the input must open, and nothing of the user's (recent files) changes.
        if (!input.isEmpty()) {
            if (std::optional<Error> error = document.open(input))
                return fail(error->message);
        }
        window.show();
        QApplication::processEvents();
        validation.validateNow();
        editor.fitToView();
        QApplication::processEvents();
        int status = 0;
        if (headlessRun) {
            // Why a run did not start is what the controller says last.
            QString message;
            QObject::connect(&runs,
                             &RunController::messageRaised,
                             &runs,
                             [&message](const QString &text) { message = text; });
            std::optional<Run> finished;
            QEventLoop loop;
            QObject::connect(&runs,
                             &RunController::runFinished,
                             &loop,
                             [&finished, &loop](const Run &run) {
                                 finished = run;
                                 loop.quit();
                             });
            // As spool-cli run --input: a local path is read from the current directory.
            std::optional<QString> runInput;
            if (parser.isSet(inputOption)) {
                const QString given = parser.value(inputOption);
                runInput = QUrl(given).scheme().size() > 1 ? given
                                                           : QFileInfo(given).absoluteFilePath();
            }
            if (!runs.run(runInput))
                return fail(message);
            if (!finished) {
                QTimer::singleShot(HeadlessRunTimeoutSeconds * 1000, &loop, &QEventLoop::quit);
                loop.exec();
            }
            if (!finished) {
                runs.stop();
                status = fail(QApplication::translate("main",
                                                      "run %1 did not end within %2 seconds; "
                                                      "it was stopped")
                                  .arg(runs.runId())
                                  .arg(HeadlessRunTimeoutSeconds));
            } else if (finished->lifecycle.status() != Status::Succeeded) {
                QString reason;
                for (const Task &task : std::as_const(finished->tasks)) {
                    if (const std::optional<Error> &error = task.lifecycle.error())
                        reason += u"\n  %1 (%2): %3"_s.arg(task.id, task.kind, error->message);
                }
                if (const std::optional<Error> &error = finished->lifecycle.error())
                    reason.prepend(u": "_s + error->message);
                status = fail(QApplication::translate("main", "run %1 ended %2")
                                  .arg(finished->id, statusName(finished->lifecycle.status()))
                              + reason);
            }
            runDock->show();
            runDock->raise();
            timelineDock->show();
            QApplication::processEvents();
            editor.fitToView();
            QApplication::processEvents();
        }
        const QString out = parser.value(screenshotOption);
        if (!window.grab().save(out, "PNG"))
            return fail(
                QApplication::translate("main", "cannot write the screenshot to %1").arg(out));
        return status;
    }
    if (!input.isEmpty())
        documents.openFile(input);
    window.show();
    editor.fitToView();
    if (!historyProblem.isEmpty())
        window.showMessage(historyProblem);
    QTimer::singleShot(0, &documents, &DocumentController::offerRecovery);
    return QApplication::exec();
}
