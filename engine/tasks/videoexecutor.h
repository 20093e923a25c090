#pragma once

#include <runtime/taskexecutor.h>

namespace spool {

/// `video`: a new video from a video input, as VideoTranscoder makes it from the task's
/// options.
class VideoExecutor : public TaskExecutor
{
public:
    std::optional<Error> check(const QJsonObject &options,
                               const std::optional<MediaFile> &input) const override;
    Result<TaskOutcome> execute(TaskContext &context) const override;
};

} // namespace spool
