#include "historycommand.h"

#include "commandline.h"
#include "futurewait.h"
#include "remoteoptions.h"
#include "runreport.h"

#include <remote/remoterunservice.h>
#include <remote/runsclient.h>
#include <runtime/executorregistry.h>
#include <runtime/localrunservice.h>
#include <runtime/workspace.h>
#include <schema/jsonwriter.h>
#include <schema/runexport.h>
#include <store/runstore.h>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTextStream>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

QCommandLineOption workspaceOption()
{
    return QCommandLineOption(u"workspace"_s,
                              u"The workspace whose history to read (default: "
                              "$SPOOL_WORKSPACE, else %1)."_s.arg(Workspace::defaultRoot()),
                              u"DIR"_s);
}

// A service that reads the history only: it runs nothing, so it needs no executors. With
// --endpoint, the history is the server's.
Result<std::unique_ptr<RunService>> openService(const QCommandLineParser &parser)
{
    if (RemoteOptions::hasEndpoint(parser)) {
        const Result<RunsClientSettings> settings = RemoteOptions::settings(parser, false);
        if (!settings)
            return settings.error();
        return std::unique_ptr<RunService>(
            std::make_unique<RemoteRunService>(std::make_unique<RunsClient>(*settings)));
    }
    const Workspace workspace(parser.isSet(u"workspace"_s) ? parser.value(u"workspace"_s)
                                                           : Workspace::defaultRoot());
    Result<std::unique_ptr<RunStore>> store = CommandLine::readHistory(workspace);
    if (!store)
        return store.error();
    return std::unique_ptr<RunService>(
        std::make_unique<LocalRunService>(std::make_shared<const ExecutorRegistry>(),
                                          1,
                                          workspace,
                                          std::move(store).value()));
}

} // namespace

int HistoryCommand::runs(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Lists the runs in the history (with --endpoint: the server's), newest first. With more "
        "than --limit runs, the last "
        "line names the --after cursor of the next page."_s);
    parser.addHelpOption();
    const QCommandLineOption statusOption(u"status"_s,
                                          u"Only runs with this status."_s,
                                          u"STATUS"_s);
    const QCommandLineOption limitOption(u"limit"_s,
                                         u"Runs per page, 1 to 100 (20)."_s,
                                         u"N"_s,
                                         u"20"_s);
    const QCommandLineOption afterOption(u"after"_s, u"The page after this run."_s, u"RUN_ID"_s);
    const QCommandLineOption beforeOption(u"before"_s, u"The page before this run."_s, u"RUN_ID"_s);
    const QCommandLineOption orderOption(u"order"_s,
                                         u"desc (newest first, the default) or asc."_s,
                                         u"ORDER"_s,
                                         u"desc"_s);
    const QCommandLineOption jsonOption(u"json"_s,
                                        u"Print the runs as a JSON array, tasks as summaries."_s);
    parser.addOptions({statusOption,
                       limitOption,
                       afterOption,
                       beforeOption,
                       orderOption,
                       jsonOption,
                       workspaceOption()});
    parser.addOptions(RemoteOptions::options());

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << u"\n"_s;
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        out << CommandLine::help(parser, u"runs"_s);
        return 0;
    }
    RunQuery query;
    const Result<qint64> limit = CommandLine::integerValue(parser, limitOption, 1, 100);
    if (!limit) {
        err << u"spool-cli runs: "_s << limit.error().message << u"\n"_s;
        return 2;
    }
    query.limit = int(*limit);
    if (parser.isSet(statusOption)) {
        query.status = statusFromName(parser.value(statusOption));
        if (!query.status) {
            err << u"spool-cli runs: unknown status \"%1\"\n"_s.arg(parser.value(statusOption));
            return 2;
        }
    }
    const QString order = parser.value(orderOption);
    if (order != u"asc" && order != u"desc") {
        err << u"spool-cli runs: --order is asc or desc\n"_s;
        return 2;
    }
    query.ascending = order == u"asc";
    query.after = parser.value(afterOption);
    query.before = parser.value(beforeOption);

    Result<std::unique_ptr<RunService>> service = openService(parser);
    if (!service) {
        err << u"spool-cli runs: "_s << service.error().message << u"\n"_s;
        return RemoteOptions::hasEndpoint(parser) ? 2 : 1; // a bad endpoint or key is usage
    }
    const Result<RunPage> page = awaitFuture((*service)->list(query));
    if (!page) {
        err << u"spool-cli runs: "_s << page.error().message << u"\n"_s;
        return 1;
    }
    if (parser.isSet(jsonOption)) {
        QJsonArray runs;
        for (const Run &run : page->runs)
            runs.append(run.toSummaryJson());
        out << QString::fromUtf8(JsonWriter::write(runs));
        return 0;
    }
    for (const Run &run : page->runs)
        out << RunReport::summaryLine(run) << u"\n"_s;
    if (page->hasMore && !page->runs.isEmpty())
        out << u"more: spool-cli runs --after "_s << page->runs.constLast().id << u"\n"_s;
    return 0;
}

int HistoryCommand::show(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Prints one run of the history (with --endpoint: of the server) with its tasks."_s);
    parser.addHelpOption();
    const QCommandLineOption jsonOption(u"json"_s,
                                        u"Print the Run object with its tasks as JSON."_s);
    const QCommandLineOption eventsOption(u"events"_s, u"Also print the run's events."_s);
    parser.addOptions({jsonOption, eventsOption, workspaceOption()});
    parser.addOptions(RemoteOptions::options());
    parser.addPositionalArgument(u"RUN_ID"_s, u"The run to show."_s);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << u"\n"_s;
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        out << CommandLine::help(parser, u"show"_s);
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        err << u"spool-cli show: name one run id (see --help)\n"_s;
        return 2;
    }
    Result<std::unique_ptr<RunService>> service = openService(parser);
    if (!service) {
        err << u"spool-cli show: "_s << service.error().message << u"\n"_s;
        return RemoteOptions::hasEndpoint(parser) ? 2 : 1; // a bad endpoint or key is usage
    }
    const QString runId = parser.positionalArguments().constFirst();
    const Result<Run> found = awaitFuture((*service)->run(runId));
    if (!found) {
        if (found.error().kind == u"run_not_found")
            err << (RemoteOptions::hasEndpoint(parser)
                        ? u"spool-cli show: the server has no run %1\n"_s.arg(runId)
                        : u"spool-cli show: no run %1 in the history\n"_s.arg(runId));
        else
            err << u"spool-cli show: "_s << found.error().message << u"\n"_s;
        return 1;
    }
    const Run &run = *found;
    // The events are read before anything is printed, so a damaged history prints nothing
    // but the error.
    Result<QList<RunEvent>> events = QList<RunEvent>();
    if (parser.isSet(eventsOption))
        events = awaitFuture((*service)->events(runId));
    if (!events) {
        err << u"spool-cli show: "_s << events.error().message << u"\n"_s;
        return 1;
    }
    if (parser.isSet(jsonOption)) {
        out << QString::fromUtf8(
            RunExport::toJson(run,
                              parser.isSet(eventsOption) ? std::optional(*events) : std::nullopt));
        return 0;
    }
    out << RunReport::describe(run);
    if (parser.isSet(eventsOption)) {
        out << u"events:\n"_s;
        for (const RunEvent &event : *events)
            out << u"  "_s << event.id << u" "_s << event.kind << u" "_s
                << (event.taskId.isEmpty() ? runId : event.taskId) << u"\n"_s;
    }
    return 0;
}

} // namespace spool
