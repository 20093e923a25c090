#include "speechexecutor.h"

#include "mediatask.h"
#include "transcription.h"

#include <speech/transcriptjson.h>

#include <QJsonDocument>

namespace spool {

using namespace Qt::Literals::StringLiterals;

std::optional<Error> SpeechExecutor::check(const QJsonObject &options,
                                           const std::optional<MediaFile> &input) const
{
    return MediaTask::checkInput(u"speech"_s, {u"sound"_s}, options, input);
}

Result<TaskOutcome> SpeechExecutor::execute(TaskContext &context) const
{
    Result<Transcript> transcript = Transcription::obtain(context);
    if (!transcript)
        return transcript.error();
    context.log->add(u"recognised %1 words"_s.arg(transcript->words.size()));
    const QByteArray json = QJsonDocument(TranscriptJson::toJson(*transcript)).toJson();
    Result<TaskOutcome> outcome = MediaTask::deliverText(context,
                                                         u"speech.json"_s,
                                                         json,
                                                         u"intelligence"_s,
                                                         u"application/json"_s,
                                                         u"json"_s);
    if (!outcome)
        return outcome;
    outcome.value().primary = MediaFile{context.finalPath(u"speech.json"_s),
                                        QJsonObject{{u"kind"_s, u"transcript"_s},
                                                    {u"filename"_s, u"speech.json"_s},
                                                    {u"mimetype"_s, u"application/json"_s},
                                                    {u"duration"_s, transcript->duration}}};
    return outcome;
}

} // namespace spool
