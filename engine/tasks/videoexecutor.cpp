#include "videoexecutor.h"

#include "ingestexecutor.h"

#include <media/mediaprobe.h>
#include <media/videotranscoder.h>

#include <QFile>

namespace spool {

using namespace Qt::Literals::StringLiterals;

std::optional<Error> VideoExecutor::check(const QJsonObject &options,
                                          const std::optional<MediaFile> &input) const
{
    if (!input)
        return Error{u"input_missing"_s, u"a video task needs an input file"_s};
    const QJsonObject &file = input->properties;
    const QString kind = file.value(u"kind").toString();
    if (kind != u"video") {
        return Error{u"input_unsupported"_s,
                     u"a video task needs a video, but %1 is %2"_s
                         .arg(file.value(u"filename").toString(),
                              kind == u"image" ? u"a still image"_s : u"sound only"_s)};
    }
    const double duration = file.value(u"duration").toDouble();
    if (duration > 0 && options.value(u"start").toDouble() >= duration) {
        return Error{u"range_invalid"_s,
                     u"start (%1 s) is past the end of %2 (%3 s)"_s
                         .arg(QString::number(options.value(u"start").toDouble()),
                              file.value(u"filename").toString(),
                              QString::number(duration))};
    }
    return std::nullopt;
}

Result<TaskOutcome> VideoExecutor::execute(TaskContext &context) const
{
    const QString formatName = context.options.value(u"format").toString(u"mp4"_s);
    const std::optional<VideoTranscoder::Container> container = VideoTranscoder::container(
        formatName);
    if (!container)
        return Error{u"format_unsupported"_s, u"no video format \"%1\""_s.arg(formatName)};
    const QString name = u"video."_s + container->extension;
    const QString partial = context.temporaryPath(name);
    context.log->add(u"transcoding %1 to %2 (%3)"_s.arg(context.input->path,
                                                        formatName,
                                                        context.options.value(u"codec").toString(
                                                            container->defaultCodec)));
    if (std::optional<Error> error = VideoTranscoder::transcode(context.input->path,
                                                                context.input->properties,
                                                                partial,
                                                                context.options,
                                                                context.cancel,
                                                                [&](double fraction) {
                                                                    context.progress->report(
                                                                        fraction);
                                                                })) {
        QFile::remove(partial);
        return *error;
    }
    Result<QJsonObject> probed = MediaProbe::probe(partial);
    if (!probed) {
        QFile::remove(partial);
        return Error{u"encoder_failed"_s,
                     u"the video written does not read back: "_s + probed.error().message};
    }
    QJsonObject properties = *probed;
    properties.insert(u"filename"_s, name);
    properties.insert(u"mimetype"_s, container->mimetype);
    properties.insert(u"format"_s, container->name);
    const QString path = context.finalPath(name);
    TaskOutcome outcome;
    outcome.files.append({partial, path});
    outcome.outputs.append(IngestExecutor::sourceEntry(path, properties));
    outcome.primary = MediaFile{path, properties};
    context.log->add(u"wrote %1x%2, %3 s, %4 bytes"_s.arg(properties.value(u"width").toInt())
                         .arg(properties.value(u"height").toInt())
                         .arg(properties.value(u"duration").toDouble())
                         .arg(properties.value(u"filesize").toInteger()));
    return outcome;
}

} // namespace spool
