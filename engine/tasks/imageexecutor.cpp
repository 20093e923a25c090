#include "imageexecutor.h"

#include "ingestexecutor.h"

#include <media/imagemaker.h>
#include <media/mediaprobe.h>

#include <QFile>

namespace spool {

using namespace Qt::Literals::StringLiterals;

std::optional<Error> ImageExecutor::check(const QJsonObject &options,
                                          const std::optional<MediaFile> &input) const
{
    if (!input)
        return Error{u"input_missing"_s, u"an image task needs an input file"_s};
    const QJsonObject &file = input->properties;
    const QString kind = file.value(u"kind").toString();
    if (kind != u"video" && kind != u"image") {
        return Error{u"input_unsupported"_s,
                     u"an image task needs a picture, but %1 is %2 only"_s
                         .arg(file.value(u"filename").toString(), kind)};
    }
    const double duration = file.value(u"duration").toDouble();
    if (kind == u"video" && duration > 0 && options.value(u"start").toDouble() >= duration) {
        return Error{u"range_invalid"_s,
                     u"start (%1 s) is past the end of %2 (%3 s)"_s
                         .arg(QString::number(options.value(u"start").toDouble()),
                              file.value(u"filename").toString(),
                              QString::number(duration))};
    }
    return std::nullopt;
}

Result<TaskOutcome> ImageExecutor::execute(TaskContext &context) const
{
    const QString formatName = context.options.value(u"format").toString(u"jpeg"_s);
    const std::optional<ImageMaker::Format> format = ImageMaker::format(formatName);
    if (!format)
        return Error{u"format_unsupported"_s, u"no image format \"%1\""_s.arg(formatName)};
    const QString name = u"image."_s + format->extension;
    const QString partial = context.temporaryPath(name);
    context.log->add(context.options.contains(u"start") ? u"taking the frame at %1 s"_s.arg(
                         context.options.value(u"start").toDouble())
                                                        : u"taking a representative frame"_s);
    if (std::optional<Error> error = ImageMaker::make(context.input->path,
                                                      context.input->properties,
                                                      partial,
                                                      context.options,
                                                      context.cancel)) {
        QFile::remove(partial);
        return *error;
    }
    Result<QJsonObject> probed = MediaProbe::probe(partial);
    if (!probed) {
        QFile::remove(partial);
        return Error{u"encoder_failed"_s,
                     u"the image written does not read back: "_s + probed.error().message};
    }
    QJsonObject properties = *probed;
    properties.insert(u"kind"_s, u"image"_s);
    properties.insert(u"filename"_s, name);
    properties.insert(u"mimetype"_s, format->mimetype);
    properties.insert(u"format"_s, format->name);
    properties.remove(u"duration"_s);
    properties.remove(u"bitrate"_s);
    const QString path = context.finalPath(name);
    TaskOutcome outcome;
    outcome.files.append({partial, path});
    outcome.outputs.append(IngestExecutor::sourceEntry(path, properties));
    outcome.primary = MediaFile{path, properties};
    context.progress->report(1.0);
    return outcome;
}

} // namespace spool
