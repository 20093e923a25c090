#include "audioexecutor.h"

#include "mediatask.h"

#include <media/audiotranscoder.h>

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
    AudioTranscoder::Settings settings;
    settings.format = context.options.value(u"format").toString(u"mp3"_s);
    settings.quality = context.options.value(u"quality").toString(u"medium"_s);
    if (context.options.contains(u"bitrate"))
        settings.bitrate = context.options.value(u"bitrate").toInteger();
    if (context.options.contains(u"start"))
        settings.start = context.options.value(u"start").toDouble();
    if (context.options.contains(u"end"))
        settings.end = context.options.value(u"end").toDouble();
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
