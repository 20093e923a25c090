#pragma once

#include "runevent.h"

#include <core/result.h>

#include <QFile>

namespace spool {

/// Appends run events to a JSON Lines file, one compact event object a line, flushed as each
/// is written so a reader (`tail -f`) sees them at once.
class EventLogWriter
{
public:
    std::optional<Error> open(const QString &path);
    void write(const RunEvent &event);

private:
    QFile m_file;
};

} // namespace spool
