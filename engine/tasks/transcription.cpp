#include "transcription.h"

#include <media/speechaudio.h>
#include <speech/pocketsphinxrecognizer.h>
#include <speech/transcriptjson.h>

#include <QFile>
#include <QJsonDocument>

namespace spool {

using namespace Qt::Literals::StringLiterals;

bool Transcription::isTranscript(const MediaFile &input)
{
    return input.properties.value(u"kind").toString() == u"transcript";
}

Result<Transcript> Transcription::obtain(TaskContext &context)
{
    const MediaFile &input = *context.input;
    if (isTranscript(input)) {
        QFile file(input.path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{u"file_unreadable"_s, u"cannot read the transcript %1"_s.arg(input.path)};
        context.log->add(u"using the transcript of the speech task before this one"_s);
        return TranscriptJson::fromJson(QJsonDocument::fromJson(file.readAll()).object());
    }
    bool computed = false;
    const Result<QVariant> cached = context.cache->obtain(
        u"transcript:"_s + input.path,
        [&]() -> Result<QVariant> {
            Result<std::vector<int16_t>> samples = SpeechAudio::decode(input.path,
                                                                       context.cancel,
                                                                       [&](double fraction) {
                                                                           context.progress->report(
                                                                               fraction * 0.2);
                                                                       });
            if (!samples)
                return samples.error();
            Result<PocketSphinxRecognizer *> recognizer = PocketSphinxRecognizer::forThisThread();
            if (!recognizer)
                return recognizer.error();
            Result<Transcript> transcript
                = (*recognizer)->recognize(*samples, context.cancel, [&](double fraction) {
                      context.progress->report(0.2 + fraction * 0.75);
                  });
            if (!transcript)
                return transcript.error();
            Transcript result = std::move(transcript).value();
            result.duration = double(samples->size()) / SpeechAudio::SampleRate;
            return QVariant(TranscriptJson::toJson(result));
        },
        &computed);
    if (!cached)
        return cached.error();
    context.log->add(
        computed
            ? u"transcribed %1 for this run; other tasks that need it share it"_s.arg(input.path)
            : u"used the transcript of %1 another task of this run made"_s.arg(input.path));
    return TranscriptJson::fromJson(cached->toJsonObject());
}

} // namespace spool
