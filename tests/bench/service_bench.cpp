// Memory of a long-lived process: 10,000 small runs one after another through LocalRunService
// (history on, trivial executors), with the resident memory after 1,000, 5,000 and 10,000 runs
// (flat is the goal: a finished run leaves memory once its history is written) and the time.
//
// Usage: service_bench [RUNS]

#include <runtime/executorregistry.h>
#include <runtime/localrunservice.h>
#include <runtime/workspace.h>
#include <store/runstore.h>
#include <support/trivialexecutors.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

namespace {

QTextStream out(stdout);

// Resident memory now (VmRSS), in MiB; -1 when unknown.
double residentMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const auto registry = test::trivialRegistry({u"video"_s}, true);
    QTemporaryDir dir;
    const Workspace workspace(dir.path());
    Result<std::unique_ptr<RunStore>> store = RunStore::open(workspace.databasePath());
    if (!store) {
        out << store.error().message << u"\n"_s;
        return 1;
    }
    LocalRunService service(registry, 2, workspace, std::move(store).value());
    const Result<RunRequest> request = RunRequest::fromText(
        R"({"tasks": [{"kind": "ingest", "options": {"url": "in.mp4"},
            "next": [{"kind": "video", "options": {"format": "mp4"}},
                     {"kind": "video", "options": {"format": "webm"}}]}]})");
    out << u"service_bench: %1 runs of 3 trivial tasks one after another, history on\n"_s.arg(runs);
    out << u"  before the first run: %1 MiB resident\n"_s.arg(residentMiB(), 0, 'f', 1);
    out.flush();

    QEventLoop loop;
    int failed = 0;
    QObject::connect(&service, &RunService::runFinished, &loop, [&](const spool::Run &run) {
        failed += run.lifecycle.status() == Status::Succeeded ? 0 : 1;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    qint64 lastMs = 0;
    int lastMark = 0;
    for (int i = 1; i <= runs; ++i) {
        const Result<spool::Run> started = service.start(*request, {}).result();
        if (!started) {
            out << u"  run %1 could not start: %2\n"_s.arg(i).arg(started.error().message);
            return 1;
        }
        if (service.activeCount() > 0)
            loop.exec();
        if (i == 1000 || i == 5000 || i == 10000 || i == runs) {
            const qint64 ms = timer.elapsed();
            out << u"  after %1 runs: %2 MiB resident, %3 runs held in memory; %4 s in all, "
                   "%5 ms a run since the last mark\n"_s.arg(i)
                       .arg(residentMiB(), 0, 'f', 1)
                       .arg(service.heldCount())
                       .arg(double(ms) / 1000, 0, 'f', 1)
                       .arg(double(ms - lastMs) / (i - lastMark), 0, 'f', 2);
            out.flush();
            lastMs = ms;
            lastMark = i;
        }
    }
    const Result<RunPage> page = service.list({}).result();
    out << u"  %1 failed; the history lists runs: %2\n"_s.arg(failed).arg(
        page ? u"yes"_s : page.error().message);
    return failed == 0 ? 0 : 1;
}
