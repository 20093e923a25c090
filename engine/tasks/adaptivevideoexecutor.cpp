#include "adaptivevideoexecutor.h"

#include "mediatask.h"

#include <media/hlsladder.h>
#include <media/videotranscoder.h>
#include <schema/optionreader.h>

#include <QDir>
#include <QFile>
#include <QUrl>

namespace spool {

using namespace Qt::Literals::StringLiterals;

std::optional<Error> AdaptiveVideoExecutor::check(const QJsonObject &options,
                                                  const std::optional<MediaFile> &input) const
{
    return MediaTask::checkInput(u"adaptive_video"_s, {u"video"_s}, options, input);
}

Result<TaskOutcome> AdaptiveVideoExecutor::execute(TaskContext &context) const
{
    const QJsonObject &source = context.input->properties;
    const VideoSettings settings = VideoSettings::read(
        OptionReader(u"adaptive_video", context.options));
    QList<HlsLadder::Rendition> renditions = HlsLadder::plan(settings,
                                                             source.value(u"width").toInt(),
                                                             source.value(u"height").toInt());
    if (renditions.isEmpty()) {
        return Error{u"input_unsupported"_s,
                     u"%1 is %2x%3: too small for any HLS rendition, which needs at least 2x2 "
                     "pixels (4:2:0)"_s.arg(source.value(u"filename").toString())
                         .arg(source.value(u"width").toInt())
                         .arg(source.value(u"height").toInt())};
    }
    const QString partial = context.temporaryPath(u"hls"_s);
    const auto fail = [&](const Error &error) -> Result<TaskOutcome> {
        QDir(partial).removeRecursively();
        return error;
    };
    if (!QDir().mkpath(partial))
        return fail(Error{u"file_unwritable"_s, u"cannot create %1"_s.arg(partial)});
    const bool hasAudio = source.value(u"has_audio").toBool();

    for (qsizetype i = 0; i < renditions.size(); ++i) {
        HlsLadder::Rendition &rendition = renditions[i];
        const QString folder = partial + u'/' + rendition.name;
        QDir().mkpath(folder);
        context.log->add(u"encoding the %1 rendition (%2x%3)"_s.arg(rendition.name)
                             .arg(rendition.width)
                             .arg(rendition.height));
        const QMap<QString, QString> muxer{
            {u"hls_time"_s, QString::number(HlsLadder::SegmentSeconds)},
            {u"hls_playlist_type"_s, u"vod"_s},
            {u"hls_flags"_s, u"independent_segments"_s},
            {u"hls_segment_filename"_s, folder + u"/segment_%03d.ts"_s},
        };
        const double base = double(i) / double(renditions.size());
        if (std::optional<Error> error = VideoTranscoder::transcode(
                context.input->path,
                source,
                folder + u"/index.m3u8"_s,
                rendition.settings,
                context.cancel,
                [&](double fraction) {
                    context.progress->report(base + fraction / double(renditions.size()));
                },
                muxer)) {
            return fail(*error);
        }
        if (!HlsLadder::measure(rendition, folder, hasAudio, settings.codec)) {
            return fail(Error{u"encoder_failed"_s,
                              u"the %1 rendition has no segments"_s.arg(rendition.name)});
        }
    }

    // Without the fps option the renditions keep the source's rate (25 when it has none).
    const double frameRate = settings.fps.value_or(source.value(u"fps").toDouble(25.0));
    QFile master(partial + u"/master.m3u8"_s);
    const QByteArray text = HlsLadder::masterPlaylist(renditions, frameRate);
    if (!master.open(QIODevice::WriteOnly) || master.write(text) != text.size())
        return fail(Error{u"file_unwritable"_s, u"cannot write %1"_s.arg(master.fileName())});
    master.close();

    const QString folder = context.finalPath(u"hls"_s);
    const QString masterPath = folder + u"/master.m3u8"_s;
    OutputEntry entry;
    entry.kind = u"source"_s;
    entry.type = u"application/vnd.apple.mpegurl"_s;
    entry.url = QUrl::fromLocalFile(masterPath).toString();
    entry.format = u"hls"_s;
    entry.width = renditions.first().width;
    entry.height = renditions.first().height;
    // What the package holds, the trim applied: the top rendition's segments.
    entry.duration = renditions.first().duration;
    qint64 total = 0;
    QJsonArray variants;
    for (const HlsLadder::Rendition &rendition : std::as_const(renditions)) {
        variants.append(
            QJsonObject{{u"name"_s, rendition.name},
                        {u"width"_s, rendition.width},
                        {u"height"_s, rendition.height},
                        {u"bandwidth"_s, rendition.peakBandwidth},
                        {u"average_bandwidth"_s, rendition.averageBandwidth},
                        {u"codecs"_s, rendition.codecs},
                        {u"url"_s,
                         QUrl::fromLocalFile(folder + u'/' + rendition.name + u"/index.m3u8"_s)
                             .toString()}});
        const QDir dir(partial + u'/' + rendition.name);
        for (const QFileInfo &file : dir.entryInfoList(QDir::Files))
            total += file.size();
    }
    entry.filesize = total + text.size();
    entry.extra.insert(u"renditions"_s, variants);

    TaskOutcome outcome;
    outcome.files.append({partial, folder});
    outcome.outputs.append(entry);
    QJsonObject properties{{u"kind"_s, u"video"_s},
                           {u"mimetype"_s, entry.type},
                           {u"format"_s, u"hls"_s},
                           {u"filename"_s, u"master.m3u8"_s},
                           {u"width"_s, *entry.width},
                           {u"height"_s, *entry.height}};
    outcome.primary = MediaFile{masterPath, properties};
    return outcome;
}

} // namespace spool
