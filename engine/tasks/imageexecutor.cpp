#include "imageexecutor.h"

#include "mediatask.h"

#include <media/imagemaker.h>
#include <schema/optionreader.h>

#include <QFile>

namespace spool {

using namespace Qt::Literals::StringLiterals;

std::optional<Error> ImageExecutor::check(const QJsonObject &options,
                                          const std::optional<MediaFile> &input) const
{
    return MediaTask::checkInput(u"image"_s, {u"video"_s, u"image"_s}, options, input);
}

Result<TaskOutcome> ImageExecutor::execute(TaskContext &context) const
{
    const ImageSettings settings = ImageSettings::read(OptionReader(u"image", context.options));
    const std::optional<ImageMaker::Format> format = ImageMaker::format(settings.format);
    if (!format)
        return Error{u"format_unsupported"_s, u"no image format \"%1\""_s.arg(settings.format)};
    const QString name = u"image."_s + format->extension;
    const QString partial = context.temporaryPath(name);
    context.log->add(settings.start ? u"taking the frame at %1 s"_s.arg(*settings.start)
                                    : u"taking a representative frame"_s);
    if (std::optional<Error> error = ImageMaker::make(context.input->path,
                                                      context.input->properties,
                                                      partial,
                                                      settings,
                                                      context.cancel)) {
        QFile::remove(partial);
        return *error;
    }
    return MediaTask::deliver(context, partial, name, format->mimetype, format->name, true);
}

} // namespace spool
