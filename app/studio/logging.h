#pragma once

#include <QLoggingCategory>

namespace spool {

/// spool.studio: the window's document, recovery and controllers. Quiet below warnings unless turned on, e.g. QT_LOGGING_RULES="spool.studio.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcStudio)

} // namespace spool
