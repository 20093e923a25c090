#include "runcommand.h"

#include "commandfile.h"
#include "commandline.h"
#include "progressprinter.h"
#include "runreport.h"
#include "signalwatcher.h"

#include <runtime/eventlogwriter.h>
#include <runtime/localrunservice.h>
#include <runtime/workspace.h>
#include <schema/credentials.h>
#include <schema/jsonwriter.h>
#include <schema/runrequest.h>
#include <schema/validator.h>
#include <store/runstore.h>
#include <tasks/builtinexecutors.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QTextStream>
#include <QThread>
#include <QUrl>

#include <unistd.h>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int ExitSucceeded = 0;
constexpr int ExitFailed = 1;
constexpr int ExitInvalid = 2;
constexpr int ExitCancelled = 130;
constexpr qint64 MaxThreads = 256;
// 1 TiB: far beyond any source a run ingests, and its bytes fit in 64 bits with room to spare.
constexpr qint64 MaxDownloadMiB = 1024 * 1024;
// A minimum above 1 GiB a second would refuse every download there is.
constexpr qint64 MaxMinDownloadRate = qint64(1) << 30;

} // namespace

int RunCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Runs a run request on the embedded engine: validates it, runs its tasks in parallel, "
        "shows their progress on standard error and records the run in the workspace's history.\n"
        "Exit status: 0 when the run succeeded, 1 when it failed, 2 when the request is invalid "
        "or cannot be read, 130 when Ctrl-C (SIGINT) or SIGTERM cancelled it."_s);
    parser.addHelpOption();
    const QCommandLineOption inputOption(
        u"input"_s,
        u"The file to run on: replaces the url of the request's ingest task, or is ingested "
        "first when the request has none."_s,
        u"PATH|URL"_s);
    const QCommandLineOption workspaceOption(
        u"workspace"_s,
        u"Where runs keep their files and history (default: $SPOOL_WORKSPACE, else %1)."_s.arg(
            Workspace::defaultRoot()),
        u"DIR"_s);
    const QCommandLineOption threadsOption(u"threads"_s,
                                           u"Tasks that may run at once, 1 to %2 (default: %1, "
                                           "the number of cores)."_s
                                               .arg(QThread::idealThreadCount())
                                               .arg(MaxThreads),
                                           u"N"_s);
    const QCommandLineOption jsonOption(u"json"_s,
                                        u"Print the final Run object, with its tasks, as JSON."_s);
    const QCommandLineOption eventsOption(u"events"_s,
                                          u"Append the run's events to FILE as JSON Lines."_s,
                                          u"FILE"_s);
    const DownloadSettings defaults;
    const QCommandLineOption maxDownloadOption(
        u"max-download"_s,
        u"The largest http(s) source ingest fetches, in MiB, 1 to %2 (default: %1)."_s
            .arg(defaults.maxBytes / (1024 * 1024))
            .arg(MaxDownloadMiB),
        u"MIB"_s);
    const QCommandLineOption minRateOption(
        u"min-download-rate"_s,
        u"The slowest http(s) download ingest accepts, in bytes a second averaged over each "
        "%1 s, 0 to %3 (default: %2; 0: no minimum)."_s.arg(defaults.rateWindowMs / 1000)
            .arg(defaults.minBytesPerSecond)
            .arg(MaxMinDownloadRate),
        u"BYTES"_s);
    parser.addOptions({inputOption,
                       workspaceOption,
                       threadsOption,
                       jsonOption,
                       eventsOption,
                       maxDownloadOption,
                       minRateOption});
    parser.addPositionalArgument(u"FILE"_s, u"The run request; - reads standard input."_s);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << u"\n"_s;
        return ExitInvalid;
    }
    if (parser.isSet(u"help"_s)) {
        out << CommandLine::help(parser, u"run"_s);
        return ExitSucceeded;
    }
    if (parser.positionalArguments().size() != 1) {
        err << u"spool-cli run: name exactly one request file (see --help)\n"_s;
        return ExitInvalid;
    }
    int threads = QThread::idealThreadCount();
    if (parser.isSet(threadsOption)) {
        const Result<qint64> value = CommandLine::integerValue(parser, threadsOption, 1, MaxThreads);
        if (!value) {
            err << u"spool-cli run: "_s << value.error().message << u"\n"_s;
            return ExitInvalid;
        }
        threads = int(*value);
    }
    DownloadSettings downloads;
    if (parser.isSet(maxDownloadOption)) {
        const Result<qint64> mebibytes = CommandLine::integerValue(parser,
                                                                   maxDownloadOption,
                                                                   1,
                                                                   MaxDownloadMiB);
        if (!mebibytes) {
            err << u"spool-cli run: "_s << mebibytes.error().message << u"\n"_s;
            return ExitInvalid;
        }
        downloads.maxBytes = *mebibytes * 1024 * 1024;
    }
    if (parser.isSet(minRateOption)) {
        const Result<qint64> rate = CommandLine::integerValue(parser,
                                                              minRateOption,
                                                              0,
                                                              MaxMinDownloadRate);
        if (!rate) {
            err << u"spool-cli run: "_s << rate.error().message << u"\n"_s;
            return ExitInvalid;
        }
        downloads.minBytesPerSecond = *rate;
    }

    const QString path = parser.positionalArguments().constFirst();
    const QString name = CommandFile::displayName(path);
    Result<QByteArray> text = CommandFile::read(path);
    if (!text) {
        err << name << u": "_s << text.error().message << u"\n"_s;
        return ExitInvalid;
    }
    const std::shared_ptr<const ExecutorRegistry> registry = BuiltInExecutors::create(downloads);
    ValidationOptions validation;
    validation.target = ValidationOptions::Target::Embedded;
    validation.engineKinds = registry->kinds();
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

    const Workspace workspace(parser.isSet(workspaceOption) ? parser.value(workspaceOption)
                                                            : Workspace::defaultRoot());
    Result<std::unique_ptr<RunStore>> store = CommandLine::openHistory(workspace);
    if (!store) {
        err << u"spool-cli run: "_s << store.error().message << u"\n"_s;
        return ExitFailed;
    }

    LocalRunService service(registry, threads, workspace, std::move(store).value());
    // A record of the run that could not be written (run.json, the history, the --events
    // file) is reported as it happens; the run goes on, and the exit status is then 1 even
    // when the run succeeded, so a script never takes a lost record for a good one.
    bool recordLost = false;
    QObject::connect(&service,
                     &RunService::problemOccurred,
                     &service,
                     [&err, &recordLost](const QString &, const Error &error) {
                         recordLost = true;
                         err << u"spool-cli run: "_s << error.message << u"\n"_s;
                         err.flush();
                     });
    EventLogWriter events;
    if (parser.isSet(eventsOption)) {
        if (std::optional<Error> error = events.open(parser.value(eventsOption))) {
            err << u"spool-cli run: "_s << error->message << u"\n"_s;
            return ExitInvalid;
        }
        QObject::connect(&service,
                         &RunService::eventRecorded,
                         &service,
                         [&events, &err, &recordLost](const RunEvent &event) {
                             if (std::optional<Error> error = events.write(event)) {
                                 recordLost = true;
                                 err << u"spool-cli run: "_s << error->message << u"\n"_s;
                                 err.flush();
                             }
                         });
    }
    ProgressPrinter printer(&service, ::isatty(STDERR_FILENO) == 1);

    StartOptions options;
    options.baseDir = path == u"-" ? QDir::currentPath() : QFileInfo(path).absolutePath();
    if (parser.isSet(inputOption)) {
        // A path on the command line is the user's, relative to where they are, not to the
        // request file's folder as paths inside the request are.
        const QString input = parser.value(inputOption);
        const bool isUrl = QUrl(input).scheme().size() > 1;
        options.input = isUrl ? input : QFileInfo(input).absoluteFilePath();
    }

    QEventLoop loop;
    std::optional<Run> finished;
    QString runId;
    QObject::connect(&service, &RunService::runFinished, &loop, [&](const Run &run) {
        // Before start() answers, the id is not known yet: a run that ends at once is the
        // only one this service runs.
        if (!runId.isEmpty() && run.id != runId)
            return;
        finished = run;
        loop.quit();
    });
    // The first signal sets the run's token from the handler, so the run stops however busy
    // this thread is; the watcher then tells this thread, which reports it.
    const CancelToken cancelToken;
    options.cancel = cancelToken;
    SignalWatcher watcher;
    watcher.arm(cancelToken);
    QObject::connect(&watcher, &SignalWatcher::received, &loop, [&](int) {
        if (!runId.isEmpty())
            service.cancel(runId);
    });

    const Result<Run> started = service.start(*request, options).result();
    if (!started) {
        err << name << u": "_s << Credentials::redact(started.error().message) << u"\n"_s;
        return ExitInvalid;
    }
    runId = started->id;
    // A request whose idempotency key names an earlier run answers that run, which may have
    // ended already (or may run in another process, which this one cannot watch).
    if (!finished && (isTerminal(started->lifecycle.status()) || service.activeCount() == 0))
        finished = *started;
    // A second signal ends the process at once, leaving no partial file of the run behind.
    watcher.setHardStop([workspace, runId] { workspace.discardPartialOutputs(runId); });
    if (!finished)
        loop.exec();
    if (!service.flushHistory())
        recordLost = true;
    // The events file gathers lines for a moment: the last of them are written here.
    if (std::optional<Error> error = events.flush()) {
        recordLost = true;
        err << u"spool-cli run: "_s << error->message << u"\n"_s;
        err.flush();
    }
    printer.finish();

    if (parser.isSet(jsonOption))
        out << QString::fromUtf8(JsonWriter::write(finished->toJson()));
    else
        out << RunReport::describe(*finished);
    out.flush();

    switch (finished->lifecycle.status()) {
    case Status::Succeeded:
        return recordLost ? ExitFailed : ExitSucceeded;
    case Status::Cancelled:
        return ExitCancelled;
    default:
        return ExitFailed;
    }
}

} // namespace spool
