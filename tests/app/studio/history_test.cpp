// The history from the window: runs made by the real spool-cli binary on the same workspace
// appear in the History dock without a restart, reopen on a read-only canvas with their
// statuses, export as spool-cli show --json prints them, and compare task by task; spool
// --show-run writes a past run headless.

#include <historycontroller.h>
#include <pastrunwindow.h>

#include <graph/graphmodel.h>
#include <graph/graphscene.h>
#include <graph/nodeitem.h>
#include <graph/runoverlay.h>
#include <history/comparerunsdialog.h>
#include <history/historydock.h>
#include <history/historymodel.h>
#include <history/runcomparisonmodel.h>
#include <monitor/rundock.h>
#include <monitor/runtaskmodel.h>
#include <runtime/executorregistry.h>
#include <runtime/localrunservice.h>
#include <runtime/workspace.h>
#include <store/runstore.h>
#include <support/mediafixtures.h>
#include <timeline/runtimeline.h>
#include <timeline/timelinedock.h>

#include <QCheckBox>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace spool;
using namespace Qt::Literals::StringLiterals;

namespace {

// An ingest, a conditions task that holds (its audio runs) and one that does not (its image
// is never made).
constexpr auto Workflow = R"({"metadata": {"name": "history check"}, "tasks": [
    {"kind": "ingest", "options": {"url": "clip.mp4"}, "next": [
        {"kind": "conditions", "options": {"kind": {"eq": "video"}},
         "next": [{"kind": "audio", "options": {"format": "mp3"}}]},
        {"kind": "conditions", "options": {"width": {"gt": 100000}},
         "next": [{"kind": "image"}]}]}]})";

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs a program to its end while this thread's event loop serves the window, bounded.
ProcessResult runProgram(
    const QString &program,
    const QStringList &arguments,
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted())
        return {};
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

struct HistoryWindow
{
    QTemporaryDir dir;
    Workspace workspace{dir.filePath(u"workspace"_s)};
    std::unique_ptr<LocalRunService> service;
    std::unique_ptr<HistoryDock> dock;
    std::unique_ptr<HistoryController> controller;
    QString requestPath = dir.filePath(u"workflow.json"_s);

    HistoryWindow()
    {
        Result<std::unique_ptr<RunStore>> store = RunStore::open(workspace.databasePath());
        EXPECT_TRUE(store);
        service = std::make_unique<LocalRunService>(std::make_shared<const ExecutorRegistry>(),
                                                    1,
                                                    workspace,
                                                    std::move(store).value());
        dock = std::make_unique<HistoryDock>(service.get());
        dock->setPollInterval(200);
        controller = std::make_unique<HistoryController>(
            HistoryController::Parts{service.get(), dock.get(), workspace.root(), {}});
        QFile file(requestPath);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(Workflow);
    }
    ProcessResult cli(const QStringList &arguments)
    {
        return runProgram(QStringLiteral(SPOOL_CLI),
                          arguments + QStringList{u"--workspace"_s, workspace.root()});
    }
    /// `spool-cli run` on `input`; the run's id from its --json report.
    QString cliRun(const QString &input)
    {
        const ProcessResult result = cli({u"run"_s, requestPath, u"--input"_s, input, u"--json"_s});
        EXPECT_GE(result.exitCode, 0) << result.err.toStdString();
        return QJsonDocument::fromJson(result.out).object().value(u"id"_s).toString();
    }
    bool waitForRun(const QString &runId)
    {
        QSignalSpy inserted(dock->model(), &QAbstractItemModel::rowsInserted);
        for (int i = 0; i < 20 && !dock->model()->indexOfRun(runId).isValid(); ++i)
            inserted.wait(500);
        return dock->model()->indexOfRun(runId).isValid();
    }
};

std::optional<NodeRunState> stateAt(PastRunWindow *window, const QString &pointer)
{
    const NodeId id = window->model()->nodeAtPointer(pointer);
    if (!id)
        return std::nullopt;
    return window->scene()->nodeItem(id)->runState();
}

} // namespace

