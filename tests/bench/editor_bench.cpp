// Figures for the node-graph editor against its goals, on a generated 2,000-node workflow:
// import + tidy layout + scene + view + fit + first paint (≤ 300 ms), a repaint at
// fit-to-view (≤ 10 ms), each 1.25× zoom step between fit and 100 % (≤ 16 ms), and the peak
// memory of the whole spool application taking a screenshot of it (≤ 150 MiB).
//
// Usage: editor_bench [--no-app] [--save DIR] [roots]
//   roots: ingest trees of 50 tasks each (default 40); --save keeps the workflow, the bench's
//   first paint and the app's screenshot in DIR for a look.

#include "peakmemory.h"

#include <editorcontroller.h>
#include <inspector/inspectorwidget.h>
#include <inspectorcontroller.h>
#include <issues/issueswidget.h>
#include <json/jsonview.h>
#include <setoptionscommand.h>
#include <validationcontroller.h>

#include <document.h>
#include <graph/edgeitem.h>
#include <graph/graphmodel.h>
#include <graph/graphscene.h>
#include <graph/graphview.h>
#include <graph/nodeitem.h>
#include <schema/runrequest.h>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <ctime>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

namespace {

QTextStream out(stdout);

constexpr int TasksPerRoot = 50;
constexpr int WarmRuns = 5;
constexpr int Repaints = 30;

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The CPU time of this thread in ms: on a machine shared with other work, the wall time of a
// step also counts the time the thread waited for a core, which says nothing of the editor.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

double worst(const QList<double> &values)
{
    return values.isEmpty() ? -1 : *std::max_element(values.cbegin(), values.cend());
}

QString verdict(double value, double goal)
{
    return value <= goal ? u"met"_s : u"MISSED"_s;
}

QString ms(double value)
{
    return u"%1 ms"_s.arg(value, 0, 'f', 1);
}

// The workflow ----------------------------------------------------------------------------

QJsonObject task(const QString &kind,
                 const QJsonObject &options = {},
                 const QString &name = {},
                 const QJsonArray &next = {})
{
    QJsonObject object{{u"kind"_s, kind}};
    if (!options.isEmpty())
        object.insert(u"options"_s, options);
    if (!name.isEmpty())
        object.insert(u"metadata"_s, QJsonObject{{u"name"_s, name}});
    if (!next.isEmpty())
        object.insert(u"next"_s, next);
    return object;
}

QJsonObject check(const QString &op, const QJsonValue &value)
{
    return QJsonObject{{op, value}};
}

QJsonObject track(const QString &kind, const QString &format)
{
    return task(kind, {{u"format"_s, format}});
}

// What comes of a transcript: tracks, an outline and a summary.
QJsonArray speechOutputs(bool full)
{
    QJsonArray outputs{track(u"subtitles"_s, u"vtt"_s),
                       track(u"subtitles"_s, u"srt"_s),
                       track(u"chapters"_s, u"vtt"_s)};
    if (full) {
        outputs.append(task(u"outline"_s));
        outputs.append(task(u"summary"_s));
    }
    return outputs;
}

// One ingest and the 49 tasks below it, depths 1 to 4: renditions, posters, sprite sheets, HLS,
// audio with speech and everything made from the transcript, and branches on the file's
// properties with their own tasks (one branch nested in another).
QJsonObject ingestTree(int index)
{
    const QString episode = u"episode-%1"_s.arg(index + 1, 3, 10, QChar(u'0'));
    QJsonArray next;

    // Renditions, two of them with derived stills.
    next.append(task(u"video"_s,
                     {{u"width"_s, 1280}, {u"height"_s, 720}, {u"quality"_s, u"medium"_s}},
                     u"Preview 720p"_s,
                     {task(u"image"_s, {{u"width"_s, 640}, {u"format"_s, u"webp"_s}}),
                      task(u"thumbnails"_s, {{u"count"_s, 12}, {u"width"_s, 160}})}));
    next.append(task(u"video"_s,
                     {{u"width"_s, 1920},
                      {u"height"_s, 1080},
                      {u"format"_s, u"webm"_s},
                      {u"codec"_s, u"vp9"_s}},
                     u"Full HD WebM"_s,
                     {task(u"adaptive_video"_s, {{u"format"_s, u"hls"_s}, {u"width"_s, 1280}}),
                      task(u"thumbnails"_s, {{u"interval"_s, 10}, {u"width"_s, 240}}),
                      task(u"image"_s, {{u"start"_s, 30}, {u"format"_s, u"png"_s}})}));
    next.append(task(u"video"_s,
                     {{u"width"_s, 854}, {u"height"_s, 480}, {u"quality"_s, u"low"_s}},
                     u"Mobile 480p"_s));
    next.append(task(u"image"_s,
                     {{u"width"_s, 1280}, {u"height"_s, 720}, {u"fit"_s, u"cover"_s}},
                     u"Poster"_s));
    next.append(task(u"image"_s, {{u"width"_s, 320}, {u"format"_s, u"webp"_s}}));
    next.append(task(u"thumbnails"_s, {{u"count"_s, 40}, {u"width"_s, 120}}, u"Scrubbing"_s));
    next.append(task(u"thumbnails"_s, {{u"count"_s, 6}, {u"format"_s, u"png"_s}}));
    next.append(task(u"adaptive_video"_s, {{u"format"_s, u"hls"_s}, {u"codec"_s, u"h264"_s}}));

    // Sound, and what the speech in it gives.
    next.append(task(u"audio"_s,
                     {{u"format"_s, u"mp3"_s}, {u"bitrate"_s, 128000}},
                     u"Podcast feed"_s,
                     {task(u"speech"_s, {}, u"Transcript"_s, speechOutputs(true))}));
    next.append(task(u"audio"_s,
                     {{u"format"_s, u"aac"_s}},
                     {},
                     {task(u"speech"_s, {}, {}, speechOutputs(false))}));
    next.append(task(u"speech"_s,
                     {},
                     {},
                     {track(u"subtitles"_s, u"vtt"_s),
                      track(u"chapters"_s, u"vtt"_s),
                      task(u"outline"_s),
                      task(u"summary"_s)}));

    // Branches on the file's properties.
    const QJsonObject longForm{{u"duration"_s, check(u"gt"_s, 600)}};
    next.append(
        task(u"conditions"_s,
             {{u"kind"_s, check(u"eq"_s, u"video"_s)}, {u"height"_s, check(u"gte"_s, 2160)}},
             u"4K source"_s,
             {task(u"video"_s,
                   {{u"width"_s, 3840}, {u"height"_s, 2160}, {u"codec"_s, u"h265"_s}},
                   u"UHD master"_s),
              task(u"adaptive_video"_s, {{u"format"_s, u"hls"_s}, {u"codec"_s, u"h265"_s}}),
              task(u"image"_s, {{u"width"_s, 3840}, {u"format"_s, u"avif"_s}}),
              task(u"thumbnails"_s, {{u"count"_s, 24}}),
              task(u"conditions"_s,
                   longForm,
                   u"Longer than 10 min"_s,
                   {task(u"chapters"_s),
                    task(u"outline"_s),
                    task(u"summary"_s),
                    task(u"video"_s,
                         {{u"start"_s, 0}, {u"end"_s, 60}, {u"width"_s, 1280}},
                         u"Trailer"_s,
                         {task(u"image"_s, {{u"start"_s, 5}, {u"format"_s, u"jpeg"_s}})})})}));
    next.append(
        task(u"conditions"_s,
             {{u"kind"_s, check(u"eq"_s, u"audio"_s)}},
             u"Audio only"_s,
             {task(u"audio"_s, {{u"format"_s, u"flac"_s}}),
              task(u"speech"_s, {}, {}, {track(u"subtitles"_s, u"srt"_s), task(u"summary"_s)})}));
    next.append(task(u"conditions"_s,
                     {{u"kind"_s, check(u"eq"_s, u"video"_s)}, {u"width"_s, check(u"lt"_s, 1080)}},
                     u"Portrait"_s,
                     {task(u"video"_s, {{u"width"_s, 1080}, {u"height"_s, 1920}}),
                      task(u"image"_s, {{u"width"_s, 1080}, {u"height"_s, 1920}})}));

    return task(u"ingest"_s,
                {{u"url"_s, u"https://media.example.com/library/%1.mp4"_s.arg(episode)}},
                episode,
                next);
}

QByteArray workflowText(int roots)
{
    QJsonArray tasks;
    for (int i = 0; i < roots; ++i)
        tasks.append(ingestTree(i));
    const QJsonObject request{{u"tasks"_s, tasks},
                              {u"metadata"_s, QJsonObject{{u"source"_s, u"editor_bench"_s}}}};
    return QJsonDocument(request).toJson(QJsonDocument::Indented);
}

// The editor ------------------------------------------------------------------------------

QImage viewportImage(const GraphView &view)
{
    const qreal ratio = view.devicePixelRatioF();
    QImage image(view.viewport()->size() * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    return image;
}

// Renders the whole viewport, synchronously, through the view's own paintEvent.
double render(GraphView &view, QImage &image)
{
    QElapsedTimer timer;
    timer.start();
    view.viewport()->render(&image);
    return msSince(timer);
}

// How much of the image is not the canvas colour: proof that something was painted.
double paintedShare(const QImage &image, QRgb canvas)
{
    qint64 painted = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (line[x] != canvas)
                ++painted;
        }
    }
    return 100.0 * double(painted) / double(qint64(image.width()) * image.height());
}

