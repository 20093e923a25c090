#pragma once

#include <QObject>

class QSocketNotifier;

namespace spool {

/// Turns SIGINT and SIGTERM into a Qt signal on the main thread (through a self-pipe, the one
/// async-signal-safe way), so Ctrl-C can cancel a run cleanly instead of killing the process.
/// Only one instance may exist at a time.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void received(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace spool
