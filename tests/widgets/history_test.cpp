// The History dock's model over a real LocalRunService and its store: pages, filters, runs
// another connection writes; and the comparison of two runs.

#include <history/historydock.h>
#include <history/historymodel.h>
#include <history/runcomparisonmodel.h>

#include <runtime/executorregistry.h>
#include <runtime/localrunservice.h>
#include <runtime/workspace.h>
#include <schema/ids.h>
#include <store/runstore.h>

#include <QColor>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace spool;
using namespace Qt::Literals::StringLiterals;

namespace {

spool::Run makeRun(const QStringList &kinds,
                   Status status = Status::Succeeded,
                   const QJsonObject &metadata = {})
{
    spool::Run run;
    run.id = Ids::newRunId();
    run.metadata = metadata;
    run.lifecycle.markCreated(1000);
    for (int i = 0; i < kinds.size(); ++i) {
        Task task;
        task.id = Ids::newTaskId();
        task.kind = kinds.at(i);
        task.runId = run.id;
        task.requestNode = i == 0 ? u"/tasks/0"_s : u"/tasks/0/next/%1"_s.arg(i - 1);
        if (i > 0)
            task.parentId = run.tasks.constFirst().id;
        task.lifecycle.markCreated(1000);
        task.lifecycle.advance(Status::Processing, 1001);
        task.lifecycle.advance(status, 1003);
        run.tasks.append(task);
    }
    run.lifecycle.advance(Status::Processing, 1001);
    run.lifecycle.advance(status, 1004);
    return run;
}

struct History
{
    QTemporaryDir dir;
    Workspace workspace{dir.filePath(u"workspace"_s)};
    std::unique_ptr<RunStore> writer;
    std::unique_ptr<LocalRunService> service;

    History()
    {
        Result<std::unique_ptr<RunStore>> store = RunStore::open(workspace.databasePath());
        EXPECT_TRUE(store);
        writer = std::move(store).value();
        Result<std::unique_ptr<RunStore>> own = RunStore::open(workspace.databasePath());
        EXPECT_TRUE(own);
        service = std::make_unique<LocalRunService>(std::make_shared<const ExecutorRegistry>(),
                                                    1,
                                                    workspace,
                                                    std::move(own).value());
    }
    /// Saved through another connection, as another process sharing the history would.
    QString add(const spool::Run &run)
    {
        EXPECT_FALSE(writer->saveRun(run));
        return run.id;
    }
};

QStringList shownIds(const HistoryModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(HistoryModel::RunIdRole).toString());
    return ids;
}

} // namespace

TEST(HistoryModel, LoadsPagesNewestFirstAsItIsAskedForMore)
{
    History h;
    QStringList ids;
    for (int i = 0; i < 23; ++i)
        ids.prepend(h.add(makeRun({u"ingest"_s})));
    HistoryModel model(h.service.get());
    model.setPageSize(10);
    model.reload();
    ASSERT_TRUE(model.hasLoaded());
    EXPECT_EQ(shownIds(model), ids.mid(0, 10));
    ASSERT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(shownIds(model), ids.mid(0, 20));
    model.fetchMore({});
    EXPECT_EQ(shownIds(model), ids);
    EXPECT_FALSE(model.canFetchMore({}));
    EXPECT_FALSE(model.hasMore());
}

TEST(HistoryModel, FiltersByStatusThroughTheService)
{
    History h;
    const QString failed = h.add(makeRun({u"ingest"_s}, Status::Failed));
    h.add(makeRun({u"ingest"_s}));
    const QString cancelled = h.add(makeRun({u"ingest"_s}, Status::Cancelled));
    HistoryModel model(h.service.get());
    model.reload();
    EXPECT_EQ(model.rowCount(), 3);
    model.setStatusFilter(Status::Failed);
    EXPECT_EQ(shownIds(model), QStringList{failed});
    model.setStatusFilter(Status::Cancelled);
    EXPECT_EQ(shownIds(model), QStringList{cancelled});
    model.setStatusFilter(std::nullopt);
    EXPECT_EQ(model.rowCount(), 3);
}

TEST(HistoryModel, FiltersByIdMetadataAndTaskKindLoadingPagesUntilAMatchShows)
{
    History h;
    const QString named = h.add(
        makeRun({u"ingest"_s, u"thumbnails"_s}, Status::Succeeded, {{u"name"_s, u"Needle talk"_s}}));
    for (int i = 0; i < 30; ++i)
        h.add(makeRun({u"ingest"_s, u"audio"_s}));
    HistoryModel model(h.service.get());
    model.setPageSize(5);
    model.reload();
    ASSERT_EQ(model.rowCount(), 5);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setTextFilter(u"needle"_s);
    // The match is on the seventh page: the model asks for the pages between on its own.
    if (model.rowCount() == 0) {
        ASSERT_TRUE(inserted.wait(5000));
    }
    EXPECT_EQ(shownIds(model), QStringList{named});

    model.setTextFilter(u"THUMBNAILS"_s);
    EXPECT_EQ(shownIds(model), QStringList{named});
    model.setTextFilter(named.right(12));
    EXPECT_EQ(shownIds(model), QStringList{named});
    model.setTextFilter(u"audio"_s);
    EXPECT_EQ(model.rowCount(), model.loadedCount() - 1);
    model.setTextFilter(QString());
    EXPECT_EQ(model.rowCount(), model.loadedCount());
}