struct Visible
{
    int nodes = 0;
    int edges = 0;
};

Visible visibleItems(const GraphView &view)
{
    Visible visible;
    const QList<QGraphicsItem *> items = view.items(view.viewport()->rect());
    for (const QGraphicsItem *item : items) {
        if (item->type() == NodeItem::Type)
            ++visible.nodes;
        else if (item->type() == EdgeItem::Type)
            ++visible.edges;
    }
    return visible;
}

// A canvas with no items, to tell the background grid's share of a paint.
struct BareCanvas
{
    explicit BareCanvas(const QSize &size)
    {
        view.setAttribute(Qt::WA_DontShowOnScreen);
        view.setScene(&scene);
        view.resize(size);
        view.show();
        image = viewportImage(view);
    }

    GraphModel model;
    GraphScene scene{&model};
    GraphView view;
    QImage image;
};

struct Phases
{
    double import = 0;
    double scene = 0;
    double view = 0;
    double fit = 0;
    double paint = 0;
    double total() const { return import + scene + view + fit + paint; }
};

// Everything the editor owns for one open workflow, built phase by phase under the clock.
struct Editor
{
    std::unique_ptr<Document> document;
    std::unique_ptr<GraphScene> scene;
    std::unique_ptr<GraphView> view;
    QImage image;
    Phases phases;
};

