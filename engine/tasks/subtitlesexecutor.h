#pragma once

#include "transcripttaskexecutor.h"

namespace spool {

/// `subtitles`: WebVTT or SRT cues cut by SubtitleBuilder.
class SubtitlesExecutor : public TranscriptTaskExecutor
{
public:
    SubtitlesExecutor()
        : TranscriptTaskExecutor(QStringLiteral("subtitles"))
    {}

protected:
    Result<TaskOutcome> make(TaskContext &context, const Transcript &transcript) const override;
};

} // namespace spool
