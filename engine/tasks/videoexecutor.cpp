#include "videoexecutor.h"

#include "mediatask.h"

#include <media/videotranscoder.h>
#include <schema/optionreader.h>

#include <QFile>

namespace spool {

using namespace Qt::Literals::StringLiterals;

std::optional<Error> VideoExecutor::check(const QJsonObject &options,
                                          const std::optional<MediaFile> &input) const
{
    return MediaTask::checkInput(u"video"_s, {u"video"_s}, options, input);
}

Result<TaskOutcome> VideoExecutor::execute(TaskContext &context) const
{
    const VideoSettings settings = VideoSettings::read(OptionReader(u"video", context.options));
    const std::optional<VideoTranscoder::Container> container = VideoTranscoder::container(
        settings.format);
    if (!container)
        return Error{u"format_unsupported"_s, u"no video format \"%1\""_s.arg(settings.format)};
    const QString name = u"video."_s + container->extension;
    const QString partial = context.temporaryPath(name);
    context.log->add(
        u"transcoding %1 to %2 (%3)"_s.arg(context.input->path, settings.format, settings.codec));
    if (std::optional<Error> error = VideoTranscoder::transcode(context.input->path,
                                                                context.input->properties,
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
    return MediaTask::deliver(context, partial, name, container->mimetype, container->name);
}

} // namespace spool
