#pragma once

#include <QStringList>

namespace spool {

/// `spool-cli validate FILE...`: reports every problem of every file, one line each, and
/// exits 0 when all are valid, 1 when any is invalid, 2 when a file cannot be read.
class ValidateCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace spool
