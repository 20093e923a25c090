#pragma once

#include <core/canceltoken.h>

#include <QObject>

#include <functional>
#include <mutex>
#include <thread>

namespace spool {

/// Makes SIGINT, SIGTERM and SIGHUP cancel a run, however busy the main thread is.
///
/// The handler does only what is async-signal-safe: it sets the armed CancelToken (one atomic
/// store), so the run's tasks stop within their next step even while the main thread works
/// through a flood of updates, and writes the signal's number to a self-pipe. A thread of the
/// watcher reads the pipe: on the first signal it tells the main thread (received()); on a
/// second one it runs the hard-stop clean-up (removing the run's partial files) and ends the
/// process at once with exit status 130, without waiting for the main thread.
/// Only one instance may exist at a time.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    /// The token the first signal sets, from the signal handler itself.
    void arm(const CancelToken &token);
    /// What a second signal does, on the watcher's thread, before the process ends.
    void setHardStop(std::function<void()> cleanUp);

Q_SIGNALS:
    void received(int signalNumber);

private:
    void watch();

    CancelToken m_token;
    std::mutex m_mutex;
    std::function<void()> m_hardStop;
    std::thread m_thread;
};

} // namespace spool