std::unique_ptr<Editor> openEditor(const QByteArray &text)
{
    auto editor = std::make_unique<Editor>();
    QElapsedTimer timer;

    timer.start();
    editor->document = std::make_unique<Document>();
    if (std::optional<Error> error = editor->document->importText(text, u"bench.json"_s)) {
        out << u"import failed: "_s << error->message << u"\n"_s;
        return nullptr;
    }
    editor->phases.import = msSince(timer);

    timer.start();
    editor->scene = std::make_unique<GraphScene>(editor->document->model());
    editor->phases.scene = msSince(timer);

    timer.start();
    editor->view = std::make_unique<GraphView>();
    // Visible (so the viewport is laid out at its real size) but never exposed: the only
    // paint is the one rendered below.
    editor->view->setAttribute(Qt::WA_DontShowOnScreen);
    editor->view->setScene(editor->scene.get());
    editor->view->resize(1280, 800);
    editor->view->show();
    editor->phases.view = msSince(timer);

    timer.start();
    editor->view->fitRect(editor->scene->contentsRect());
    editor->phases.fit = msSince(timer);

    // A colour the canvas never has, so an unpainted image would show.
    editor->image = viewportImage(*editor->view);
    editor->image.fill(Qt::magenta);
    editor->phases.paint = render(*editor->view, editor->image);
    return editor;
}

void printPhases(const QString &label, const QList<Phases> &runs)
{
    auto phase = [&](double Phases::*member) {
        QList<double> values;
        for (const Phases &run : runs)
            values.append(run.*member);
        return median(values);
    };
    QList<double> totals;
    for (const Phases &run : runs)
        totals.append(run.total());
    const double total = median(totals);
    out << u"  %1: import + tidy layout %2, scene %3, view %4, fit %5, first paint %6\n"_s
               .arg(label,
                    ms(phase(&Phases::import)),
                    ms(phase(&Phases::scene)),
                    ms(phase(&Phases::view)),
                    ms(phase(&Phases::fit)),
                    ms(phase(&Phases::paint)));
    out << u"    total %1 (goal ≤ 300 ms: %2)\n"_s.arg(ms(total), verdict(total, 300));
    out.flush();
}

