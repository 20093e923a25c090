#include "cancelcommand.h"

#include "commandline.h"
#include "futurewait.h"
#include "remoteoptions.h"
#include "runreport.h"

#include <remote/remoterunservice.h>
#include <remote/runsclient.h>
#include <schema/jsonwriter.h>

#include <QCommandLineParser>
#include <QTextStream>

namespace spool {

using namespace Qt::Literals::StringLiterals;

int CancelCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Asks a /runs server to cancel a run (POST /runs/{id}/cancel, which spool-cli serve has "
        "and the hosted API has not) and prints the run as it stands then."_s);
    parser.addHelpOption();
    const QCommandLineOption jsonOption(u"json"_s, u"Print the Run object as JSON."_s);
    parser.addOption(jsonOption);
    parser.addOptions(RemoteOptions::options());
    parser.addPositionalArgument(u"RUN_ID"_s, u"The run to cancel."_s);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << u"\n"_s;
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        out << CommandLine::help(parser, u"cancel"_s);
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        err << u"spool-cli cancel: name one run id (see --help)\n"_s;
        return 2;
    }
    const Result<RunsClientSettings> settings = RemoteOptions::settings(parser, true);
    if (!settings) {
        err << u"spool-cli cancel: "_s << settings.error().message << u"\n"_s;
        return 2;
    }
    RemoteRunService service(std::make_unique<RunsClient>(*settings));
    const QString runId = parser.positionalArguments().constFirst();
    const Result<Run> run = awaitFuture(service.cancel(runId));
    if (!run) {
        err << u"spool-cli cancel: "_s << run.error().message << u"\n"_s;
        return 1;
    }
    if (parser.isSet(jsonOption))
        out << QString::fromUtf8(JsonWriter::write(run->toJson()));
    else
        out << RunReport::summaryLine(*run) << u"\n"_s;
    return 0;
}

} // namespace spool
