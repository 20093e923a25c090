#pragma once

#include <QStringList>

namespace spool {

/// `spool-cli run FILE`: validates a run request, runs it on the embedded engine with live
/// progress on standard error, records it in the workspace's history, and exits 0 when the run
/// succeeded, 1 when it failed, 2 when the request is invalid or unreadable, 130 when SIGINT
/// or SIGTERM cancelled it.
class RunCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace spool
