#pragma once

#include <QLoggingCategory>

namespace spool {

/// spool.cli: what spool-cli does besides its output (history recovery). Quiet below warnings unless turned on, e.g. QT_LOGGING_RULES="spool.cli.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcCli)

} // namespace spool
