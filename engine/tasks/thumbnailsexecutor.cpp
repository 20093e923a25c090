#include "thumbnailsexecutor.h"

#include "ingestexecutor.h"
#include "mediatask.h"

#include <media/imagemaker.h>
#include <media/mediaprobe.h>
#include <media/thumbnailsheet.h>
#include <schema/optionreader.h>

#include <QFile>
#include <QSaveFile>
#include <QUrl>

namespace spool {

using namespace Qt::Literals::StringLiterals;

std::optional<Error> ThumbnailsExecutor::check(const QJsonObject &options,
                                               const std::optional<MediaFile> &input) const
{
    return MediaTask::checkInput(u"thumbnails"_s, {u"video"_s}, options, input);
}

Result<TaskOutcome> ThumbnailsExecutor::execute(TaskContext &context) const
{
    const ThumbnailSettings settings = ThumbnailSettings::read(
        OptionReader(u"thumbnails", context.options));
    const std::optional<ImageMaker::Format> format = ImageMaker::format(settings.format);
    if (!format)
        return Error{u"format_unsupported"_s, u"no sheet format \"%1\""_s.arg(settings.format)};
    const QString sheetName = u"thumbnails."_s + format->extension;
    const QString trackName = u"thumbnails.vtt"_s;
    const QString sheetPartial = context.temporaryPath(sheetName);
    const QString trackPartial = context.temporaryPath(trackName);
    const auto cleanUp = [&] {
        QFile::remove(sheetPartial);
        QFile::remove(trackPartial);
    };

    Result<QList<ThumbnailSheet::Tile>> tiles = ThumbnailSheet::make(context.input->path,
                                                                     context.input->properties,
                                                                     sheetPartial,
                                                                     settings,
                                                                     context.cancel,
                                                                     [&](double fraction) {
                                                                         context.progress->report(
                                                                             fraction);
                                                                     });
    if (!tiles) {
        cleanUp();
        return tiles.error();
    }
    context.log->add(u"took %1 frames into a sprite sheet"_s.arg(tiles->size()));
    QFile track(trackPartial);
    const QByteArray vtt = ThumbnailSheet::webVtt(*tiles, sheetName);
    if (!track.open(QIODevice::WriteOnly) || track.write(vtt) != vtt.size()) {
        cleanUp();
        return Error{u"file_unwritable"_s, u"cannot write %1"_s.arg(trackPartial)};
    }
    track.close();

    Result<QJsonObject> probed = MediaProbe::probe(sheetPartial);
    if (!probed) {
        cleanUp();
        return Error{u"encoder_failed"_s,
                     u"the sprite sheet does not read back: "_s + probed.error().message};
    }
    QJsonObject properties = *probed;
    properties.insert(u"kind"_s, u"image"_s);
    properties.insert(u"filename"_s, sheetName);
    properties.insert(u"mimetype"_s, format->mimetype);
    properties.insert(u"format"_s, format->name);
    properties.remove(u"duration"_s);
    properties.remove(u"bitrate"_s);
    const QString sheetPath = context.finalPath(sheetName);
    const QString trackPath = context.finalPath(trackName);

    TaskOutcome outcome;
    outcome.files.append({sheetPartial, sheetPath});
    outcome.files.append({trackPartial, trackPath});
    OutputEntry sheet = OutputEntry::forSource(sheetPath, properties);
    sheet.extra.insert(u"count"_s, tiles->size());
    outcome.outputs.append(sheet);
    OutputEntry cues;
    cues.kind = u"track"_s;
    cues.type = u"text/vtt"_s;
    cues.url = QUrl::fromLocalFile(trackPath).toString();
    cues.filesize = vtt.size();
    cues.format = u"vtt"_s;
    outcome.outputs.append(cues);
    outcome.primary = MediaFile{sheetPath, properties};
    return outcome;
}

} // namespace spool
