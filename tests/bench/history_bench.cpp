// The History dock over a large history: 10,000 finished runs (three tasks each) in the store,
// then the time from making the run service and the dock to the dock shown with its first page
// painted (the goal: at most 200 ms), the time of the next page, of a poll for newer runs, and
// of a text filter that matches nothing (it reads the whole history a page at a time).
//
// Usage: history_bench [RUNS]

#include <history/historydock.h>
#include <history/historymodel.h>

#include <runtime/executorregistry.h>
#include <runtime/localrunservice.h>
#include <runtime/workspace.h>
#include <schema/ids.h>
#include <store/runstore.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

namespace {

QTextStream out(stdout);

spool::Run makeRun(int index)
{
    spool::Run run;
    run.id = Ids::newRunId();
    run.metadata = QJsonObject{{u"name"_s, u"run %1"_s.arg(index)}};
    const qint64 created = 1'700'000'000 + index * 60;
    run.lifecycle.markCreated(created);
    const QStringList kinds{u"ingest"_s, u"audio"_s, u"thumbnails"_s};
    for (int i = 0; i < kinds.size(); ++i) {
        Task task;
        task.id = Ids::newTaskId();
        task.kind = kinds.at(i);
        task.runId = run.id;
        task.requestNode = i == 0 ? u"/tasks/0"_s : u"/tasks/0/next/%1"_s.arg(i - 1);
        if (i > 0)
            task.parentId = run.tasks.constFirst().id;
        task.lifecycle.markCreated(created);
        task.lifecycle.advance(Status::Processing, created + 1);
        task.lifecycle.advance(index % 7 == 0 ? Status::Failed : Status::Succeeded, created + 5);
        OutputEntry output;
        output.kind = u"source"_s;
        output.url = u"file:///tmp/out%1.mp3"_s.arg(i);
        output.filesize = 1000 + index;
        task.outputs.append(output);
        run.tasks.append(task);
    }
    run.lifecycle.advance(Status::Processing, created + 1);
    run.lifecycle.advance(index % 7 == 0 ? Status::Failed : Status::Succeeded, created + 6);
    run.progress = 100;
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    QTemporaryDir dir;
    const Workspace workspace(dir.filePath(u"workspace"_s));

    QElapsedTimer timer;
    timer.start();
    {
        Result<std::unique_ptr<RunStore>> store = RunStore::open(workspace.databasePath());
        if (!store) {
            out << "cannot open the history: " << store.error().message << "\n";
            return 1;
        }
        for (int i = 0; i < runs; ++i) {
            if (std::optional<Error> error = (*store)->saveRun(makeRun(i))) {
                out << "cannot write the history: " << error->message << "\n";
                return 1;
            }
        }
    }
    out << "history of " << runs << " runs written in " << timer.elapsed() << " ms\n";
    out.flush();

    timer.restart();
    Result<std::unique_ptr<RunStore>> store = RunStore::open(workspace.databasePath());
    if (!store)
        return 1;
    LocalRunService service(std::make_shared<const ExecutorRegistry>(),
                            1,
                            workspace,
                            std::move(store).value());
    const qint64 serviceMs = timer.elapsed();
    HistoryDock dock(&service);
    dock.resize(900, 500);
    dock.show();
    dock.view()->viewport()->repaint();
    QApplication::processEvents();
    const qint64 openMs = timer.elapsed();
    out << "history dock open, first page painted: " << openMs << " ms (service " << serviceMs
        << " ms; " << dock.model()->rowCount() << " rows loaded; goal <= 200 ms)\n";

    timer.restart();
    dock.model()->fetchMore({});
    const qint64 pageMs = timer.elapsed();
    out << "next page: " << pageMs << " ms (" << dock.model()->rowCount() << " rows)\n";

    timer.restart();
    dock.model()->refresh();
    out << "poll for newer runs: " << timer.elapsed() << " ms\n";

    timer.restart();
    dock.model()->setTextFilter(u"no-such-text"_s);
    QSignalSpy loaded(dock.model(), &HistoryModel::pageLoaded);
    while (dock.model()->hasMore())
        loaded.wait(10000);
    out << "text filter matching nothing, whole history read: " << timer.elapsed() << " ms ("
        << dock.model()->loadedCount() << " runs)\n";
    return 0;
}
