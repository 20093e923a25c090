// Figures for the embedded engine: scheduling overhead per task and peak memory on a
// 10,000-task run of trivial executors, and a 300-deep chain of conditions on a real file,
// in process and end to end through spool-cli.
//
// Usage: engine_bench [path/to/spool-cli [--cli-sizes N,N,...] | --scheduling-only]
//
// With spool-cli, also the end-to-end figures the engine is judged by: `spool-cli run` of one
// ingest of a small local file with N sibling conditions (default 1,000, 10,000 and 100,000),
// history and --events on, standard error to a file: wall time and the child's peak RSS.

#include "peakmemory.h"

#include <runtime/executorregistry.h>
#include <runtime/historywriter.h>
#include <runtime/runengine.h>
#include <store/runstore.h>
#include <support/trivialexecutors.h>
#include <tasks/builtinexecutors.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace Qt::Literals::StringLiterals;
using namespace spool;

namespace {

QTextStream out(stdout);

// Runs `request` to the end; returns the wall time in milliseconds. `lastTaskMs`, when given,
// is set to the time the last task became terminal (before the run's final manifest).
double runToEnd(RunEngine &engine,
                const RunRequest &request,
                const QString &workspace,
                Status *status,
                double *lastTaskMs = nullptr)
{
    QEventLoop loop;
    QElapsedTimer timer;
    QObject::connect(&engine, &RunEngine::taskChanged, &loop, [&](const QString &, const Task &task) {
        if (lastTaskMs && isTerminal(task.lifecycle.status()))
            *lastTaskMs = double(timer.nsecsElapsed()) / 1e6;
    });
    QObject::connect(&engine, &RunEngine::runFinished, &loop, [&](const Run &run) {
        *status = run.lifecycle.status();
        loop.quit();
    });
    RunOptions options;
    options.workspace = workspace;
    timer.start();
    const Result<QString> id = engine.start(request, options);
    if (!id) {
        out << u"  could not start: "_s << id.error().message << u"\n"_s;
        return -1;
    }
    if (engine.isActive(*id))
        loop.exec();
    return double(timer.nsecsElapsed()) / 1e6;
}

RunRequest wideRequest(int tasks)
{
    RunRequest request;
    TaskDef ingest;
    ingest.kind = u"ingest"_s;
    ingest.options = QJsonObject{{u"url"_s, u"in.mp4"_s}};
    ingest.hasNext = true;
    TaskDef child;
    child.kind = u"video"_s;
    ingest.next.assign(size_t(tasks - 1), child);
    request.tasks.push_back(ingest);
    return request;
}

QByteArray chainJson(int depth, const QString &url)
{
    QByteArray text = R"({"tasks": [{"kind": "ingest", "options": {"url": ")" + url.toUtf8()
                      + "\"}";
    for (int i = 0; i < depth; ++i)
        text += R"(, "next": [{"kind": "conditions", "options": {"kind": {"eq": "video"}, "width": {"gte": 16}})";
    for (int i = 0; i < depth; ++i)
        text += "}]";
    return text + "}]}";
}

void wide(int tasks, bool withHistory)
{
    const auto registry = test::trivialRegistry({u"video"_s});
    QTemporaryDir workspace;
    RunEngine engine(registry, QThread::idealThreadCount());
    std::unique_ptr<RunStore> store;
    std::unique_ptr<HistoryWriter> history;
    if (withHistory) {
        // The writer as LocalRunService drives it, on the engine's signals directly.
        store = std::move(RunStore::open(workspace.filePath(u"history.sqlite"_s))).value();
        history = std::make_unique<HistoryWriter>(store.get());
        HistoryWriter *writer = history.get();
        QObject::connect(&engine, &RunEngine::eventRecorded, writer, &HistoryWriter::recordEvent);
        QObject::connect(&engine,
                         &RunEngine::taskChanged,
                         writer,
                         [writer](const QString &, const Task &task) { writer->recordTask(task); });
        QObject::connect(&engine, &RunEngine::runChanged, writer, &HistoryWriter::recordRun);
    }
    const RunRequest request = wideRequest(tasks);
    Status status = Status::Waiting;
    double scheduled = 0;
    const double ms = runToEnd(engine, request, workspace.path(), &status, &scheduled);
    out << u"  %1 tasks%2: %3 us per task in all (%4 ms); until the last task ended, before "
           "the final run.json: %5 us per task (%6 ms); %7\n"_s.arg(tasks)
               .arg(withHistory ? u" with events and history"_s : QString())
               .arg(ms * 1000 / tasks, 0, 'f', 2)
               .arg(ms, 0, 'f', 1)
               .arg(scheduled * 1000 / tasks, 0, 'f', 2)
               .arg(scheduled, 0, 'f', 1)
               .arg(statusName(status));
    out.flush();
}

