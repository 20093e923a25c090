#pragma once

#include "transcripttaskexecutor.h"

namespace spool {

/// `chapters`: a WebVTT or SRT track of titled chapters (ChapterSegmenter).
class ChaptersExecutor : public TranscriptTaskExecutor
{
public:
    ChaptersExecutor()
        : TranscriptTaskExecutor(QStringLiteral("chapters"))
    {}

protected:
    Result<TaskOutcome> make(TaskContext &context, const Transcript &transcript) const override;
};

} // namespace spool
