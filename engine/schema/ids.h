#pragma once

#include <QString>

namespace spool {

/// Run and task identifiers (spec §3): `run_` or `task_` and 16 characters from [a-z0-9],
/// drawn from the system's secure random source.
class Ids
{
public:
    static QString newRunId();
    static QString newTaskId();
    static QString newEventId();
    static bool isRunId(QStringView id);
    static bool isTaskId(QStringView id);
};

} // namespace spool