// `spool-cli run` of an ingest with `siblings` conditions, through the CLI's own path with the
// history and --events on. Killed after `limitSeconds`.
void cliWide(const QString &cli, const QString &video, int siblings, int limitSeconds)
{
    QTemporaryDir dir;
    QByteArray text = R"({"tasks": [{"kind": "ingest", "options": {"url": ")" + video.toUtf8()
                      + R"("}, "next": [)";
    const QByteArray condition = R"({"kind": "conditions", "options": {"kind": {"eq": "video"}}})";
    text.reserve(text.size() + qsizetype(siblings) * (condition.size() + 1) + 8);
    for (int i = 0; i < siblings; ++i) {
        if (i > 0)
            text += ',';
        text += condition;
    }
    text += "]}]}";
    QFile file(dir.filePath(u"wide.json"_s));
    file.open(QIODevice::WriteOnly);
    file.write(text);
    file.close();

    const QByteArray program = cli.toLocal8Bit();
    const QByteArray request = file.fileName().toLocal8Bit();
    const QByteArray workspace = dir.filePath(u"ws"_s).toLocal8Bit();
    const QByteArray events = dir.filePath(u"events.jsonl"_s).toLocal8Bit();
    const QByteArray errors = dir.filePath(u"stderr.txt"_s).toLocal8Bit();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, errors.constData(), O_WRONLY | O_CREAT, 0644);
    const char *argv[] = {program.constData(),
                          "run",
                          request.constData(),
                          "--workspace",
                          workspace.constData(),
                          "--events",
                          events.constData(),
                          nullptr};
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, program.constData(), &actions, nullptr, const_cast<char **>(argv), environ)
        != 0) {
        out << u"  cannot start %1\n"_s.arg(cli);
        return;
    }
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    struct rusage usage = {};
    bool killed = false;
    // The child's own peak, read while it runs: ru_maxrss of a spawned child also counts the
    // pages of this process it started from.
    double peakMiB = 0;
    QFile procStatus(u"/proc/%1/status"_s.arg(pid));
    while (wait4(pid, &status, WNOHANG, &usage) == 0) {
        if (procStatus.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : procStatus.readAll().split('\n')) {
                if (line.startsWith("VmHWM:"))
                    peakMiB = qMax(peakMiB,
                                   line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024);
            }
            procStatus.close();
        }
        if (!killed && timer.elapsed() > qint64(limitSeconds) * 1000) {
            ::kill(pid, SIGKILL);
            killed = true;
        }
        ::usleep(20000);
    }
    const double seconds = double(timer.elapsed()) / 1000;
    const QString outcome = killed ? u"not finished, killed after %1 s"_s.arg(limitSeconds)
                                   : u"exit %1"_s.arg(WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    const double cpu = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                       + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    out << u"  %1 conditions: %2 s wall (%5 s CPU), peak RSS %3 MiB, %4\n"_s.arg(siblings, 6)
               .arg(seconds, 0, 'f', 2)
               .arg(peakMiB, 0, 'f', 1)
               .arg(outcome)
               .arg(cpu, 0, 'f', 2);
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString cli = app.arguments().value(1);
    out << u"engine_bench on %1 cores\n"_s.arg(QThread::idealThreadCount());
    if (cli == u"--scheduling-only") { // for profilers: the 10,000-task run alone
        wide(10000, false);
        return 0;
    }

    out << u"scheduling overhead, trivial executors (1 ingest + siblings):\n"_s;
    wide(1000, false); // warm-up
    const double before = bench::peakMemoryMiB();
    wide(10000, false);
    out << u"  peak memory: %1 MiB (was %2 MiB before the 10,000-task run)\n"_s
               .arg(bench::peakMemoryMiB(), 0, 'f', 1)
               .arg(before, 0, 'f', 1);
    {
        Run run;
        run.id = u"run_manifestbench000"_s;
        for (int i = 0; i < 10000; ++i) {
            Task task;
            task.id = u"task_%1"_s.arg(i, 16, 10, QChar(u'0'));
            task.kind = u"video"_s;
            task.runId = run.id;
            task.inputs.append(OutputEntry{u"source"_s, u"video/mp4"_s, u"file:///bench/in.mp4"_s});
            run.tasks.append(task);
        }
        QTemporaryDir dir;
        QElapsedTimer timer;
        timer.start();
        Workspace(dir.path()).writeManifest(run);
        out << u"  one run.json of 10,000 tasks: %1 ms\n"_s.arg(timer.elapsed());
    }
    wide(10000, true);
    out << u"  peak memory after the run with history: %1 MiB\n"_s.arg(bench::peakMemoryMiB(),
                                                                       0,
                                                                       'f',
                                                                       1);

    out << u"300-deep chain of conditions on a real file:\n"_s;
    QTemporaryDir dir;
    const QString video = dir.filePath(u"in.mp4"_s);
    QProcess ffmpeg;
    ffmpeg.start(u"ffmpeg"_s,
                 {u"-nostdin"_s,
                  u"-v"_s,
                  u"error"_s,
                  u"-f"_s,
                  u"lavfi"_s,
                  u"-i"_s,
                  u"testsrc2=size=320x240:rate=25"_s,
                  u"-t"_s,
                  u"1"_s,
                  u"-pix_fmt"_s,
                  u"yuv420p"_s,
                  video});
    if (!ffmpeg.waitForFinished(60000) || ffmpeg.exitCode() != 0) {
        out << u"  ffmpeg could not make the input; skipped\n"_s;
        return 0;
    }
    const QByteArray chain = chainJson(300, video);
    Result<RunRequest> request = RunRequest::fromText(chain);
    if (!request) {
        out << u"  the chain does not read: "_s << request.error().message << u"\n"_s;
        return 1;
    }
    {
        RunEngine engine(BuiltInExecutors::create(), QThread::idealThreadCount());
        Status status = Status::Waiting;
        const double ms = runToEnd(engine, *request, dir.filePath(u"ws"_s), &status);
        out << u"  in process: %1 ms, status %2\n"_s.arg(ms, 0, 'f', 1).arg(statusName(status));
    }
    if (!cli.isEmpty()) {
        out << u"spool-cli run, 1 ingest + N sibling conditions, history and events on:\n"_s;
        QList<int> sizes{1000, 10000, 100000};
        const int sizesAt = int(app.arguments().indexOf(u"--cli-sizes"_s));
        if (sizesAt > 0) {
            sizes.clear();
            for (const QString &size : app.arguments().value(sizesAt + 1).split(u','))
                sizes.append(size.toInt());
        }
        for (const int size : std::as_const(sizes))
            cliWide(cli, video, size, 400);
    }
    if (!cli.isEmpty()) {
        QFile file(dir.filePath(u"chain.json"_s));
        file.open(QIODevice::WriteOnly);
        file.write(chain);
        file.close();
        QElapsedTimer timer;
        timer.start();
        QProcess run;
        run.start(cli, {u"run"_s, file.fileName(), u"--workspace"_s, dir.filePath(u"cli-ws"_s)});
        run.waitForFinished(60000);
        out << u"  spool-cli run, end to end (process start, validation, history): %1 ms, "
               "exit %2\n"_s.arg(timer.elapsed())
                   .arg(run.exitCode());
    }
    return 0;
}
