#include "audioexecutor.h"

#include "ingestexecutor.h"

#include <media/audiotranscoder.h>
#include <media/mediaprobe.h>

#include <QFile>

namespace spool {

using namespace Qt::Literals::StringLiterals;

std::optional<Error> AudioExecutor::check(const QJsonObject &options,
                                          const std::optional<MediaFile> &input) const
{
    if (!input)
        return Error{u"input_missing"_s, u"an audio task needs an input file"_s};
    const QJsonObject &file = input->properties;
    if (!file.value(u"has_audio").toBool()) {
        return Error{u"input_unsupported"_s,
                     u"an audio task needs sound, but %1 (%2) has none"_s
                         .arg(file.value(u"filename").toString(), file.value(u"kind").toString())};
    }
    const double duration = file.value(u"duration").toDouble();
    const double start = options.value(u"start").toDouble();
    if (duration > 0 && start >= duration) {
        return Error{u"range_invalid"_s,
                     u"start (%1 s) is past the end of %2 (%3 s)"_s
                         .arg(QString::number(start),
                              file.value(u"filename").toString(),
                              QString::number(duration))};
    }
    return std::nullopt;
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
    Result<QJsonObject> probed = MediaProbe::probe(partial);
    if (!probed) {
        QFile::remove(partial);
        return Error{u"encoder_failed"_s,
                     u"the encoded sound does not read back: "_s + probed.error().message};
    }
    QJsonObject properties = *probed;
    properties.insert(u"filename"_s, name);
    properties.insert(u"mimetype"_s, format->mimetype);
    const QString path = context.finalPath(name);
    TaskOutcome outcome;
    outcome.files.append({partial, path});
    outcome.outputs.append(IngestExecutor::sourceEntry(path, properties));
    outcome.primary = MediaFile{path, properties};
    context.log->add(u"wrote %1 bytes, %2 s"_s.arg(properties.value(u"filesize").toInteger())
                         .arg(properties.value(u"duration").toDouble()));
    return outcome;
}

} // namespace spool
