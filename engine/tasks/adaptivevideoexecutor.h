#pragma once

#include <runtime/taskexecutor.h>

namespace spool {

/// `adaptive_video`: HLS, a master playlist over at least three renditions (HlsLadder), each a
/// media playlist of 4-second transport-stream segments made by VideoTranscoder.
class AdaptiveVideoExecutor : public TaskExecutor
{
public:
    std::optional<Error> check(const QJsonObject &options,
                               const std::optional<MediaFile> &input) const override;
    Result<TaskOutcome> execute(TaskContext &context) const override;
};

} // namespace spool
