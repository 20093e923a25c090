#pragma once

#include <QLoggingCategory>

namespace spool {

/// spool.remote: each request to a `/runs` server (method, URL, status, attempt) and each retry.
/// Never the API key. Quiet below warnings unless turned on.
Q_DECLARE_LOGGING_CATEGORY(lcRemote)

} // namespace spool
