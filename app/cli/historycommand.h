#pragma once

#include <QStringList>

namespace spool {

/// The history commands: `spool-cli runs` lists runs newest first, with the spec's cursor
/// pagination; `spool-cli show RUN_ID` prints one run with its tasks.
class HistoryCommand
{
public:
    static int runs(const QStringList &arguments);
    static int show(const QStringList &arguments);
};

} // namespace spool
