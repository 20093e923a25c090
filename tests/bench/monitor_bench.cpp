// Figures for watching a run: a 1,000-task run of trivial executors (one ingest and 999 video
// tasks under it) on a LocalRunService, watched by the window's parts as the studio assembles
// them (RunController with the canvas, the run dock and the timeline, in a shown window on the
// offscreen platform). Printed:
// - whether the final states on screen equal the Run object (canvas node strips, run dock rows,
//   timeline bar colours), task by task;
// - event-to-paint latency: from each taskChanged signal to the next paint of the canvas
//   viewport and of the timeline (p50, p99, max; goal p99 <= 100 ms);
// - the longest stall of the GUI thread while the run streams, seen by a 4 ms precise timer
//   (the gap between its timeouts beyond its interval; goal <= 16 ms);
// - a repaint of the timeline with every bar (replot, median and max of 20; goal <= 16 ms).
//
// Usage: monitor_bench [TASKS]

#include <common/statusstyle.h>
#include <document.h>
#include <graph/graphmodel.h>
#include <graph/graphscene.h>
#include <graph/graphview.h>
#include <graph/nodeitem.h>
#include <graph/runoverlay.h>
#include <monitor/rundock.h>
#include <monitor/runtaskmodel.h>
#include <runcontroller.h>
#include <runtime/localrunservice.h>
#include <runtime/workspace.h>
#include <store/runstore.h>
#include <support/trivialexecutors.h>
#include <timeline/qcustomplotinclude.h>
#include <timeline/runtimeline.h>
#include <timeline/timelinedock.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMainWindow>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

namespace {

QTextStream out(stdout);

// Records when a widget starts to paint.
class PaintProbe : public QObject
{
public:
    PaintProbe(QWidget *widget, const QElapsedTimer *clock)
        : m_clock(clock)
    {
        widget->installEventFilter(this);
    }
    std::vector<qint64> paints; // ns on the clock

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            paints.push_back(m_clock->nsecsElapsed());
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer *m_clock;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

// Milliseconds from each event to the next paint of a surface; events no paint followed are
// counted in `unpainted`.
std::vector<double> latencies(const std::vector<qint64> &events,
                              const std::vector<qint64> &paints,
                              int *unpainted)
{
    std::vector<double> result;
    *unpainted = 0;
    for (qint64 event : events) {
        const auto next = std::lower_bound(paints.begin(), paints.end(), event);
        if (next == paints.end()) {
            ++*unpainted;
            continue;
        }
        result.push_back(double(*next - event) / 1e6);
    }
    return result;
}

QString verdict(double value, double goal)
{
    return value <= goal ? u"meets the goal"_s : u"MISSES the goal"_s;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int tasks = argc > 1 ? qMax(2, QString::fromLocal8Bit(argv[1]).toInt()) : 1000;

    QTemporaryDir dir;
    const Workspace workspace(dir.path());
    Result<std::unique_ptr<RunStore>> store = RunStore::open(workspace.databasePath());
    if (!store) {
        out << store.error().message << u"\n"_s;
        return 1;
    }
    LocalRunService service(test::trivialRegistry({u"video"_s}),
                            QThread::idealThreadCount(),
                            workspace,
                            std::move(store).value());

    QByteArray workflow = R"({"tasks": [{"kind": "ingest", "options": {"url": "in.mp4"}, "next": [)";
    for (int i = 1; i < tasks; ++i)
        workflow += (i > 1 ? "," : "")
                    + QByteArray(R"({"kind": "video", "options": {"format": "mp4"}})");
    workflow += "]}]}";
    Document document;
    if (const auto error = document.importText(workflow, dir.filePath(u"bench.json"_s))) {
        out << error->message << u"\n"_s;
        return 1;
    }

    QElapsedTimer clock;
    clock.start();
    // Connected before the window's parts, so each change is stamped before they see it.
    std::vector<qint64> events;
    events.reserve(size_t(tasks) * 8);
    QObject::connect(&service, &RunService::taskChanged, &app, [&] {
        events.push_back(clock.nsecsElapsed());
    });

    GraphScene scene(document.model());
    QMainWindow window;
    auto *view = new GraphView;
    view->setScene(&scene);
    auto *runDock = new RunDock(&service);
    auto *timelineDock = new TimelineDock(&service);
    window.setCentralWidget(view);
    window.addDockWidget(Qt::BottomDockWidgetArea, runDock);
    window.addDockWidget(Qt::BottomDockWidgetArea, timelineDock);
    window.resize(1280, 800);
    RunController controller({&service, &document, &scene, view, nullptr, runDock, timelineDock});
    window.show();
    // Every node in view, so every change to one is something to paint.
    view->fitInView(scene.itemsBoundingRect(), Qt::KeepAspectRatio);
    QApplication::processEvents();

    PaintProbe canvasPaints(view->viewport(), &clock);
    PaintProbe timelinePaints(timelineDock->timeline()->plot(), &clock);
    PaintProbe dockPaints(runDock->view()->viewport(), &clock);

    // The stall probe: a precise timer whose late timeouts are the GUI thread's long frames.
    constexpr int ProbeMs = 4;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(ProbeMs);
    qint64 lastTick = 0;
    std::vector<double> gaps;
    qint64 worstFrom = 0;
    qint64 worstTo = 0;
    QObject::connect(&probe, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (lastTick) {
            gaps.push_back(double(now - lastTick) / 1e6);
            if (now - lastTick > worstTo - worstFrom) {
                worstFrom = lastTick;
                worstTo = now;
            }
        }
        lastTick = now;
    });

