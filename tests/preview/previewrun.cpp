#include "previewrun.h"

#include <support/taskrunner.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>

namespace spool::test {

using namespace Qt::Literals::StringLiterals;

namespace {

QString g_error;

bool succeeds(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        g_error = program + u" failed: "_s + QString::fromUtf8(process.readAllStandardError());
        return false;
    }
    return true;
}

QByteArray requestFor(const QString &talk)
{
    const QJsonObject ingest{
        {u"kind"_s, u"ingest"_s},
        {u"options"_s, QJsonObject{{u"url"_s, talk}}},
        {u"next"_s,
         QJsonArray{
             QJsonObject{{u"kind"_s, u"video"_s},
                         {u"options"_s, QJsonObject{{u"format"_s, u"mp4"_s}}}},
             QJsonObject{{u"kind"_s, u"video"_s},
                         {u"options"_s, QJsonObject{{u"format"_s, u"webm"_s}}}},
             QJsonObject{{u"kind"_s, u"video"_s},
                         {u"options"_s, QJsonObject{{u"format"_s, u"mov"_s}}}},
             QJsonObject{{u"kind"_s, u"image"_s},
                         {u"options"_s, QJsonObject{{u"format"_s, u"png"_s}, {u"start"_s, 1}}}},
             QJsonObject{{u"kind"_s, u"image"_s},
                         {u"options"_s, QJsonObject{{u"format"_s, u"jpeg"_s}, {u"start"_s, 1}}}},
             QJsonObject{{u"kind"_s, u"image"_s},
                         {u"options"_s, QJsonObject{{u"format"_s, u"webp"_s}, {u"start"_s, 1}}}},
             QJsonObject{{u"kind"_s, u"image"_s},
                         {u"options"_s, QJsonObject{{u"format"_s, u"avif"_s}, {u"start"_s, 1}}}},
             QJsonObject{{u"kind"_s, u"thumbnails"_s},
                         {u"options"_s, QJsonObject{{u"interval"_s, 1}, {u"width"_s, 80}}}},
             QJsonObject{{u"kind"_s, u"audio"_s},
                         {u"options"_s, QJsonObject{{u"format"_s, u"mp3"_s}}}},
             QJsonObject{{u"kind"_s, u"audio"_s},
                         {u"options"_s, QJsonObject{{u"format"_s, u"aac"_s}}}},
             QJsonObject{{u"kind"_s, u"audio"_s},
                         {u"options"_s, QJsonObject{{u"format"_s, u"wav"_s}}}},
             QJsonObject{{u"kind"_s, u"audio"_s},
                         {u"options"_s, QJsonObject{{u"format"_s, u"ogg"_s}}}},
             QJsonObject{{u"kind"_s, u"audio"_s},
                         {u"options"_s, QJsonObject{{u"format"_s, u"flac"_s}}}},
             QJsonObject{{u"kind"_s, u"adaptive_video"_s},
                         {u"options"_s, QJsonObject{{u"format"_s, u"hls"_s}}}},
             QJsonObject{{u"kind"_s, u"speech"_s},
                         {u"next"_s,
                          QJsonArray{QJsonObject{{u"kind"_s, u"subtitles"_s},
                                                 {u"options"_s,
                                                  QJsonObject{{u"format"_s, u"vtt"_s}}}},
                                     QJsonObject{{u"kind"_s, u"subtitles"_s},
                                                 {u"options"_s,
                                                  QJsonObject{{u"format"_s, u"srt"_s}}}},
                                     QJsonObject{{u"kind"_s, u"chapters"_s}},
                                     QJsonObject{{u"kind"_s, u"outline"_s}},
                                     QJsonObject{{u"kind"_s, u"summary"_s}}}}}}}};
    return QJsonDocument(QJsonObject{{u"tasks"_s, QJsonArray{ingest}}}).toJson();
}

Run make(const QString &folder)
{
    QDir().mkpath(folder);
    const QString cached = folder + u"/run.json"_s;
    if (QFile file(cached); file.open(QIODevice::ReadOnly)) {
        Result<Run> run = Run::fromJson(QJsonDocument::fromJson(file.readAll()).object());
        if (run)
            return *run;
    }
    // Two topics with a pause, so the transcript has lines and the chapters have a turn.
    const QString first = folder + u"/first.wav"_s;
    const QString second = folder + u"/second.wav"_s;
    if (!succeeds(u"flite"_s,
                  {u"-voice"_s,
                   u"slt"_s,
                   u"-t"_s,
                   u"the weather today is sunny with a light wind from the west"_s,
                   u"-o"_s,
                   first})
        || !succeeds(u"flite"_s,
                     {u"-voice"_s,
                      u"slt"_s,
                      u"-t"_s,
                      u"please send the report to the office before noon on friday"_s,
                      u"-o"_s,
                      second}))
        return {};
    const QString talk = folder + u"/talk.mp4"_s;
    if (!succeeds(u"ffmpeg"_s,
                  {u"-nostdin"_s,
                   u"-v"_s,
                   u"error"_s,
                   u"-y"_s,
                   u"-f"_s,
                   u"lavfi"_s,
                   u"-i"_s,
                   u"testsrc2=size=320x240:rate=25"_s,
                   u"-i"_s,
                   first,
                   u"-f"_s,
                   u"lavfi"_s,
                   u"-i"_s,
                   u"anullsrc=r=16000:cl=mono:d=1.5"_s,
                   u"-i"_s,
                   second,
                   u"-filter_complex"_s,
                   u"[1:a][2:a][3:a]concat=n=3:v=0:a=1[a]"_s,
                   u"-map"_s,
                   u"0:v"_s,
                   u"-map"_s,
                   u"[a]"_s,
                   u"-shortest"_s,
                   u"-c:v"_s,
                   u"libx264"_s,
                   u"-pix_fmt"_s,
                   u"yuv420p"_s,
                   u"-c:a"_s,
                   u"aac"_s,
                   talk}))
        return {};
    Error refusal;
    Run run = runRequest(folder + u"/workspace"_s, requestFor(talk), &refusal);
    if (run.id.isEmpty()) {
        g_error = u"the run did not start or finish: "_s + refusal.message;
        return {};
    }
    if (run.lifecycle.status() != Status::Succeeded) {
        g_error = u"the run ended "_s + statusName(run.lifecycle.status());
        for (const Task &task : std::as_const(run.tasks)) {
            if (task.lifecycle.error())
                g_error += u"; "_s + task.kind + u": "_s + task.lifecycle.error()->message;
        }
        return {};
    }
    QFile file(cached);
    if (file.open(QIODevice::WriteOnly))
        file.write(QJsonDocument(run.toJson()).toJson());
    return run;
}

} // namespace

QString PreviewRun::folder()
{
    // One folder per build of the binary: a rebuilt engine makes its outputs again.
    const QFileInfo binary(QCoreApplication::applicationFilePath());
    return QDir::temp().filePath(
        u"spool-preview-tests-%1"_s.arg(binary.lastModified().toSecsSinceEpoch()));
}

const Run &PreviewRun::get()
{
    static const Run run = [] {
        QLockFile lock(folder() + u".lock"_s);
        lock.setStaleLockTime(0);
        lock.lock();
        return make(folder());
    }();
    return run;
}

QString PreviewRun::error()
{
    return g_error;
}

const Task *PreviewRun::task(const QString &kind, const QString &format)
{
    for (const Task &task : get().tasks) {
        if (task.kind != kind)
            continue;
        const QString made = task.outputs.isEmpty()
                                 ? QString()
                                 : task.outputs.constFirst().format.value_or(QString());
        if (format.isEmpty() || task.options.value(u"format").toString() == format || made == format)
            return &task;
    }
    return nullptr;
}

} // namespace spool::test
