#pragma once

#include <QLoggingCategory>

namespace spool {

// The engine's logging categories, one per part. All are quiet below warnings unless turned
// on, e.g. QT_LOGGING_RULES="spool.media.debug=true" (README: "Diagnostics").
Q_DECLARE_LOGGING_CATEGORY(lcEngine) ///< spool.engine: runs starting and finishing (runtime/)
Q_DECLARE_LOGGING_CATEGORY(lcTasks)  ///< spool.tasks: every line an executor writes to its task log
Q_DECLARE_LOGGING_CATEGORY(lcMedia)  ///< spool.media: what FFmpeg reports while a task runs
Q_DECLARE_LOGGING_CATEGORY(lcSpeech) ///< spool.speech: the recogniser and its model
Q_DECLARE_LOGGING_CATEGORY(lcStore)  ///< spool.store: the run history database

} // namespace spool
