#pragma once

#include <QStringList>

namespace spool {

/// `spool-cli submit FILE --endpoint URL`: sends a run request to a `/runs` server and prints
/// the run it made; with --wait, shows its progress on standard error until it ends and exits
/// as `run` does: 0 when the run succeeded, 1 when it failed (or the server could not be
/// reached), 2 when the request is invalid or unreadable, 130 when it was cancelled.
class SubmitCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace spool
