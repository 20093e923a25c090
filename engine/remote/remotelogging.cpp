#include "remotelogging.h"

namespace spool {

Q_LOGGING_CATEGORY(lcRemote, "spool.remote", QtWarningMsg)

} // namespace spool