void timeOpening(const QByteArray &text, std::unique_ptr<Editor> *kept)
{
    out << u"1. import, lay out, build, fit and first paint (goal ≤ 300 ms):\n"_s;
    std::unique_ptr<Editor> first = openEditor(text);
    if (!first)
        return;
    printPhases(u"first, cold"_s, {first->phases});
    first.reset();
    QList<Phases> warm;
    for (int i = 0; i < WarmRuns; ++i) {
        std::unique_ptr<Editor> editor = openEditor(text);
        if (!editor)
            return;
        warm.append(editor->phases);
        if (i + 1 < WarmRuns)
            continue;
        *kept = std::move(editor);
    }
    printPhases(u"median of %1 more"_s.arg(WarmRuns), warm);
}

void timeRepaint(Editor &editor)
{
    GraphView &view = *editor.view;
    const Visible visible = visibleItems(view);
    const QRectF contents = editor.scene->contentsRect();
    const QSizeF area = view.viewport()->size();
    const qreal wanted = std::min(
        {area.width() / (contents.width() + 80), area.height() / (contents.height() + 80), 1.0});
    out << u"  fitted zoom %1 % (the whole graph, %2 × %3 scene units, needs %4 %); in view: "
           "%5 nodes, %6 edges; %7 % of the pixels painted\n"_s.arg(view.zoom() * 100, 0, 'f', 2)
               .arg(contents.width(), 0, 'f', 0)
               .arg(contents.height(), 0, 'f', 0)
               .arg(wanted * 100, 0, 'f', 2)
               .arg(visible.nodes)
               .arg(visible.edges)
               .arg(paintedShare(editor.image, view.palette().color(QPalette::Base).rgba()),
                    0,
                    'f',
                    1);

    QList<double> times;
    for (int i = 0; i < Repaints; ++i)
        times.append(render(view, editor.image));
    const double value = median(times);
    out << u"2. repaint at fit-to-view, median of %1: %2 (worst %3; goal ≤ 10 ms: %4)\n"_s
               .arg(Repaints)
               .arg(ms(value), ms(worst(times)), verdict(value, 10));

    // The same zoom and size with no items: what the dotted grid alone costs.
    BareCanvas bare(view.size());
    bare.view.setZoom(view.zoom());
    QList<double> bareTimes;
    for (int i = 0; i < Repaints; ++i)
        bareTimes.append(render(bare.view, bare.image));
    out << u"   of which the background grid alone (same zoom, no items): %1\n"_s.arg(
        ms(median(bareTimes)));

    // fitRect() stops at GraphView::MinZoom; what a repaint of every node would cost at the
    // zoom that really fits them (set through QGraphicsView's own transform, then restored).
    if (wanted < view.zoom()) {
        const QTransform fitted = view.transform();
        const QPointF centre = view.mapToScene(view.viewport()->rect().center());
        view.setTransform(QTransform::fromScale(wanted, wanted));
        view.centerOn(contents.center());
        const Visible all = visibleItems(view);
        QList<double> allTimes;
        for (int i = 0; i < Repaints; ++i)
            allTimes.append(render(view, editor.image));
        out << u"   at %1 %, where the whole graph would fit (%2 nodes, %3 edges in view): "
               "%4\n"_s.arg(wanted * 100, 0, 'f', 2)
                   .arg(all.nodes)
                   .arg(all.edges)
                   .arg(ms(median(allTimes)));
        view.setTransform(fitted);
        view.centerOn(centre);
    }
    out.flush();
}

