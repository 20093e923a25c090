#include "logging.h"

namespace spool {

Q_LOGGING_CATEGORY(lcStudio, "spool.studio", QtWarningMsg)

} // namespace spool
