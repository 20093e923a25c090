#include "logging.h"

namespace spool {

// Debug and info stay off by default: a desktop app and a CLI whose standard error is
// their user-facing output must not chatter; warnings are on.
Q_LOGGING_CATEGORY(lcEngine, "spool.engine", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTasks, "spool.tasks", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMedia, "spool.media", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSpeech, "spool.speech", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "spool.store", QtWarningMsg)

} // namespace spool
