#include "commandline.h"

#include "logging.h"

#include <schema/credentials.h>

#include <QCoreApplication>
#include <QRegularExpression>

namespace spool {

using namespace Qt::Literals::StringLiterals;

QString CommandLine::help(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    const qsizetype firstLineEnd = text.indexOf(u'\n');
    QString usage = text.left(firstLineEnd);
    // QCommandLineParser names the program by its path; name the command instead.
    usage.replace(QCoreApplication::arguments().constFirst(), u"spool-cli "_s + command);
    return usage + text.mid(firstLineEnd);
}

QString CommandLine::problemLine(const QString &fileName, const Error &problem)
{
    QString line = fileName;
    if (problem.line > 0)
        line += u":%1:%2"_s.arg(problem.line).arg(problem.column);
    line += u": "_s;
    if (!problem.path.isEmpty())
        line += problem.path + u": "_s;
    else if (problem.line == 0)
        line += u"(document): "_s;
    return line + Credentials::redact(problem.message);
}

Result<std::unique_ptr<RunStore>> CommandLine::openHistory(const Workspace &workspace)
{
    Result<std::unique_ptr<RunStore>> store = RunStore::open(workspace.databasePath());
    if (store) {
        for (const QString &runId : (*store)->recoveredRuns()) {
            qCInfo(lcCli,
                   "run %ls was interrupted; its partial outputs are removed",
                   qUtf16Printable(runId));
            workspace.discardPartialOutputs(runId);
        }
    }
    return store;
}

Result<std::unique_ptr<RunStore>> CommandLine::readHistory(const Workspace &workspace)
{
    return RunStore::open(workspace.databasePath(), RunStore::Access::ReadOnly);
}

Result<qint64> CommandLine::integerValue(const QCommandLineParser &parser,
                                         const QCommandLineOption &option,
                                         qint64 minimum,
                                         qint64 maximum)
{
    const QString given = parser.value(option);
    const QString name = u"--"_s + option.names().constLast();
    const QString range = u"give a whole number from %1 to %2"_s.arg(minimum).arg(maximum);
    static const QRegularExpression digits(u"^\\s*[+-]?[0-9]+\\s*$"_s);
    if (!digits.match(given).hasMatch())
        return Error{u"option_invalid"_s,
                     u"%1: \"%2\" is not a whole number: %3"_s.arg(name, given, range)};
    bool ok = false;
    const qint64 value = given.trimmed().toLongLong(&ok, 10);
    // Digits that do not fit in 64 bits are out of range as much as a value beyond maximum.
    if (!ok || value < minimum || value > maximum)
        return Error{u"option_invalid"_s,
                     u"%1: \"%2\" is out of range: %3"_s.arg(name, given, range)};
    return value;
}

} // namespace spool
