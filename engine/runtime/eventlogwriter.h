#pragma once

#include <schema/runevent.h>

#include <core/result.h>

#include <QFile>

namespace spool {

/// Appends run events to a JSON Lines file, one compact event object a line, flushed as each
/// is written so a reader (`tail -f`) sees them at once.
///
/// A write or flush that fails (a full disk, /dev/full, a closed pipe) is an error naming the
/// file; the writer then stops writing, so a broken sink loses no more than it already did and
/// is reported once.
class EventLogWriter
{
public:
    std::optional<Error> open(const QString &path);
    /// Appends one event; the error when it could not be written (the first failure only).
    std::optional<Error> write(const RunEvent &event);
    /// The first failure, if any.
    std::optional<Error> failure() const { return m_failure; }

private:
    QFile m_file;
    std::optional<Error> m_failure;
};

} // namespace spool
