#include "submitcommand.h"

#include "commandfile.h"
#include "commandline.h"
#include "futurewait.h"
#include "progressprinter.h"
#include "remoteoptions.h"
#include "runreport.h"
#include "signalwatcher.h"

#include <remote/remoterunservice.h>
#include <remote/runsclient.h>
#include <schema/jsonwriter.h>
#include <schema/runrequest.h>
#include <schema/validator.h>

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QTextStream>
#include <QUrl>

#include <unistd.h>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int ExitSucceeded = 0;
constexpr int ExitFailed = 1;
constexpr int ExitInvalid = 2;
constexpr int ExitCancelled = 130;

int exitFor(Status status)
{
    switch (status) {
    case Status::Succeeded:
        return ExitSucceeded;
    case Status::Cancelled:
        return ExitCancelled;
    default:
        return ExitFailed;
    }
}

} // namespace

int SubmitCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Submits a run request to a /runs server (the hosted API or spool-cli serve) and prints "
        "the run it made. The API key comes from --key-file or $SPOOL_API_KEY.\n"
        "Exit status: 0 when the server took the request (with --wait: when the run succeeded), "
        "1 when the run failed or the server could not be reached, 2 when the request is invalid "
        "or cannot be read, 130 when the run was cancelled."_s);
    parser.addHelpOption();
    const QCommandLineOption waitOption(u"wait"_s,
                                        u"Watch the run until it ends, with its progress on "
                                        "standard error."_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print the Run object as JSON."_s);
    const QCommandLineOption inputOption(
        u"input"_s,
        u"The file to run on: replaces the url of the request's ingest task, or is ingested "
        "first when the request has none."_s,
        u"PATH|URL"_s);
    parser.addOptions({waitOption, jsonOption, inputOption});
    parser.addOptions(RemoteOptions::options());
    parser.addPositionalArgument(u"FILE"_s, u"The run request; - reads standard input."_s);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << u"\n"_s;
        return ExitInvalid;
    }
    if (parser.isSet(u"help"_s)) {
        out << CommandLine::help(parser, u"submit"_s);
        return ExitSucceeded;
    }
    if (parser.positionalArguments().size() != 1) {
        err << u"spool-cli submit: name exactly one request file (see --help)\n"_s;
        return ExitInvalid;
    }
    const Result<RunsClientSettings> settings = RemoteOptions::settings(parser, true);
    if (!settings) {
        err << u"spool-cli submit: "_s << settings.error().message << u"\n"_s;
        return ExitInvalid;
    }

    const QString path = parser.positionalArguments().constFirst();
    const QString name = CommandFile::displayName(path);
    const Result<QByteArray> text = CommandFile::read(path);
    if (!text) {
        err << name << u": "_s << text.error().message << u"\n"_s;
        return ExitInvalid;
    }
    // The schema is checked here, so a bad request costs no round trip; what the server can
    // run is for the server to say.
    ValidationOptions validation;
    validation.inputProvided = parser.isSet(inputOption);
    const QList<Error> problems = Validator(validation).validateText(*text);
    if (!problems.isEmpty()) {
        for (const Error &problem : problems)
            err << CommandLine::problemLine(name, problem) << u"\n"_s;
        return ExitInvalid;
    }
    const Result<RunRequest> request = RunRequest::fromText(*text);
    if (!request) {
        err << CommandLine::problemLine(name, request.error()) << u"\n"_s;
        return ExitInvalid;
    }

    RemoteRunService service(std::make_unique<RunsClient>(*settings));
    StartOptions options;
    options.baseDir = path == u"-" ? QDir::currentPath() : QFileInfo(path).absolutePath();
    if (parser.isSet(inputOption)) {
        const QString input = parser.value(inputOption);
        options.input = QUrl(input).scheme().size() > 1 ? input
                                                        : QFileInfo(input).absoluteFilePath();
    }
    const bool wait = parser.isSet(waitOption);
    std::unique_ptr<ProgressPrinter> printer;
    if (wait)
        printer = std::make_unique<ProgressPrinter>(&service, ::isatty(STDERR_FILENO) == 1);

    const Result<Run> started = awaitFuture(service.start(*request, options));
    if (!started) {
        const Error &error = started.error();
        if (error.kind == u"request_invalid" && !error.problems.isEmpty()) {
            for (const Error &problem : error.problems)
                err << CommandLine::problemLine(name, problem) << u"\n"_s;
        } else {
            err << u"spool-cli submit: "_s << error.message << u"\n"_s;
        }
        return error.httpStatus == 400 ? ExitInvalid : ExitFailed;
    }
    const QString runId = started->id;
    std::optional<Run> finished;
    if (isTerminal(started->lifecycle.status()))
        finished = *started;

    if (wait && !finished) {
        QEventLoop loop;
        std::optional<Error> lost;
        QObject::connect(&service, &RunService::runFinished, &loop, [&](const Run &run) {
            if (run.id != runId)
                return;
            finished = run;
            loop.quit();
        });
        QObject::connect(&service,
                         &RemoteRunService::watchEnded,
                         &loop,
                         [&](const QString &id, const Error &error) {
                             if (id != runId)
                                 return;
                             lost = error;
                             loop.quit();
                         });
        QObject::connect(&service,
                         &RunService::problemOccurred,
                         &loop,
                         [&err](const QString &, const Error &error) {
                             err << u"spool-cli submit: "_s << error.message << u"\n"_s;
                             err.flush();
                         });
        // Ctrl-C cancels the run on the server when it can; otherwise it stops watching and
        // says that the run goes on there.
        const CancelToken token;
        SignalWatcher watcher;
        watcher.arm(token);
        QObject::connect(&watcher, &SignalWatcher::received, &loop, [&](int) {
            if (service.cancelUnavailableReason()) {
                err << u"spool-cli submit: stopped watching; run %1 goes on on the server ("_s.arg(
                    runId)
                    << *service.cancelUnavailableReason() << u")\n"_s;
                lost = Error{u"interrupted"_s, {}};
                loop.quit();
                return;
            }
            service.cancel(runId).then(&loop, [&](const Result<Run> &answer) {
                if (!answer) {
                    err << u"spool-cli submit: "_s << answer.error().message
                        << u"; run %1 goes on on the server\n"_s.arg(runId);
                    lost = Error{u"interrupted"_s, {}};
                    loop.quit();
                }
            });
        });
        loop.exec();
        if (printer)
            printer->finish();
        if (!finished) {
            if (lost && lost->kind == u"interrupted")
                return ExitCancelled;
            err << u"spool-cli submit: "_s << (lost ? lost->message : u"the watch ended"_s)
                << u"\n"_s;
            return ExitFailed;
        }
    } else if (printer) {
        printer->finish();
    }

    const Run &shown = finished ? *finished : *started;
    if (parser.isSet(jsonOption))
        out << QString::fromUtf8(JsonWriter::write(shown.toJson()));
    else if (wait)
        out << RunReport::describe(shown);
    else
        out << RunReport::summaryLine(shown) << u"\n"_s;
    out.flush();
    if (!wait)
        return finished ? exitFor(finished->lifecycle.status()) : ExitSucceeded;
    return exitFor(shown.lifecycle.status());
}

} // namespace spool
