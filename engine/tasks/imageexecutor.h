#pragma once

#include <runtime/taskexecutor.h>

namespace spool {

/// `image`: one still image (jpeg, png, webp, avif) from a frame of a video or from an image,
/// sized and fitted as ImageMaker describes.
class ImageExecutor : public TaskExecutor
{
public:
    std::optional<Error> check(const QJsonObject &options,
                               const std::optional<MediaFile> &input) const override;
    Result<TaskOutcome> execute(TaskContext &context) const override;
};

} // namespace spool
