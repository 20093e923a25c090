#include "cancelcommand.h"
#include "formatcommand.h"
#include "historycommand.h"
#include "runcommand.h"
#include "submitcommand.h"
#include "validatecommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <csignal>

using namespace Qt::Literals::StringLiterals;

namespace {

QString usage()
{
    return u"Usage: spool-cli COMMAND [OPTIONS] [ARGS]\n"
           "\n"
           "Commands:\n"
           "  validate FILE...   check run requests and report every problem\n"
           "  fmt FILE           print a run request as canonical JSON\n"
           "  run FILE           run a request on the embedded engine\n"
           "  runs               list the runs in the history, newest first\n"
           "  show RUN_ID        print one run of the history\n"
           "  submit FILE        send a run request to a /runs server (--endpoint URL)\n"
           "  cancel RUN_ID      cancel a run on a /runs server (--endpoint URL)\n"
           "\n"
           "Run 'spool-cli COMMAND --help' for a command's options.\n"_s;
}

} // namespace

int main(int argc, char *argv[])
{
    // A reader that goes away (`spool-cli run … | head`) makes writes fail with EPIPE instead
    // of killing the process: what runs goes on, and the printers stop printing.
    std::signal(SIGPIPE, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"spool-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SPOOL_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command.isEmpty() || command == u"--help" || command == u"-h" || command == u"help") {
        QTextStream(stdout) << usage();
        return command.isEmpty() ? 2 : 0;
    }
    if (command == u"--version") {
        QTextStream(stdout) << u"spool-cli "_s << QCoreApplication::applicationVersion() << u"\n"_s;
        return 0;
    }
    // Each command parses its own options, with "spool-cli COMMAND" as its program name.
    arguments.removeAt(1);
    arguments[0] = u"spool-cli "_s + command;
    if (command == u"validate")
        return spool::ValidateCommand::run(arguments);
    if (command == u"fmt")
        return spool::FormatCommand::run(arguments);
    if (command == u"run")
        return spool::RunCommand::run(arguments);
    if (command == u"runs")
        return spool::HistoryCommand::runs(arguments);
    if (command == u"show")
        return spool::HistoryCommand::show(arguments);
    if (command == u"submit")
        return spool::SubmitCommand::run(arguments);
    if (command == u"cancel")
        return spool::CancelCommand::run(arguments);

    QTextStream(stderr) << u"spool-cli: unknown command \""_s << command << u"\"\n\n"_s << usage();
    return 2;
}
