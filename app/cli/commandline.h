#pragma once

#include <core/error.h>
#include <runtime/workspace.h>
#include <store/runstore.h>

#include <QCommandLineParser>
#include <QString>

namespace spool {

/// What spool-cli's commands share in how they talk to a terminal.
class CommandLine
{
public:
    /// The parser's help, headed "Usage: spool-cli COMMAND ..." instead of the binary's path.
    static QString help(const QCommandLineParser &parser, const QString &command);

    /// An error as one line, the way compilers write them:
    /// "flow.json:3:14: message" for a position in the text,
    /// "flow.json: /tasks/0/kind: message" for a place in the document.
    static QString problemLine(const QString &fileName, const Error &problem);

    /// Opens the history of `workspace`; runs a dead process left unfinished are marked
    /// `interrupted` there, and the partial files they left are removed.
    static Result<std::unique_ptr<RunStore>> openHistory(const Workspace &workspace);
    /// Opens the history of `workspace` to read only (`runs`, `show`): nothing is written, so
    /// it works on a full or read-only disk.
    static Result<std::unique_ptr<RunStore>> readHistory(const Workspace &workspace);

    /// The whole number given to `option`, when it lies in [minimum, maximum]. Otherwise the
    /// error names the option, the value as given and the range, e.g.
    /// `--threads: "0" is out of range: give a whole number from 1 to 256`. A value too large
    /// for any integer type is out of range too, never wrapped around.
    static Result<qint64> integerValue(const QCommandLineParser &parser,
                                       const QCommandLineOption &option,
                                       qint64 minimum,
                                       qint64 maximum);
};

} // namespace spool
