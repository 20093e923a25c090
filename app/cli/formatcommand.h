#pragma once

#include <QStringList>

namespace spool {

/// `spool-cli fmt FILE`: prints a run request as canonical JSON (JsonWriter's form) with the
/// same content, or rewrites the file in place with --write.
class FormatCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace spool
