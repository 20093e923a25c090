#include "formatcommand.h"

#include "commandfile.h"
#include "commandline.h"

#include <core/atomicfile.h>
#include <schema/runrequest.h>

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

namespace spool {

using namespace Qt::Literals::StringLiterals;

int FormatCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Prints a run request as canonical JSON: two-space indentation; tasks, kind, options, "
        "metadata, next and idempotency_key first, other keys in code-point order. The content "
        "is unchanged: unknown keys are kept and no defaults are added.\n"
        "Exit status: 0 on success, 1 when the file is not a run request, 2 when it cannot be "
        "read or written."_s);
    parser.addHelpOption();
    const QCommandLineOption writeOption({u"w"_s, u"write"_s},
                                         u"Rewrite FILE in place (atomically) instead of "
                                         "printing."_s);
    parser.addOption(writeOption);
    parser.addPositionalArgument(u"FILE"_s, u"A run request file; - reads standard input."_s);

    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << u"\n"_s;
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << CommandLine::help(parser, u"fmt"_s);
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        err << u"spool-cli fmt: name exactly one file (see --help)\n"_s;
        return 2;
    }
    const QString path = parser.positionalArguments().constFirst();
    const QString name = CommandFile::displayName(path);
    Result<QByteArray> text = CommandFile::read(path);
    if (!text) {
        err << name << u": "_s << text.error().message << u"\n"_s;
        return 2;
    }
    const Result<RunRequest> request = RunRequest::fromText(*text);
    if (!request) {
        err << CommandLine::problemLine(name, request.error()) << u"\n"_s;
        return 1;
    }
    const QByteArray canonical = request->toCanonicalText();

    if (parser.isSet(writeOption)) {
        if (path == u"-") {
            err << u"spool-cli fmt: --write needs a file, not standard input\n"_s;
            return 2;
        }
        if (std::optional<Error> error = AtomicFile::write(path, canonical)) {
            err << u"spool-cli fmt: "_s << error->message << u"\n"_s;
            return 2;
        }
        return 0;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(canonical) != canonical.size()) {
        err << u"spool-cli fmt: cannot write to standard output\n"_s;
        return 2;
    }
    return 0;
}

} // namespace spool