    std::optional<Run> finished;
    QEventLoop loop;
    QObject::connect(&controller, &RunController::runFinished, &loop, [&](const Run &run) {
        finished = run;
        loop.quit();
    });
    out << u"monitor_bench: a run of %1 trivial tasks watched by the canvas, the run dock and "
           "the timeline (%2 worker threads)\n"_s.arg(tasks)
               .arg(QThread::idealThreadCount());
    out.flush();
    probe.start();
    const qint64 startNs = clock.nsecsElapsed();
    if (!controller.run()) {
        out << u"  the run did not start\n"_s;
        return 1;
    }
    if (!finished) {
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const qint64 endNs = clock.nsecsElapsed();
    probe.stop();
    if (!finished) {
        out << u"  the run did not end within two minutes\n"_s;
        return 1;
    }
    // The last changes reach the screen.
    QEventLoop settle;
    QTimer::singleShot(300, &settle, &QEventLoop::quit);
    settle.exec();

    // Final states on screen against the Run object.
    const Result<Run> stored = service.run(finished->id).result();
    const Run &run = stored ? *stored : *finished;
    int canvasWrong = 0;
    int dockWrong = 0;
    int timelineWrong = 0;
    for (const Task &task : run.tasks) {
        const Status status = task.lifecycle.status();
        const NodeId node = controller.overlay()->nodeOfTask(task.id);
        const NodeItem *item = node ? scene.nodeItem(node) : nullptr;
        if (!item || !item->runState() || item->runState()->status != status)
            ++canvasWrong;
        const Task *row = runDock->model()->task(task.id);
        if (!row || row->lifecycle.status() != status)
            ++dockWrong;
        if (timelineDock->timeline()->barColour(task.id) != StatusStyle::color(status))
            ++timelineWrong;
    }
    out << u"  run %1 %2 in %3 ms, %4 tasks, %5 task changes\n"_s.arg(run.id)
               .arg(statusName(run.lifecycle.status()))
               .arg(double(endNs - startNs) / 1e6, 0, 'f', 0)
               .arg(run.tasks.size())
               .arg(events.size());
    const bool equal = canvasWrong == 0 && dockWrong == 0 && timelineWrong == 0
                       && run.tasks.size() == tasks && runDock->model()->taskCount() == tasks
                       && timelineDock->timeline()->rowCount() == tasks;
    out << u"  final states on screen equal the Run: %1 (tasks differing: canvas %2, run dock "
           "%3, timeline %4; rows: dock %5, timeline %6)\n"_s.arg(equal ? u"yes"_s : u"NO"_s)
               .arg(canvasWrong)
               .arg(dockWrong)
               .arg(timelineWrong)
               .arg(runDock->model()->taskCount())
               .arg(timelineDock->timeline()->rowCount());

    struct Surface
    {
        QString name;
        const PaintProbe *probe;
    };
    double worstP99 = 0;
    for (const Surface &surface : {Surface{u"canvas"_s, &canvasPaints},
                                   Surface{u"timeline"_s, &timelinePaints},
                                   Surface{u"run dock"_s, &dockPaints}}) {
        int unpainted = 0;
        const std::vector<double> values = latencies(events, surface.probe->paints, &unpainted);
        const double p99 = percentile(values, 0.99);
        // The dock repaints only rows in view: its figure is shown, not judged.
        if (surface.probe != &dockPaints)
            worstP99 = qMax(worstP99, p99);
        out << u"  event-to-paint, %1: p50 %2 ms, p99 %3 ms, max %4 ms (%5 paints; %6 changes "
               "not followed by a paint)\n"_s.arg(surface.name)
                   .arg(percentile(values, 0.5), 0, 'f', 1)
                   .arg(p99, 0, 'f', 1)
                   .arg(values.empty() ? 0 : *std::max_element(values.begin(), values.end()),
                        0,
                        'f',
                        1)
                   .arg(surface.probe->paints.size())
                   .arg(unpainted);
    }
    out << u"  event-to-paint p99 (canvas, timeline): %1 ms, goal <= 100 ms: %2\n"_s
               .arg(worstP99, 0, 'f', 1)
               .arg(verdict(worstP99, 100));
    const double longestGap = gaps.empty() ? 0 : *std::max_element(gaps.begin(), gaps.end());
    const double stall = qMax(0.0, longestGap - ProbeMs);
    out << u"  GUI thread while streaming: %1 probe ticks, p99 gap %2 ms, longest gap %3 ms: "
           "longest frame %4 ms, goal <= 16 ms: %5\n"_s.arg(gaps.size())
               .arg(percentile(gaps, 0.99), 0, 'f', 1)
               .arg(longestGap, 0, 'f', 1)
               .arg(stall, 0, 'f', 1)
               .arg(verdict(stall, 16));
    const auto inWorst = std::count_if(events.begin(), events.end(), [&](qint64 event) {
        return event >= worstFrom && event < worstTo;
    });
    out << u"  the longest frame began %1 ms after the start; %2 task changes arrived in it\n"_s
               .arg(double(worstFrom - startNs) / 1e6, 0, 'f', 1)
               .arg(inWorst);

    std::vector<double> replots;
    QCustomPlot *plot = timelineDock->timeline()->plot();
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer timer;
        timer.start();
        plot->replot(QCustomPlot::rpImmediateRefresh);
        replots.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const double replotMax = *std::max_element(replots.begin(), replots.end());
    out << u"  timeline repaint with %1 bars (%2 rows in view): median %3 ms, max %4 ms, goal "
           "<= 16 ms: %5\n"_s.arg(timelineDock->timeline()->rowCount())
               .arg(timelineDock->timeline()->visibleRows().second)
               .arg(percentile(replots, 0.5), 0, 'f', 1)
               .arg(replotMax, 0, 'f', 1)
               .arg(verdict(replotMax, 16));
    return equal ? 0 : 1;
}