void timeZoom(Editor &editor)
{
    GraphView &view = *editor.view;
    const qreal fitted = view.zoom();
    QList<qreal> levels;
    for (qreal zoom = fitted * 1.25; zoom < 1.0; zoom *= 1.25)
        levels.append(zoom);
    levels.append(1.0);
    for (qsizetype i = levels.size() - 2; i >= 0; --i)
        levels.append(levels.at(i));
    levels.append(fitted);

    BareCanvas bare(view.size());
    QList<double> times;
    QList<double> cpuTimes;
    QStringList steps;
    for (qreal level : std::as_const(levels)) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        view.setZoom(level);
        view.viewport()->render(&editor.image);
        const double value = msSince(timer);
        times.append(value);
        cpuTimes.append(threadCpuMs() - cpuStart);
        const Visible visible = visibleItems(view);
        bare.view.setZoom(level);
        const double grid = render(bare.view, bare.image);
        steps.append(u"%1 %: %2/%5 (grid %3, %4 nodes)"_s.arg(view.zoom() * 100, 0, 'f', 1)
                         .arg(value, 0, 'f', 1)
                         .arg(grid, 0, 'f', 1)
                         .arg(visible.nodes)
                         .arg(cpuTimes.constLast(), 0, 'f', 1));
    }
    const double value = median(times);
    const double slowest = worst(times);
    out << u"3. zoom steps of 1.25× from fit to 100 % and back (%1 steps, each set + render): "
           "median %2, worst %3 (goal ≤ 16 ms each: %4)\n"_s.arg(times.size())
               .arg(ms(value), ms(slowest), verdict(slowest, 16));
    out << u"   in CPU time of the painting thread: median %1, worst %2 (goal ≤ 16 ms each: %3)\n"_s
               .arg(ms(median(cpuTimes)), ms(worst(cpuTimes)), verdict(worst(cpuTimes), 16));
    out << u"   zoom: ms for the step/its CPU ms (ms for the grid alone at that zoom, nodes in "
           "view)\n"_s;
    for (qsizetype i = 0; i < steps.size(); i += 4)
        out << u"   "_s << steps.mid(i, 4).join(u"; "_s) << u"\n"_s;
    out.flush();
}

// One option edit on the large graph as the editor makes it: the undo command, then what
// follows every edit (deriving the request, validating it, marking nodes, listing problems,
// refreshing the JSON dock's text).
void timeEdit(Editor &editor)
{
    IssuesWidget issues;
    JsonView json;
    json.setAttribute(Qt::WA_DontShowOnScreen);
    json.show();
    ValidationController validation(editor.document->model(), editor.scene.get(), &issues, &json);
    GraphModel *model = editor.document->model();
    const NodeId target = model->nodeIds().value(1);
    QList<double> commands;
    QList<double> checks;
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer timer;
        timer.start();
        editor.document->undoStack()->push(
            new SetOptionsCommand(model, target, QJsonObject{{u"width"_s, 640 + i}}));
        commands.append(msSince(timer));
        timer.start();
        validation.validateNow();
        checks.append(msSince(timer));
    }
    out << u"5. one option edit on the 2,000-node graph, median of 10: undo command %1, then "
           "request + validation + badges + Issues + JSON dock %2 (worst %3; runs 80 ms after "
           "the last of a burst of edits)\n"_s.arg(ms(median(commands)),
                                                   ms(median(checks)),
                                                   ms(worst(checks)));
    out.flush();
}

// Select all, delete, undo, redo, undo on the large graph, with the controllers the window
// has listening (validation, inspector), as a person pressing Ctrl+A, Delete, Ctrl+Z would.
void timeBulkEdit(Editor &editor)
{
    IssuesWidget issues;
    InspectorWidget inspector;
    ValidationController validation(editor.document->model(), editor.scene.get(), &issues, nullptr);
    EditorController controller(editor.document.get(), editor.scene.get(), editor.view.get());
    InspectorController inspection(editor.document.get(),
                                   editor.scene.get(),
                                   editor.view.get(),
                                   &inspector,
                                   &validation);
    QUndoStack *stack = editor.document->undoStack();
    QElapsedTimer timer;
    timer.start();
    controller.selectAll();
    const double select = msSince(timer);
    timer.start();
    controller.deleteSelection();
    const double remove = msSince(timer);
    timer.start();
    stack->undo();
    const double undo = msSince(timer);
    timer.start();
    stack->redo();
    const double redo = msSince(timer);
    stack->undo();
    timer.start();
    controller.tidyLayout();
    const double tidy = msSince(timer);
    stack->undo();
    out << u"6. on all 2,000 nodes: select all %1, delete %2, undo %3, redo %4, tidy layout %5\n"_s
               .arg(ms(select), ms(remove), ms(undo), ms(redo), ms(tidy));
    out.flush();
}

