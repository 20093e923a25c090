#pragma once

#include <runtime/taskexecutor.h>

namespace spool {

/// `audio`: the sound of a video or audio input as mp3, aac (in .m4a), wav, ogg (Vorbis) or
/// flac, optionally trimmed to [start, end), at `bitrate` or the bitrate of its `quality`.
class AudioExecutor : public TaskExecutor
{
public:
    std::optional<Error> check(const QJsonObject &options,
                               const std::optional<MediaFile> &input) const override;
    Result<TaskOutcome> execute(TaskContext &context) const override;
};

} // namespace spool
