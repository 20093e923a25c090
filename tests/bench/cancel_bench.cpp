// Cancel latency of long media tasks: how long a run takes to end after RunEngine::cancel,
// cancelled at several points of one task (by its progress: early, halfway, and at the end,
// where encoders drain what they hold and image encoders write one large picture).
//
// Usage: cancel_bench [scenario...]   (default: all; scenarios are listed when none matches)
//
// Inputs are made with the ffmpeg command line at start (lavfi test pictures), so the figures
// depend on this machine. A latency above 1 s is marked "SLOW".

#include <runtime/runengine.h>
#include <tasks/builtinexecutors.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

namespace {

QTextStream out(stdout);

struct Scenario
{
    QString name;
    QString kind;
    QJsonObject options;
    QString input; // file name under the media folder
};

QString makeInput(const QString &path, const QString &size, int seconds)
{
    QProcess process;
    process.start(u"ffmpeg"_s,
                  {u"-nostdin"_s,
                   u"-v"_s,
                   u"error"_s,
                   u"-y"_s,
                   u"-f"_s,
                   u"lavfi"_s,
                   u"-i"_s,
                   u"testsrc2=size=%1:rate=25:d=%2"_s.arg(size).arg(seconds),
                   u"-f"_s,
                   u"lavfi"_s,
                   u"-i"_s,
                   u"sine=d=%1"_s.arg(seconds),
                   u"-c:v"_s,
                   u"libx264"_s,
                   u"-preset"_s,
                   u"ultrafast"_s,
                   u"-c:a"_s,
                   u"aac"_s,
                   path});
    if (!process.waitForFinished(600000) || process.exitCode() != 0)
        return {};
    return path;
}

struct Outcome
{
    qint64 latencyMs = -1; // from cancel() to runFinished; -1 when the task ended first
    int progressAtCancel = 0;
    QString status;
};

// Runs ingest → `scenario` and cancels once the task's progress reaches `percent`.
Outcome cancelAt(const QString &workspace,
                 const QString &input,
                 const Scenario &scenario,
                 int percent)
{
    RunEngine engine(BuiltInExecutors::create(), 2);
    const QJsonObject request{
        {u"tasks"_s,
         QJsonArray{QJsonObject{{u"kind"_s, u"ingest"_s},
                                {u"options"_s, QJsonObject{{u"url"_s, input}}},
                                {u"next"_s,
                                 QJsonArray{QJsonObject{{u"kind"_s, scenario.kind},
                                                        {u"options"_s, scenario.options}}}}}}}};
    const Result<RunRequest> parsed = RunRequest::fromJson(request);
    Outcome outcome;
    if (!parsed) {
        outcome.status = parsed.error().message;
        return outcome;
    }
    QEventLoop loop;
    QElapsedTimer sinceCancel;
    QObject::connect(&engine,
                     &RunEngine::taskChanged,
                     &loop,
                     [&](const QString &id, const Task &task) {
                         if (task.kind != scenario.kind || sinceCancel.isValid()
                             || task.progress < percent)
                             return;
                         outcome.progressAtCancel = task.progress;
                         sinceCancel.start();
                         engine.cancel(id);
                     });
    QObject::connect(&engine, &RunEngine::runFinished, &loop, [&](const Run &run) {
        if (sinceCancel.isValid())
            outcome.latencyMs = sinceCancel.elapsed();
        outcome.status = statusName(run.lifecycle.status());
        for (const Task &task : run.tasks) {
            if (task.kind == scenario.kind && task.lifecycle.error())
                outcome.status += u" ("_s + task.lifecycle.error()->message + u')';
        }
        loop.quit();
    });
    RunOptions options;
    options.workspace = workspace;
    const Result<QString> id = engine.start(*parsed, options);
    if (!id) {
        outcome.status = id.error().message;
        return outcome;
    }
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    loop.exec();
    return outcome;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir media;
    QTemporaryDir workspace;
    const QList<Scenario> scenarios{
        {u"h265-720p"_s,
         u"video"_s,
         {{u"codec"_s, u"h265"_s}, {u"quality"_s, u"high"_s}},
         u"hd.mp4"_s},
        {u"av1-720p"_s, u"video"_s, {{u"codec"_s, u"av1"_s}}, u"hd.mp4"_s},
        {u"vp9-720p"_s, u"video"_s, {{u"format"_s, u"webm"_s}}, u"hd.mp4"_s},
        {u"hls-720p"_s, u"adaptive_video"_s, {}, u"hd.mp4"_s},
        {u"avif-3840"_s,
         u"image"_s,
         {{u"format"_s, u"avif"_s}, {u"width"_s, 3840}, {u"start"_s, 1.0}},
         u"hd.mp4"_s},
        {u"webp-3840"_s,
         u"image"_s,
         {{u"format"_s, u"webp"_s}, {u"width"_s, 3840}, {u"start"_s, 1.0}},
         u"hd.mp4"_s},
        {u"png-3840"_s,
         u"image"_s,
         {{u"format"_s, u"png"_s}, {u"width"_s, 3840}, {u"start"_s, 1.0}},
         u"hd.mp4"_s},
        {u"thumbnails-100"_s, u"thumbnails"_s, {{u"count"_s, 100}, {u"width"_s, 320}}, u"hd.mp4"_s},
    };
    const QStringList wanted = app.arguments().mid(1);
    const QString input = makeInput(media.filePath(u"hd.mp4"_s), u"1280x720"_s, 10);
    if (input.isEmpty()) {
        out << "cannot make the input with ffmpeg\n";
        return 1;
    }
    bool ran = false;
    out << "scenario          cancel at   latency   status\n";
    for (const Scenario &scenario : scenarios) {
        if (!wanted.isEmpty() && !wanted.contains(scenario.name))
            continue;
        ran = true;
        for (const int percent : {5, 50, 99}) {
            const Outcome outcome = cancelAt(workspace.path(), input, scenario, percent);
            out << scenario.name.leftJustified(18)
                << (u"%1 %"_s.arg(outcome.progressAtCancel)).leftJustified(12)
                << (outcome.latencyMs < 0 ? u"-"_s : u"%1 ms"_s.arg(outcome.latencyMs))
                       .leftJustified(10)
                << outcome.status << (outcome.latencyMs > 1000 ? "  SLOW" : "") << '\n';
            out.flush();
        }
    }
    if (!ran) {
        out << "no such scenario; scenarios:";
        for (const Scenario &scenario : scenarios)
            out << ' ' << scenario.name;
        out << '\n';
        return 1;
    }
    return 0;
}
