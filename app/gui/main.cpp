// The composition root of the spool GUI: builds the objects and joins them.

#include "mainwindow.h"

#include <graph/graphview.h>
#include <schema/runrequest.h>
#include <schema/validator.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace {

int countTasks(const std::vector<spool::TaskDef> &tasks)
{
    int count = 0;
    for (const spool::TaskDef &task : tasks)
        count += 1 + countTasks(task.next);
    return count;
}

void installTranslators(QApplication &app)
{
    // The SPOOL_LANGUAGE environment variable overrides the system locale ("de", "en").
    const QString language = qEnvironmentVariable("SPOOL_LANGUAGE");
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
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

void openRequest(spool::MainWindow &window, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        window.showLoadError(path, file.errorString());
        return;
    }
    const QByteArray text = file.readAll();
    const spool::Result<spool::RunRequest> request = spool::RunRequest::fromText(text);
    if (!request) {
        window.showLoadError(path, request.error().message);
        return;
    }
    const QList<spool::Error> problems = spool::Validator().validateText(text);
    window.showRequestStatus(path, countTasks(request->tasks), int(problems.size()));
}

} // namespace

int main(int argc, char *argv[])
{
    // A screenshot needs no display: render offscreen unless a platform was chosen.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--screenshot") == 0 && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Spool"_s);
    QApplication::setOrganizationName(u"Spool"_s);
    QApplication::setApplicationVersion(QStringLiteral(SPOOL_VERSION));
    QApplication::setDesktopFileName(u"app.spool.Spool"_s);
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Spool, a studio for media-processing workflows."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshotOption(
        u"screenshot"_s,
        u"Render the main window offscreen at 1280x800, write it to FILE as PNG and exit."_s,
        u"FILE"_s);
    parser.addOption(screenshotOption);
    parser.addPositionalArgument(u"FILE"_s, u"A run request (runs JSON) to open."_s, u"[FILE]"_s);
    parser.process(app);

    auto *canvas = new spool::GraphView;
    spool::MainWindow window(canvas);
    window.resize(1280, 800);
    if (!parser.positionalArguments().isEmpty())
        openRequest(window, parser.positionalArguments().constFirst());

    if (parser.isSet(screenshotOption)) {
        window.show();
        QApplication::processEvents();
        const QString out = parser.value(screenshotOption);
        if (!window.grab().save(out, "PNG")) {
            QTextStream(stderr) << u"spool: cannot write the screenshot to "_s << out << u"\n"_s;
            return 1;
        }
        return 0;
    }
    window.show();
    return QApplication::exec();
}
