// Spool's media tasks side by side with the ffmpeg command line at the same encoder settings,
// in one run on one machine: wall time, CPU time, output size and peak memory, each command
// measured by GNU time.
//
// Usage: media_bench path/to/spool-cli [seconds of 1080p source, default 20]

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace {

QTextStream out(stdout);

struct Measure
{
    double wall = 0;
    double cpu = 0;
    double peakMiB = 0;
    bool ok = false;
};

// Runs `program arguments` under /usr/bin/time.
Measure measure(const QString &program, const QStringList &arguments)
{
    QTemporaryDir dir;
    const QString report = dir.filePath(u"time.txt"_s);
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(u"/usr/bin/time"_s,
                  QStringList{u"-o"_s, report, u"-f"_s, u"%e %U %S %M"_s, program} + arguments);
    process.waitForFinished(-1);
    Measure result;
    QFile file(report);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    const QList<QByteArray> fields = file.readAll().trimmed().split('\n').last().split(' ');
    if (fields.size() < 4)
        return result;
    result.wall = fields[0].toDouble();
    result.cpu = fields[1].toDouble() + fields[2].toDouble();
    result.peakMiB = fields[3].toDouble() / 1024;
    result.ok = process.exitCode() == 0;
    return result;
}

QString sizeOf(const QString &path)
{
    qint64 total = 0;
    const QFileInfo info(path);
    if (info.isDir()) {
        for (const QFileInfo &entry : QDir(path).entryInfoList(QDir::Files))
            total += entry.size();
    } else {
        total = info.size();
    }
    return QString::number(total);
}

void compare(const QString &what,
             const Measure &spool,
             const Measure &ffmpeg,
             const QString &spoolOutput = {},
             const QString &ffmpegOutput = {})
{
    out << what << u":\n"_s;
    out << u"  spool : %1 s wall, %2 s CPU, %3 MiB peak%4\n"_s.arg(spool.wall)
               .arg(spool.cpu)
               .arg(spool.peakMiB, 0, 'f', 1)
               .arg(spool.ok ? QString() : u" (FAILED)"_s);
    out << u"  ffmpeg: %1 s wall, %2 s CPU, %3 MiB peak%4\n"_s.arg(ffmpeg.wall)
               .arg(ffmpeg.cpu)
               .arg(ffmpeg.peakMiB, 0, 'f', 1)
               .arg(ffmpeg.ok ? QString() : u" (FAILED)"_s);
    out << u"  ratio spool/ffmpeg: wall %1, CPU %2"_s.arg(spool.wall / ffmpeg.wall, 0, 'f', 3)
               .arg(spool.cpu / ffmpeg.cpu, 0, 'f', 3);
    if (!spoolOutput.isEmpty()) {
        const double a = sizeOf(spoolOutput).toDouble();
        const double b = sizeOf(ffmpegOutput).toDouble();
        out << u", output size %1 (%2 / %3 bytes)"_s.arg(a / b, 0, 'f', 3).arg(a).arg(b);
    }
    out << u"\n"_s;
    out.flush();
}

QString writeRequest(const QString &path, const QString &json)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(json.toUtf8());
    return path;
}

