#pragma once

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

    bool operator==(const Error &other) const = default;
};

} // namespace spool
