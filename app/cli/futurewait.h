#pragma once

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>

namespace spool {

/// The result of `future`, running this thread's event loop until it answers: what a command
/// needs for a remote service, whose answers come over the network on this very thread (a
/// plain future.result() would wait for ever). A ready future answers at once.
template<typename T>
T awaitFuture(QFuture<T> future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

} // namespace spool
