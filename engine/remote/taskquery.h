#pragma once

#include <schema/status.h>

#include <QString>

#include <optional>

namespace spool {

/// What GET /tasks lists (spec §6): the cursor pagination of RunQuery and the filters by
/// status, kind and run.
struct TaskQuery
{
    int limit = 20;
    QString after;
    QString before;
    bool ascending = false;
    std::optional<Status> status;
    QString kind;
    QString runId;
};

} // namespace spool
