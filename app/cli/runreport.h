#pragma once

#include <schema/run.h>

#include <QString>

namespace spool {

/// A run as text for a person: its status and timing, then each task with its status, time,
/// outputs or error, indented under its parent.
class RunReport
{
public:
    static QString describe(const Run &run);
    /// One line for lists: id, status, progress, when, how many tasks.
    static QString summaryLine(const Run &run);
};

} // namespace spool
