// The composition root of the spool GUI: builds every object once and joins them.

#include <document.h>
#include <documentcontroller.h>
#include <editorcontroller.h>
#include <inspectorcontroller.h>
#include <mainwindow.h>
#include <preferences.h>
#include <preferencesdialog.h>
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
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>
#include <QUndoView>

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

} // namespace

int main(int argc, char *argv[])
{
    // Headless options need no display: render offscreen unless a platform was chosen.
    for (int i = 1; i < argc; ++i) {
        if ((qstrcmp(argv[i], "--screenshot") == 0 || qstrcmp(argv[i], "--export") == 0)
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
    parser.addOption(screenshotOption);
    parser.addOption(sizeOption);
    parser.addOption(exportOption);
    parser.addPositionalArgument(fileValue,
                                 QApplication::translate("main",
                                                         "A workflow (.spool) or run request "
                                                         "(runs JSON) to open."),
                                 u"[%1]"_s.arg(fileValue));
    parser.process(app);
    const QString input = parser.positionalArguments().value(0);

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

    EditorController editor(&document, scene, canvas);
    ValidationController validation(document.model(), scene, issues, json);
    DocumentController documents(&document, &preferences, &recovery);
    InspectorController inspection(&document, scene, canvas, inspector, &validation);
    MainWindow window({canvas, palette, inspector, issues, json, undoView, overview},
                      {&document, &editor, &documents, &preferences});
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
        const QString out = parser.value(screenshotOption);
        if (!window.grab().save(out, "PNG"))
            return fail(
                QApplication::translate("main", "cannot write the screenshot to %1").arg(out));
        return 0;
    }
    if (!input.isEmpty())
        documents.openFile(input);
    window.show();
    editor.fitToView();
    QTimer::singleShot(0, &documents, &DocumentController::offerRecovery);
    return QApplication::exec();
}
