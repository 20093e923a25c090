#pragma once

#include <core/result.h>

#include <QByteArray>
#include <QString>

namespace spool {

/// A file named on spool-cli's command line: its bytes, or why they could not be read.
/// "-" reads standard input.
class CommandFile
{
public:
    static Result<QByteArray> read(const QString &path);
    /// How the file is named in messages.
    static QString displayName(const QString &path);
};

} // namespace spool
