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

    bool operator==(const Error &other) const;
};

// Written out rather than defaulted: QList's operator== asks whether Error compares, which a
// defaulted operator over a list of Error cannot answer while it is being declared.
inline bool Error::operator==(const Error &other) const
{
    if (kind != other.kind || message != other.message || path != other.path || line != other.line
        || column != other.column || problems.size() != other.problems.size())
        return false;
    for (qsizetype i = 0; i < problems.size(); ++i) {
        if (!(problems.at(i) == other.problems.at(i)))
            return false;
    }
    return true;
}

} // namespace spool