TEST(HistoryModel, RefreshAddsRunsAnotherConnectionWroteAndRereadsUnfinishedOnes)
{
    History h;
    h.add(makeRun({u"ingest"_s}));
    spool::Run live = makeRun({u"ingest"_s}, Status::Processing);
    h.add(live);
    HistoryModel model(h.service.get());
    model.reload();
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, HistoryModel::StatusColumn).data(HistoryModel::StatusRole).toInt(),
              int(Status::Processing));

    const QString newer = h.add(makeRun({u"ingest"_s, u"audio"_s}));
    live.lifecycle.advance(Status::Succeeded, 1010);
    h.add(live);
    model.refresh();
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(shownIds(model).constFirst(), newer);
    EXPECT_EQ(model.run(live.id)->lifecycle.status(), Status::Succeeded);
}

TEST(HistoryDock, ARunWrittenElsewhereAppearsWhileTheDockIsShown)
{
    History h;
    h.add(makeRun({u"ingest"_s}));
    HistoryDock dock(h.service.get());
    dock.setPollInterval(100);
    dock.show();
    ASSERT_EQ(dock.model()->rowCount(), 1);
    QSignalSpy inserted(dock.model(), &QAbstractItemModel::rowsInserted);
    const QString newer = h.add(makeRun({u"ingest"_s}));
    ASSERT_TRUE(inserted.wait(2000));
    EXPECT_EQ(dock.model()->index(0, 0).data(HistoryModel::RunIdRole).toString(), newer);

    QSignalSpy opened(&dock, &HistoryDock::runOpened);
    ASSERT_TRUE(dock.selectRun(newer));
    Q_EMIT dock.view()->activated(dock.view()->currentIndex());
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.at(0).at(0).toString(), newer);
}

TEST(RunComparison, MatchesTasksByRequestNodeAndMarksWhatDiffers)
{
    spool::Run first = makeRun({u"ingest"_s, u"audio"_s, u"image"_s});
    spool::Run second = makeRun({u"ingest"_s, u"audio"_s, u"image"_s});
    // Listed in another order: matched by node, not by place.
    std::swap(second.tasks[1], second.tasks[2]);
    OutputEntry clip;
    clip.kind = u"source"_s;
    clip.type = u"audio/mpeg"_s;
    clip.filesize = 4000;
    clip.duration = 2.0;
    first.tasks[1].outputs = {clip};
    OutputEntry longer = clip;
    longer.duration = 3.5;
    longer.filesize = 7000;
    second.tasks[2].outputs = {longer}; // the audio task of the second run
    Task failedImage = second.tasks[1];
    failedImage.lifecycle = Lifecycle();
    failedImage.lifecycle.markCreated(1000);
    failedImage.lifecycle.advance(Status::Failed, 1001, Error{u"x"_s, u"no frame"_s});
    second.tasks[1] = failedImage;

    RunComparisonModel model;
    model.setRuns(first, second);
    ASSERT_EQ(model.rowCount(), 3);
    const int ingest = model.rowOfRequestNode(u"/tasks/0"_s);
    const int audio = model.rowOfRequestNode(u"/tasks/0/next/0"_s);
    const int image = model.rowOfRequestNode(u"/tasks/0/next/1"_s);
    ASSERT_GE(ingest, 0);
    ASSERT_GE(audio, 0);
    ASSERT_GE(image, 0);
    EXPECT_EQ(model.secondTask(audio)->kind, u"audio"_s);
    EXPECT_FALSE(model.rowDiffers(ingest));
    EXPECT_TRUE(model.cellDiffers(audio, RunComparisonModel::FirstOutputsColumn));
    EXPECT_FALSE(model.cellDiffers(audio, RunComparisonModel::FirstStatusColumn));
    EXPECT_TRUE(model.cellDiffers(image, RunComparisonModel::SecondStatusColumn));
    EXPECT_EQ(model.differingRows(), 2);
    const QModelIndex status = model.index(image, RunComparisonModel::SecondStatusColumn);
    EXPECT_TRUE(status.data(RunComparisonModel::DifferenceRole).toBool());
    EXPECT_TRUE(status.data(Qt::BackgroundRole).value<QColor>().isValid());
    EXPECT_FALSE(model.index(ingest, RunComparisonModel::FirstStatusColumn)
                     .data(Qt::BackgroundRole)
                     .isValid());
    EXPECT_TRUE(model.index(audio, RunComparisonModel::SecondOutputsColumn)
                    .data()
                    .toString()
                    .contains(u"3.5"_s));
}

TEST(RunComparison, ATaskOnlyOneRunHasIsADifference)
{
    spool::Run first = makeRun({u"ingest"_s, u"audio"_s});
    spool::Run second = makeRun({u"ingest"_s});
    RunComparisonModel model;
    model.setRuns(first, second);
    ASSERT_EQ(model.rowCount(), 2);
    const int audio = model.rowOfRequestNode(u"/tasks/0/next/0"_s);
    ASSERT_GE(audio, 0);
    EXPECT_EQ(model.secondTask(audio), nullptr);
    EXPECT_TRUE(model.rowDiffers(audio));
    EXPECT_EQ(model.differingRows(), 1);
}
