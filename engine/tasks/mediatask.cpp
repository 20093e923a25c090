#include "mediatask.h"

#include "ingestexecutor.h"

#include <media/framegeometry.h>
#include <media/mediaprobe.h>
#include <media/thumbnailsettings.h>
#include <media/thumbnailsheet.h>
#include <schema/optionreader.h>
#include <schema/outputlimits.h>

#include <QFile>
#include <QUrl>

#include <cmath>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

QString describeKind(const QJsonObject &file)
{
    const QString kind = file.value(u"kind").toString();
    if (kind == u"image")
        return u"a still image"_s;
    if (kind == u"audio")
        return u"sound only"_s;
    return file.value(u"has_audio").toBool() ? u"a video"_s : u"a video without sound"_s;
}

// The options that made a computed size, for the message: `width "400%"`, `fit cover` and the
// input's own size.
QString sizeOrigin(const FrameSettings &frame, int inputWidth, int inputHeight)
{
    QStringList given;
    if (frame.width)
        given.append(u"width "_s + frame.width->text());
    if (frame.height)
        given.append(u"height "_s + frame.height->text());
    if (frame.width && frame.height)
        given.append(u"fit %1"_s.arg(frame.fit));
    return u"%1 of the %2×%3 input"_s
        .arg(given.isEmpty() ? u"the input's size"_s : given.join(u", "_s))
        .arg(inputWidth)
        .arg(inputHeight);
}

// The one check of a size that depends on the input (a percentage, one side following the
// aspect, a thumbnails sheet whose frame count follows the duration) against the table the
// validator uses for fixed sizes, made before anything is decoded or allocated.
std::optional<Error> checkGeometry(const QString &task,
                                   const OptionReader &options,
                                   const QJsonObject &file)
{
    const int inputWidth = file.value(u"width").toInt();
    const int inputHeight = file.value(u"height").toInt();
    if (inputWidth <= 0 || inputHeight <= 0)
        return std::nullopt;
    const OutputLimit *limit = OutputLimits::forTask(task, options.options());
    const FrameSettings frame = FrameSettings::read(options);
    if (task == u"thumbnails") {
        const ThumbnailSettings settings = ThumbnailSettings::read(options);
        const auto [width, height] = FrameGeometry::size(frame, inputWidth, inputHeight);
        const qint64 count = ThumbnailSheet::plan(settings, file.value(u"duration").toDouble())
                                 .size();
        if (count <= 0)
            return std::nullopt;
        const qint64 columns = qint64(std::ceil(std::sqrt(double(count))));
        const qint64 rows = (count + columns - 1) / columns;
        QString origin = sizeOrigin(frame, inputWidth, inputHeight);
        if (settings.interval) {
            origin += u", interval %1 s over %2 s"_s.arg(*settings.interval)
                          .arg(file.value(u"duration").toDouble());
        } else {
            origin += u", count %1"_s.arg(count);
        }
        return OutputLimits::checkSheet(limit, count, width, height, columns, rows, origin);
    }
    if (!limit)
        return std::nullopt;
    const bool even = task != u"image";
    const auto [width, height] = FrameGeometry::size(frame, inputWidth, inputHeight, even);
    return OutputLimits::checkFrame(*limit,
                                    width,
                                    height,
                                    sizeOrigin(frame, inputWidth, inputHeight));
}

} // namespace

