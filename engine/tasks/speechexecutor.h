#pragma once

#include <runtime/taskexecutor.h>

namespace spool {

/// `speech`: the input's words, recognised offline (Transcription), as the intelligence JSON of
/// spec §4. Silence gives an empty transcript, not an error.
class SpeechExecutor : public TaskExecutor
{
public:
    std::optional<Error> check(const QJsonObject &options,
                               const std::optional<MediaFile> &input) const override;
    Result<TaskOutcome> execute(TaskContext &context) const override;
};

} // namespace spool
