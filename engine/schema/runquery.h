#pragma once

#include "run.h"
#include "status.h"

#include <QList>
#include <QString>

#include <optional>

namespace spool {

/// What to list, with the spec's cursor pagination (§6): `after` / `before` name a run, and the
/// page holds the runs after or before it in the chosen order.
struct RunQuery
{
    int limit = 20;
    QString after;
    QString before;
    bool ascending = false;
    std::optional<Status> status;
};

/// One page of a listing: the runs in the query's order, and whether more lie beyond the page.
struct RunPage
{
    QList<Run> runs;
    bool hasMore = false;
};

} // namespace spool
