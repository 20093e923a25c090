#pragma once

#include <runtime/taskexecutor.h>

namespace spool {

/// `thumbnails`: a sprite sheet of frames and a WebVTT track of `#xywh` cues into it
/// (ThumbnailSheet).
class ThumbnailsExecutor : public TaskExecutor
{
public:
    std::optional<Error> check(const QJsonObject &options,
                               const std::optional<MediaFile> &input) const override;
    Result<TaskOutcome> execute(TaskContext &context) const override;
};

} // namespace spool
