#include "audioexecutor.h"

#include "mediatask.h"

#include <media/audiotranscoder.h>
#include <schema/optionreader.h>

#include <QFile>

namespace spool {

using namespace Qt::Literals::StringLiterals;

std::optional<Error> AudioExecutor::check(const QJsonObject &options,
                                          const std::optional<MediaFile> &input) const
{
    return MediaTask::checkInput(u"audio"_s, {u"sound"_s}, options, input);
}

Result<TaskOutcome> AudioExecutor::execute(TaskContext &context) const
{
    const AudioSettings settings = AudioSettings::read(OptionReader(u"audio", context.options));
    const std::optional<AudioTranscoder::Format> format = AudioTranscoder::format(settings.format);
    if (!format)
        return Error{u"format_unsupported"_s, u"no audio format \"%1\""_s.arg(settings.format)};

    const QString name = u"audio."_s + format->extension;
    const QString partial = context.temporaryPath(name);
    context.log->add(u"encoding the sound of %1 as %2"_s.arg(context.input->path, settings.format));
    if (std::optional<Error> error = AudioTranscoder::transcode(context.input->path,
                                                                partial,
                                                                settings,
                                                                context.cancel,
                                                                [&](double fraction) {
                                                                    context.progress->report(
                                                                        fraction);
                                                                })) {
        QFile::remove(partial);
        return *error;
    }
    return MediaTask::deliver(context, partial, name, format->mimetype, format->name);
}

} // namespace spool