// The single task's output in a Spool workspace: the newest run's task folder.
QString spoolOutput(const QString &workspace, const QString &name)
{
    const QDir runs(workspace + u"/runs"_s);
    for (const QString &run : runs.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Time)) {
        const QDir runDir(runs.filePath(run));
        for (const QString &task : runDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QString candidate = runDir.filePath(task) + u'/' + name;
            if (QFileInfo::exists(candidate))
                return candidate;
        }
    }
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString cli = app.arguments().value(1);
    const int seconds = app.arguments().value(2, u"20"_s).toInt();
    if (cli.isEmpty()) {
        out << u"usage: media_bench path/to/spool-cli [seconds]\n"_s;
        return 2;
    }
    QTemporaryDir dir;
    const QString source = dir.filePath(u"source-1080p.mp4"_s);
    out << u"making a %1 s 1080p25 H.264/AAC source…\n"_s.arg(seconds);
    out.flush();
    QProcess make;
    make.start(u"ffmpeg"_s,
               {u"-nostdin"_s,
                u"-v"_s,
                u"error"_s,
                u"-f"_s,
                u"lavfi"_s,
                u"-i"_s,
                u"testsrc2=size=1920x1080:rate=25"_s,
                u"-f"_s,
                u"lavfi"_s,
                u"-i"_s,
                u"sine=frequency=440:sample_rate=48000"_s,
                u"-t"_s,
                QString::number(seconds),
                u"-c:v"_s,
                u"libx264"_s,
                u"-preset"_s,
                u"veryfast"_s,
                u"-crf"_s,
                u"18"_s,
                u"-pix_fmt"_s,
                u"yuv420p"_s,
                u"-c:a"_s,
                u"aac"_s,
                u"-shortest"_s,
                source});
    make.waitForFinished(-1);
    if (make.exitCode() != 0) {
        out << u"ffmpeg could not make the source\n"_s;
        return 1;
    }
    const QString ff = u"ffmpeg"_s;
    const QStringList quiet{u"-nostdin"_s, u"-v"_s, u"error"_s, u"-y"_s};

    // 1080p → 720p H.264: x264 preset medium, CRF 23 (Spool's "medium"), AAC 128 kb/s, faststart.
    const QString ws1 = dir.filePath(u"ws1"_s);
    const QString transcode
        = writeRequest(dir.filePath(u"transcode.json"_s),
                       u"{\"tasks\":[{\"kind\":\"ingest\",\"options\":{\"url\":\"%1\"},"
                       "\"next\":[{\"kind\":\"video\",\"options\":{\"height\":720}}]}]}"_s.arg(
                           source));
    const Measure spoolVideo = measure(cli, {u"run"_s, transcode, u"--workspace"_s, ws1});
    const QString ffVideo = dir.filePath(u"ff-720p.mp4"_s);
    const Measure ffmpegVideo
        = measure(ff,
                  quiet
                      + QStringList{u"-i"_s,
                                    source,
                                    u"-vf"_s,
                                    u"scale=1280:720:flags=lanczos,setsar=1,fps=25,format=yuv420p"_s,
                                    u"-c:v"_s,
                                    u"libx264"_s,
                                    u"-preset"_s,
                                    u"medium"_s,
                                    u"-crf"_s,
                                    u"23"_s,
                                    u"-c:a"_s,
                                    u"aac"_s,
                                    u"-b:a"_s,
                                    u"128k"_s,
                                    u"-movflags"_s,
                                    u"+faststart"_s,
                                    ffVideo});
    compare(u"1080p -> 720p H.264 (x264 medium, CRF 23, AAC 128k)"_s,
            spoolVideo,
            ffmpegVideo,
            spoolOutput(ws1, u"video.mp4"_s),
            ffVideo);

    // Thumbnails: 12 frames of 160x90 in a 4x3 sheet, JPEG.
    const QString ws2 = dir.filePath(u"ws2"_s);
    const QString thumbs
        = writeRequest(dir.filePath(u"thumbs.json"_s),
                       u"{\"tasks\":[{\"kind\":\"ingest\",\"options\":{\"url\":\"%1\"},"
                       "\"next\":[{\"kind\":\"thumbnails\",\"options\":{\"count\":12}}]}]}"_s.arg(
                           source));
    const Measure spoolThumbs = measure(cli, {u"run"_s, thumbs, u"--workspace"_s, ws2});
    const QString ffThumbs = dir.filePath(u"ff-thumbs.jpg"_s);
    const double interval = double(seconds) / 12;
    const Measure ffmpegThumbs
        = measure(ff,
                  quiet
                      + QStringList{u"-i"_s,
                                    source,
                                    u"-vf"_s,
                                    u"fps=1/%1,scale=160:90:flags=lanczos,tile=4x3"_s.arg(interval),
                                    u"-frames:v"_s,
                                    u"1"_s,
                                    u"-q:v"_s,
                                    u"5"_s,
                                    ffThumbs});
    compare(
        u"thumbnails (12 in a 4x3 JPEG sheet; ffmpeg filters every frame, Spool decodes on and seeks far ahead)"_s,
        spoolThumbs,
        ffmpegThumbs,
        spoolOutput(ws2, u"thumbnails.jpg"_s),
        ffThumbs);

    // Audio extraction to MP3 at 128 kb/s.
    const QString ws3 = dir.filePath(u"ws3"_s);
    const QString sound
        = writeRequest(dir.filePath(u"audio.json"_s),
                       u"{\"tasks\":[{\"kind\":\"ingest\",\"options\":{\"url\":\"%1\"},"
                       "\"next\":[{\"kind\":\"audio\",\"options\":{\"format\":\"mp3\"}}]}]}"_s.arg(
                           source));
    const Measure spoolAudio = measure(cli, {u"run"_s, sound, u"--workspace"_s, ws3});
    const QString ffAudio = dir.filePath(u"ff.mp3"_s);
    const Measure ffmpegAudio = measure(ff,
                                        quiet
                                            + QStringList{u"-i"_s,
                                                          source,
                                                          u"-vn"_s,
                                                          u"-c:a"_s,
                                                          u"libmp3lame"_s,
                                                          u"-b:a"_s,
                                                          u"128k"_s,
                                                          ffAudio});
    compare(u"audio extraction (MP3 128 kb/s)"_s,
            spoolAudio,
            ffmpegAudio,
            spoolOutput(ws3, u"audio.mp3"_s),
            ffAudio);

    // One ingest feeding a 720p video, thumbnails and an MP3 at once, against the three
    // ffmpeg commands one after another (CPU time is the fair comparison).
    const QString ws4 = dir.filePath(u"ws4"_s);
    const QString all
        = writeRequest(dir.filePath(u"all.json"_s),
                       u"{\"tasks\":[{\"kind\":\"ingest\",\"options\":{\"url\":\"%1\"},\"next\":["
                       "{\"kind\":\"video\",\"options\":{\"height\":720}},"
                       "{\"kind\":\"thumbnails\",\"options\":{\"count\":12}},"
                       "{\"kind\":\"audio\",\"options\":{\"format\":\"mp3\"}}]}]}"_s.arg(source));
    const Measure spoolAll = measure(cli, {u"run"_s, all, u"--workspace"_s, ws4});
    Measure ffmpegAll;
    ffmpegAll.ok = ffmpegVideo.ok && ffmpegThumbs.ok && ffmpegAudio.ok;
    ffmpegAll.wall = ffmpegVideo.wall + ffmpegThumbs.wall + ffmpegAudio.wall;
    ffmpegAll.cpu = ffmpegVideo.cpu + ffmpegThumbs.cpu + ffmpegAudio.cpu;
    ffmpegAll.peakMiB = qMax(ffmpegVideo.peakMiB, qMax(ffmpegThumbs.peakMiB, ffmpegAudio.peakMiB));
    compare(u"one run: 720p video + thumbnails + MP3 (ffmpeg: the three commands above)"_s,
            spoolAll,
            ffmpegAll);
    return 0;
}
