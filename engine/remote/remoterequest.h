#pragma once

#include <core/result.h>
#include <runtime/runservice.h>
#include <schema/runrequest.h>

namespace spool {

/// A request made ready to send to a `/runs` server: the input (when given) replaces the url of
/// the single top-level ingest or is ingested by a first task, and an ingest's relative local
/// path is made absolute against StartOptions::baseDir (a server on this machine, allowed to
/// read that folder, then finds the file). The server validates the rest. Two or more
/// top-level ingests with an input are `request_invalid`.
Result<RunRequest> prepareRemoteRequest(const RunRequest &original, const StartOptions &options);

} // namespace spool
