#include "transcripttaskexecutor.h"

#include "mediatask.h"
#include "transcription.h"

namespace spool {

using namespace Qt::Literals::StringLiterals;

TranscriptTaskExecutor::TranscriptTaskExecutor(QString kind)
    : m_kind(std::move(kind))
{}

std::optional<Error> TranscriptTaskExecutor::check(const QJsonObject &options,
                                                   const std::optional<MediaFile> &input) const
{
    return MediaTask::checkInput(m_kind, {u"transcript"_s, u"sound"_s}, options, input);
}

Result<TaskOutcome> TranscriptTaskExecutor::execute(TaskContext &context) const
{
    Result<Transcript> transcript = Transcription::obtain(context);
    if (!transcript)
        return transcript.error();
    if (transcript->duration <= 0)
        transcript.value().duration = context.input->properties.value(u"duration").toDouble();
    return make(context, *transcript);
}

} // namespace spool
