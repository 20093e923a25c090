// Figures the engine's unit tests once asserted as time limits: how much four sibling tasks
// overlap, how soon a cancelled run ends with its executor busy, and how soon a cancelled
// download ends while the server stalls. The unit tests keep the functional assertions
// (overlap count, statuses, no partial files); the times are printed here.
//
// Usage: latency_bench

#include <support/httptestserver.h>

#include <runtime/executorregistry.h>
#include <runtime/runengine.h>
#include <tasks/builtinexecutors.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

namespace {

QTextStream out(stdout);

class InstantIngest : public TaskExecutor
{
public:
    Result<TaskOutcome> execute(TaskContext &) const override
    {
        TaskOutcome outcome;
        outcome.primary = MediaFile{u"/bench/in.mp4"_s, QJsonObject{{u"kind"_s, u"video"_s}}};
        return outcome;
    }
};

// Works for `millis`, checking for a cancel every 5 ms, as the media executors do per frame.
class Busy : public TaskExecutor
{
public:
    explicit Busy(int millis)
        : m_millis(millis)
    {}

    Result<TaskOutcome> execute(TaskContext &context) const override
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < m_millis) {
            if (context.cancel.isCancelled())
                return Error{u"cancelled"_s, u"cancelled"_s};
            QThread::msleep(5);
        }
        TaskOutcome outcome;
        outcome.primary = context.input;
        return outcome;
    }

private:
    int m_millis;
};

// Runs `json` on `registry`; cancels it `cancelAfterMs` after the start when >= 0. Returns
// the wall time of the run, and in `*sinceCancel` the time from the cancel to its end.
double run(const std::shared_ptr<const ExecutorRegistry> &registry,
           const QByteArray &json,
           int threads,
           int cancelAfterMs,
           double *sinceCancel,
           Status *status)
{
    QTemporaryDir workspace;
    RunEngine engine(registry, threads);
    QEventLoop loop;
    QObject::connect(&engine, &RunEngine::runFinished, &loop, [&](const Run &finished) {
        *status = finished.lifecycle.status();
        loop.quit();
    });
    RunOptions options;
    options.workspace = workspace.path();
    const Result<RunRequest> request = RunRequest::fromText(json);
    if (!request)
        return -1;
    QElapsedTimer timer;
    QElapsedTimer cancelled;
    timer.start();
    const Result<QString> id = engine.start(*request, options);
    if (!id)
        return -1;
    if (cancelAfterMs >= 0) {
        QTimer::singleShot(cancelAfterMs, &engine, [&] {
            cancelled.start();
            engine.cancel(*id);
        });
    }
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    if (engine.isActive(*id))
        loop.exec();
    if (sinceCancel)
        *sinceCancel = cancelled.isValid() ? double(cancelled.nsecsElapsed()) / 1e6 : -1;
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    out << u"latency_bench on %1 cores\n"_s.arg(QThread::idealThreadCount());

    const auto busy = std::make_shared<ExecutorRegistry>();
    busy->add(u"ingest"_s, std::make_shared<InstantIngest>());
    busy->add(u"video"_s, std::make_shared<Busy>(300));
    busy->add(u"audio"_s, std::make_shared<Busy>(20000));
    Status status = Status::Waiting;

    const QByteArray siblings = R"({"tasks": [{"kind": "ingest", "options": {"url": "in.mp4"},
        "next": [{"kind": "video"}, {"kind": "video"}, {"kind": "video"}, {"kind": "video"}]}]})";
    const double wall = run(busy, siblings, 4, -1, nullptr, &status);
    out << u"4 sibling tasks of 300 ms on 4 threads: %1 ms (1200 ms one after another), %2\n"_s
               .arg(wall, 0, 'f', 1)
               .arg(statusName(status));

    double sinceCancel = 0;
    const QByteArray long_ = R"({"tasks": [{"kind": "ingest", "options": {"url": "in.mp4"},
        "next": [{"kind": "audio"}]}]})";
    run(busy, long_, 4, 300, &sinceCancel, &status);
    out << u"cancel of a busy 20 s task: ended %1 ms after the cancel, %2\n"_s
               .arg(sinceCancel, 0, 'f', 1)
               .arg(statusName(status));

    test::HttpTestServer server;
    test::HttpTestServer::Route stalled;
    stalled.body = QByteArray(100000, 'x');
    stalled.stall = true;
    stalled.stallAfter = 1000;
    server.route("/slow.mp4", stalled);
    const QByteArray download = R"({"tasks": [{"kind": "ingest", "options": {"url": ")"
                                + server.url("/slow.mp4").toUtf8() + R"("}}]})";
    run(BuiltInExecutors::create(), download, 2, 200, &sinceCancel, &status);
    out << u"cancel of a stalled download: ended %1 ms after the cancel, %2\n"_s
               .arg(sinceCancel, 0, 'f', 1)
               .arg(statusName(status));
    return 0;
}
