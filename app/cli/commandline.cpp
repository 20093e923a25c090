#include "commandline.h"

#include <schema/credentials.h>

#include <QCoreApplication>

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
        for (const QString &runId : (*store)->recoveredRuns())
            workspace.discardPartialOutputs(runId);
    }
    return store;
}

Result<std::unique_ptr<RunStore>> CommandLine::readHistory(const Workspace &workspace)
{
    return RunStore::open(workspace.databasePath(), RunStore::Access::ReadOnly);
}

} // namespace spool
