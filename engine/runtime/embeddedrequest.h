#pragma once

#include <core/result.h>
#include <schema/runrequest.h>

#include <QString>
#include <QStringList>

#include <optional>

namespace spool {

/// A request made ready for the embedded engine: every task knows its node in the request as
/// submitted, the input (when given) replaces the url of the single top-level ingest or is
/// ingested by an implicit first task, and the whole is valid for the kinds the engine has.
/// An invalid request is `request_invalid`, with every problem in Error::problems.
Result<RunRequest> prepareEmbeddedRequest(const RunRequest &original,
                                          const std::optional<QString> &input,
                                          const QStringList &engineKinds);

} // namespace spool
