#pragma once

#include <QStringList>

namespace spool {

/// `spool-cli cancel RUN_ID --endpoint URL`: asks a `/runs` server to cancel a run and prints
/// the run as it stands then. Exits 0 when the server took the request (or the run had ended
/// already), 1 when it failed or the server has no cancel route, 2 on bad usage.
class CancelCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace spool
