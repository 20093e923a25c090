#pragma once

#include "downloader.h"
#include <runtime/taskexecutor.h>

namespace spool {

/// `ingest`: takes a local path, a file:// URL or an http(s) URL (streamed into the task's
/// folder), probes the file with MediaProbe and reports it as the task's output. Local files
/// are used where they are, not copied. A relative path is resolved against the folder of the
/// request file (TaskContext::baseDir).
class IngestExecutor : public TaskExecutor
{
public:
    explicit IngestExecutor(DownloadSettings settings = {});

    Result<TaskOutcome> execute(TaskContext &context) const override;

private:
    Downloader m_downloader;
};

} // namespace spool