std::optional<Error> MediaTask::checkInput(const QString &task,
                                           const QStringList &kinds,
                                           const QJsonObject &options,
                                           const std::optional<MediaFile> &input)
{
    const QString article = task.startsWith(u"audio") || task.startsWith(u"image")
                                    || task.startsWith(u"adaptive") || task.startsWith(u"outline")
                                ? u"an"_s
                                : u"a"_s;
    if (!input)
        return Error{u"input_missing"_s, u"%1 %2 task needs an input file"_s.arg(article, task)};
    const QJsonObject &file = input->properties;
    const bool fits = kinds.contains(file.value(u"kind").toString())
                      || (kinds.contains(u"sound") && file.value(u"has_audio").toBool());
    if (!fits) {
        return Error{u"input_unsupported"_s,
                     u"%1 %2 task needs %3, but %4 is %5"_s.arg(article,
                                                                task,
                                                                kinds.join(u" or "_s),
                                                                file.value(u"filename").toString(),
                                                                describeKind(file))};
    }
    // The validator cannot know the input's duration; here it is known (probed at ingest). A
    // range past the end is refused, naming the option by its pointer in the task, rather than
    // cut silently to what the file holds. `end` may pass the probed duration by RangeSlack,
    // which is rounding of container durations, not time the file lacks.
    const double duration = file.value(u"duration").toDouble();
    const OptionReader reader(task, options);
    // The text kinds declare no trim: they read the whole input.
    const double start = reader.spec().option(u"start") ? reader.number(u"start").value_or(0.0)
                                                        : 0.0;
    if (file.value(u"kind").toString() != u"image" && duration > 0) {
        if (start >= duration) {
            return Error{u"range_invalid"_s,
                         u"start (%1 s) is past the end of %2 (%3 s)"_s
                             .arg(QString::number(start),
                                  file.value(u"filename").toString(),
                                  QString::number(duration, 'f', 3)),
                         u"/options/start"_s};
        }
        const std::optional<double> end = reader.spec().option(u"end") ? reader.number(u"end")
                                                                       : std::nullopt;
        if (end && *end > duration + RangeSlack) {
            return Error{u"range_invalid"_s,
                         u"end (%1 s) is past the end of %2 (%3 s)"_s
                             .arg(QString::number(*end),
                                  file.value(u"filename").toString(),
                                  QString::number(duration, 'f', 3)),
                         u"/options/end"_s};
        }
    }
    if (task == u"video" || task == u"image" || task == u"thumbnails" || task == u"adaptive_video") {
        return checkGeometry(task, reader, file);
    }
    return std::nullopt;
}

Result<TaskOutcome> MediaTask::deliver(TaskContext &context,
                                       const QString &partial,
                                       const QString &name,
                                       const QString &mimetype,
                                       const QString &format,
                                       bool still)
{
    Result<QJsonObject> probed = MediaProbe::probe(partial);
    if (!probed) {
        QFile::remove(partial);
        return Error{u"encoder_failed"_s,
                     u"the file written does not read back: "_s + probed.error().message};
    }
    QJsonObject properties = *probed;
    properties.insert(u"filename"_s, name);
    properties.insert(u"mimetype"_s, mimetype);
    properties.insert(u"format"_s, format);
    if (still) {
        properties.insert(u"kind"_s, u"image"_s);
        properties.remove(u"duration"_s);
        properties.remove(u"bitrate"_s);
    }
    const QString path = context.finalPath(name);
    TaskOutcome outcome;
    outcome.files.append({partial, path});
    outcome.outputs.append(OutputEntry::forSource(path, properties));
    outcome.primary = MediaFile{path, properties};
    context.log->add(
        u"wrote %1 (%2 bytes)"_s.arg(name).arg(properties.value(u"filesize").toInteger()));
    context.progress->report(1.0);
    return outcome;
}

Result<TaskOutcome> MediaTask::deliverText(TaskContext &context,
                                           const QString &name,
                                           const QByteArray &content,
                                           const QString &entryKind,
                                           const QString &mimetype,
                                           const QString &format)
{
    const QString partial = context.temporaryPath(name);
    QFile file(partial);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        QFile::remove(partial);
        return Error{u"file_unwritable"_s, u"cannot write %1"_s.arg(partial)};
    }
    file.close();
    const QString path = context.finalPath(name);
    OutputEntry entry;
    entry.kind = entryKind;
    entry.type = mimetype;
    entry.url = QUrl::fromLocalFile(path).toString();
    entry.filesize = content.size();
    entry.format = format;
    TaskOutcome outcome;
    outcome.files.append({partial, path});
    outcome.outputs.append(entry);
    context.log->add(u"wrote %1 (%2 bytes)"_s.arg(name).arg(content.size()));
    context.progress->report(1.0);
    return outcome;
}

} // namespace spool
