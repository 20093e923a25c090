#pragma once

#include "transcripttaskexecutor.h"

namespace spool {

/// `summary`: title, description, tags and languages (Summarizer) on the task and as JSON.
class SummaryExecutor : public TranscriptTaskExecutor
{
public:
    SummaryExecutor()
        : TranscriptTaskExecutor(QStringLiteral("summary"))
    {}

protected:
    Result<TaskOutcome> make(TaskContext &context, const Transcript &transcript) const override;
};

} // namespace spool
