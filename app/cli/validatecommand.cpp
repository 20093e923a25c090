#include "validatecommand.h"

#include "commandfile.h"
#include "commandline.h"

#include <schema/jsonwriter.h>
#include <schema/validator.h>
#include <tasks/builtinexecutors.h>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace spool {

using namespace Qt::Literals::StringLiterals;

int ValidateCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Checks run requests (runs JSON) and reports every problem, one line each:\n"
        "  FILE: /json/pointer: message\n"
        "Exit status: 0 when every file is valid, 1 when any is invalid, 2 when a file "
        "cannot be read."_s);
    parser.addHelpOption();
    const QCommandLineOption forOption(
        u"for"_s,
        u"Also check what a target can run: 'embedded' flags kinds the embedded engine cannot "
        "run."_s,
        u"target"_s);
    const QCommandLineOption inputOption(
        u"with-input"_s,
        u"The run will be given its input from outside (as by spool-cli run --input), so "
        "top-level tasks need no ingest."_s);
    const QCommandLineOption jsonOption(
        u"json"_s,
        u"Print the problems as a JSON array of {file, path, kind, message, line, column}."_s);
    parser.addOption(forOption);
    parser.addOption(inputOption);
    parser.addOption(jsonOption);
    parser.addPositionalArgument(u"FILE"_s,
                                 u"Run request files; - reads standard input."_s,
                                 u"FILE..."_s);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << u"\n"_s;
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        out << CommandLine::help(parser, u"validate"_s);
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << u"spool-cli validate: name at least one file (see --help)\n"_s;
        return 2;
    }

    ValidationOptions options;
    if (parser.isSet(forOption)) {
        const QString target = parser.value(forOption);
        if (target != u"embedded") {
            err << u"spool-cli validate: unknown target \"%1\"; the target is 'embedded'\n"_s.arg(
                target);
            return 2;
        }
        options.target = ValidationOptions::Target::Embedded;
        options.engineKinds = BuiltInExecutors::create()->kinds();
    }
    options.inputProvided = parser.isSet(inputOption);
    const Validator validator(options);

    bool unreadable = false;
    bool invalid = false;
    QJsonArray report;
    for (const QString &path : files) {
        const QString name = CommandFile::displayName(path);
        Result<QByteArray> text = CommandFile::read(path);
        if (!text) {
            unreadable = true;
            err << name << u": "_s << text.error().message << u"\n"_s;
            continue;
        }
        const QList<Error> problems = validator.validateText(*text);
        invalid = invalid || !problems.isEmpty();
        for (const Error &problem : problems) {
            if (parser.isSet(jsonOption)) {
                QJsonObject entry{{u"file"_s, name},
                                  {u"path"_s, problem.path},
                                  {u"kind"_s, problem.kind},
                                  {u"message"_s, problem.message}};
                if (problem.line > 0) {
                    entry.insert(u"line"_s, problem.line);
                    entry.insert(u"column"_s, problem.column);
                }
                report.append(entry);
            } else {
                out << CommandLine::problemLine(name, problem) << u"\n"_s;
            }
        }
    }
    if (parser.isSet(jsonOption))
        out << QString::fromUtf8(JsonWriter::write(report));
    if (unreadable)
        return 2;
    return invalid ? 1 : 0;
}

} // namespace spool
