#pragma once

#include <schema/runevent.h>

#include <core/result.h>

#include <QByteArray>
#include <QFile>
#include <QTimer>

namespace spool {

/// Appends run events to a JSON Lines file, one compact event object a line.
///
/// Lines are gathered and written together, at most `FlushIntervalMs` after the first of them
/// (so a reader doing `tail -f` sees every event within a fraction of a second) or once
/// `MaxPendingBytes` have gathered, rather than one write and flush per event: a run of many
/// short tasks makes thousands of events a second. Needs the event loop of its thread for the
/// timed writes; flush() writes at once.
///
/// A write that fails (a full disk, /dev/full, a closed pipe) is an error naming the file; the
/// writer then stops writing, so a broken sink loses no more than it already did and is
/// reported once: by the write() or flush() that comes first after the failure.
class EventLogWriter
{
public:
    static constexpr int FlushIntervalMs = 100;
    static constexpr qsizetype MaxPendingBytes = 256 * 1024;

    EventLogWriter();
    /// Writes what is pending.
    ~EventLogWriter();

    std::optional<Error> open(const QString &path);
    /// Appends one event; the error when writing failed since the last report of it.
    std::optional<Error> write(const RunEvent &event);
    /// Writes every pending line now; the error when that (or a timed write before it) failed
    /// and was not reported yet.
    std::optional<Error> flush();
    /// The first failure, if any.
    std::optional<Error> failure() const { return m_failure; }

private:
    void writePending();
    std::optional<Error> unreported();

    QFile m_file;
    QByteArray m_pending;
    QTimer m_timer;
    std::optional<Error> m_failure;
    bool m_reported = false;
};

} // namespace spool
