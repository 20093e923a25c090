#pragma once

namespace spool {

/// How a RemoteRunService polls a live run: every `fastMs` while its tasks change, the wait
/// doubling on each answer that changes nothing up to `maxMs`, fast again on a change. A run
/// the server cannot be reached for is polled on (at `maxMs` at most) for `giveUpAfterMs`, then
/// given up.
struct RemotePolling
{
    int fastMs = 250;
    int maxMs = 5000;
    int giveUpAfterMs = 10 * 60 * 1000;
};

} // namespace spool
