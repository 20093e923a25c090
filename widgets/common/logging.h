#pragma once

#include <QLoggingCategory>

namespace spool {

/// spool.widgets: the editor's parts (the graph model refusing an edit that would break it). Quiet below warnings unless turned on, e.g. QT_LOGGING_RULES="spool.widgets.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcWidgets)

} // namespace spool
