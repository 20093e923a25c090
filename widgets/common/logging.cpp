#include "logging.h"

namespace spool {

Q_LOGGING_CATEGORY(lcWidgets, "spool.widgets", QtWarningMsg)

} // namespace spool
