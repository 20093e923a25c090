#pragma once

#include "run.h"
#include "runevent.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace spool {

/// The one text of a Run object with its tasks, their outputs and errors, as `spool-cli show
/// RUN_ID --json` prints it and the window's *Export Run…* writes it: the canonical JSON text
/// (see JsonWriter), with the run's events under `events` when they are given.
class RunExport
{
public:
    static QByteArray toJson(const Run &run,
                             const std::optional<QList<RunEvent>> &events = std::nullopt);
};

} // namespace spool
