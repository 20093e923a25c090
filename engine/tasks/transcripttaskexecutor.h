#pragma once

#include <runtime/taskexecutor.h>

#include <speech/transcript.h>

namespace spool {

/// What the text kinds share: they work on a transcript (their speech parent's, or one made
/// from their input's sound, shared in the run), and they need one of those inputs.
class TranscriptTaskExecutor : public TaskExecutor
{
public:
    explicit TranscriptTaskExecutor(QString kind);

    std::optional<Error> check(const QJsonObject &options,
                               const std::optional<MediaFile> &input) const override;
    Result<TaskOutcome> execute(TaskContext &context) const override;

protected:
    virtual Result<TaskOutcome> make(TaskContext &context, const Transcript &transcript) const = 0;

private:
    QString m_kind;
};

} // namespace spool