TEST(History, ARunOfSpoolCliAppearsAndReopensWithItsStatuses)
{
    HistoryWindow w;
    test::MediaFixtures media(w.dir.path());
    const QString clip = media.video();
    ASSERT_FALSE(clip.isEmpty()) << media.lastError().toStdString();
    w.dock->show();
    ASSERT_TRUE(w.dock->model()->hasLoaded());
    EXPECT_EQ(w.dock->model()->rowCount(), 0);

    const QString runId = w.cliRun(clip);
    ASSERT_FALSE(runId.isEmpty());
    // The window's service was opened before the run: the dock finds it by polling.
    ASSERT_TRUE(w.waitForRun(runId));
    const QModelIndex row = w.dock->model()->indexOfRun(runId, HistoryModel::StatusColumn);
    // A poll may have caught it live; it ends succeeded.
    QSignalSpy changed(w.dock->model(), &QAbstractItemModel::dataChanged);
    for (int i = 0; i < 10 && row.data(HistoryModel::StatusRole).toInt() != int(Status::Succeeded);
         ++i)
        changed.wait(500);
    EXPECT_EQ(row.data(HistoryModel::StatusRole).toInt(), int(Status::Succeeded));

    QSignalSpy opened(w.dock.get(), &HistoryDock::runOpened);
    ASSERT_TRUE(w.dock->selectRun(runId));
    w.dock->openAction()->trigger();
    ASSERT_EQ(opened.size(), 1);
    const Result<PastRunWindow *> window = w.controller->openRun(runId);
    ASSERT_TRUE(window) << window.error().message.toStdString();
    PastRunWindow *past = *window;
    EXPECT_EQ(past->runId(), runId);
    EXPECT_EQ(past->model()->nodeCount(), 5);
    for (const QString &pointer :
         {u"/tasks/0"_s, u"/tasks/0/next/0"_s, u"/tasks/0/next/0/next/0"_s, u"/tasks/0/next/1"_s}) {
        const std::optional<NodeRunState> state = stateAt(past, pointer);
        ASSERT_TRUE(state) << pointer.toStdString();
        EXPECT_EQ(state->status, Status::Succeeded) << pointer.toStdString();
    }
    const std::optional<NodeRunState> image = stateAt(past, u"/tasks/0/next/1/next/0"_s);
    ASSERT_TRUE(image);
    EXPECT_TRUE(image->notTaken);
    const Result<spool::Run> run = w.service->run(runId).result();
    ASSERT_TRUE(run);
    EXPECT_EQ(past->runDock()->model()->taskCount(), int(run->tasks.size()));
    EXPECT_EQ(past->timelineDock()->timeline()->rowCount(), int(run->tasks.size()));
    // Opening it again raises the same window.
    const Result<PastRunWindow *> again = w.controller->openRun(runId);
    ASSERT_TRUE(again);
    EXPECT_EQ(*again, past);

    // Export Run writes what spool-cli show --json prints, byte for byte.
    const QString exported = w.dir.filePath(u"exported.json"_s);
    ASSERT_FALSE(w.controller->exportRun(runId, exported));
    QFile file(exported);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const ProcessResult shown = w.cli({u"show"_s, runId, u"--json"_s});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_EQ(file.readAll(), shown.out);
}

TEST(History, CompareRunsHighlightsATaskThatFailedInOneRun)
{
    HistoryWindow w;
    test::MediaFixtures media(w.dir.path());
    const QString clip = media.video();
    ASSERT_FALSE(clip.isEmpty()) << media.lastError().toStdString();
    const QString good = w.cliRun(clip);
    const QString bad = w.cliRun(w.dir.filePath(u"missing.mp4"_s));
    ASSERT_FALSE(good.isEmpty());
    ASSERT_FALSE(bad.isEmpty());

    const Result<CompareRunsDialog *> dialog = w.controller->compareRuns(good, bad);
    ASSERT_TRUE(dialog) << dialog.error().message.toStdString();
    RunComparisonModel *model = (*dialog)->model();
    const int ingest = model->rowOfRequestNode(u"/tasks/0"_s);
    ASSERT_GE(ingest, 0);
    EXPECT_TRUE(model->cellDiffers(ingest, RunComparisonModel::SecondStatusColumn));
    EXPECT_EQ(model->index(ingest, RunComparisonModel::SecondStatusColumn)
                  .data(RunComparisonModel::DifferenceRole)
                  .toBool(),
              true);
    // The tasks under the failed ingest exist in the good run only.
    const int audio = model->rowOfRequestNode(u"/tasks/0/next/0/next/0"_s);
    ASSERT_GE(audio, 0);
    EXPECT_EQ(model->secondTask(audio), nullptr);
    EXPECT_TRUE(model->rowDiffers(audio));
    (*dialog)->onlyDifferencesBox()->setChecked(true);
    EXPECT_FALSE((*dialog)->view()->isRowHidden(ingest, {}));
}

TEST(History, ShowRunWritesAPastRunHeadlessAndFailsOnAnUnknownOne)
{
    HistoryWindow w;
    test::MediaFixtures media(w.dir.path());
    const QString clip = media.video();
    ASSERT_FALSE(clip.isEmpty()) << media.lastError().toStdString();
    const QString runId = w.cliRun(clip);
    ASSERT_FALSE(runId.isEmpty());

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"SPOOL_WORKSPACE"_s, w.workspace.root());
    environment.insert(u"XDG_CONFIG_HOME"_s, w.dir.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, w.dir.filePath(u"data"_s));
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    const QString shot = w.dir.filePath(u"past.png"_s);
    const ProcessResult shown
        = runProgram(QStringLiteral(SPOOL_GUI),
                     {u"--show-run"_s, runId, u"--screenshot"_s, shot, u"--size"_s, u"1024x640"_s},
                     environment);
    EXPECT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    const QImage image(shot);
    EXPECT_EQ(image.size(), QSize(1024, 640));

    const ProcessResult unknown
        = runProgram(QStringLiteral(SPOOL_GUI),
                     {u"--show-run"_s, u"run_nosuchrun0000000"_s, u"--screenshot"_s, shot},
                     environment);
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains("run_nosuchrun0000000")) << unknown.err.toStdString();
}