void measureApplication(const QByteArray &text, const QString &saveDir)
{
    const QString spool = QString::fromUtf8(SPOOL_GUI);
    const QString gnuTime = u"/usr/bin/time"_s;
    if (!QFile::exists(gnuTime) || !QFile::exists(spool)) {
        out << u"4. peak memory of spool: skipped (%1 or %2 is missing)\n"_s.arg(gnuTime, spool);
        return;
    }
    QTemporaryDir dir;
    const QString input = dir.filePath(u"workflow-2000.json"_s);
    QFile file(input);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
        out << u"4. peak memory of spool: skipped (cannot write %1)\n"_s.arg(input);
        return;
    }
    file.close();
    const QString screenshot = saveDir.isEmpty() ? dir.filePath(u"x.png"_s)
                                                 : QDir(saveDir).filePath(u"spool.png"_s);
    const QString report = dir.filePath(u"rss.txt"_s);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    // Keep its settings and recovery files out of the user's own.
    environment.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, dir.filePath(u"cache"_s));

    QList<double> peaks;
    QList<double> walls;
    for (int i = 0; i < 3; ++i) {
        QFile::remove(screenshot);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer timer;
        timer.start();
        process
            .start(gnuTime,
                   {u"-f"_s, u"%M"_s, u"-o"_s, report, spool, u"--screenshot"_s, screenshot, input});
        if (!process.waitForFinished(120000) || process.exitCode() != 0) {
            out << u"4. peak memory of spool: the screenshot run failed (exit %1)\n"_s.arg(
                process.exitCode());
            return;
        }
        walls.append(msSince(timer));
        QFile rss(report);
        if (!rss.open(QIODevice::ReadOnly)) {
            out << u"4. peak memory of spool: GNU time wrote no report\n"_s;
            return;
        }
        peaks.append(rss.readAll().trimmed().split('\n').constLast().toDouble() / 1024);
    }
    const double peak = median(peaks);
    out << u"4. peak memory (max RSS) of spool --screenshot on the 2,000-node workflow, median "
           "of %1: %2 MiB (worst %3 MiB; goal ≤ 150 MiB: %4); wall time %5, screenshot %6\n"_s
               .arg(peaks.size())
               .arg(peak, 0, 'f', 1)
               .arg(worst(peaks), 0, 'f', 1)
               .arg(verdict(peak, 150), ms(median(walls)))
               .arg(QFile::exists(screenshot) ? u"written"_s : u"MISSING"_s);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    const bool withApplication = !arguments.removeAll(u"--no-app"_s);
    QString saveDir;
    if (const qsizetype at = arguments.indexOf(u"--save"_s); at >= 0) {
        saveDir = arguments.value(at + 1);
        arguments.remove(at, std::min<qsizetype>(2, arguments.size() - at));
        QDir().mkpath(saveDir);
    }
    const int roots = arguments.isEmpty() ? 40 : std::max(1, arguments.constFirst().toInt());

    const QByteArray text = workflowText(roots);
    const Result<RunRequest> request = RunRequest::fromText(text);
    if (!request) {
        out << u"the generated workflow does not read: "_s << request.error().message << u"\n"_s;
        return 1;
    }
    const int tasks = TaskDef::count(request->tasks);
    out << u"editor_bench on %1 cores, platform %2\n"_s.arg(QThread::idealThreadCount())
               .arg(QApplication::platformName());
    out << u"workflow: %1 nodes, %2 edges, %3 ingest roots of %4 tasks, depths 0–4, %5 KiB of "
           "JSON\n"_s.arg(tasks)
               .arg(tasks - int(request->tasks.size()))
               .arg(request->tasks.size())
               .arg(TasksPerRoot)
               .arg(text.size() / 1024);
    out.flush();

    std::unique_ptr<Editor> editor;
    timeOpening(text, &editor);
    if (!editor)
        return 1;
    if (!saveDir.isEmpty()) {
        QFile file(QDir(saveDir).filePath(u"workflow.json"_s));
        if (file.open(QIODevice::WriteOnly))
            file.write(text);
        editor->image.save(QDir(saveDir).filePath(u"first-paint.png"_s));
    }
    timeRepaint(*editor);
    timeZoom(*editor);
    timeEdit(*editor);
    timeBulkEdit(*editor);
    out << u"   peak memory of this benchmark: %1 MiB\n"_s.arg(bench::peakMemoryMiB(), 0, 'f', 1);
    out.flush();
    editor.reset();

    if (withApplication)
        measureApplication(text, saveDir);
    return 0;
}
