#pragma once

#include <QList>
#include <QString>

namespace spool {

/// An error as a value. `kind` is a stable snake_case word that programs can switch on,
/// `message` a sentence for a person, `path` where it happened: a JSON Pointer into a request,
/// or a file name. `line`/`column` are 1-based positions in a text, 0 when not known.
struct Error
{
    QString kind;
    QString message;
    QString path;
    int line = 0;
    int column = 0;
    /// The single problems an error stands for, each with its own kind, message and path: a
    /// `request_invalid` error lists every problem the validator found, so a server can answer
    /// 400 with all of them and the window can mark each node. Empty for a single error.
    QList<Error> problems;
    /// The HTTP status of the answer this error came from (a `/runs` server's 404, 429, 500),
    /// 0 when no HTTP answer was involved.
    int httpStatus = 0;

    // Written out rather than defaulted: a defaulted comparison would need QList<Error>'s,
    // which needs Error's, and is then deleted.
    bool operator==(const Error &other) const;
};

inline bool Error::operator==(const Error &other) const
{
    return kind == other.kind && message == other.message && path == other.path
           && line == other.line && column == other.column && problems == other.problems
           && httpStatus == other.httpStatus;
}

} // namespace spool
