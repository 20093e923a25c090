#include "logging.h"

namespace spool {

Q_LOGGING_CATEGORY(lcCli, "spool.cli", QtWarningMsg)

} // namespace spool
