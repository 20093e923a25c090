#include "mediatask.h"

#include "ingestexecutor.h"

#include <media/mediaprobe.h>

#include <QFile>
#include <QUrl>

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
    const double duration = file.value(u"duration").toDouble();
    const double start = options.value(u"start").toDouble();
    if (file.value(u"kind").toString() != u"image" && duration > 0 && start >= duration) {
        return Error{u"range_invalid"_s,
                     u"start (%1 s) is past the end of %2 (%3 s)"_s
                         .arg(QString::number(start),
                              file.value(u"filename").toString(),
                              QString::number(duration))};
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
