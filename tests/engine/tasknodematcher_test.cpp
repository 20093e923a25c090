#include "testdata.h"

#include <runtime/executorregistry.h>
#include <runtime/localrunservice.h>
#include <runtime/workspace.h>
#include <schema/jsonpointer.h>
#include <schema/kindspec.h>
#include <schema/tasknodematcher.h>
#include <store/runstore.h>
#include <tasks/conditionsexecutor.h>

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

namespace {

// An ingest that reads nothing: a 1080p video of ten seconds, so that conditions asking for a
// longer or smaller file are not taken.
class FakeIngest : public TaskExecutor
{
public:
    Result<TaskOutcome> execute(TaskContext &) const override
    {
        TaskOutcome outcome;
        outcome.primary = MediaFile{u"/media/in.mp4"_s,
                                    QJsonObject{{u"kind"_s, u"video"_s},
                                                {u"mimetype"_s, u"video/mp4"_s},
                                                {u"format"_s, u"mp4"_s},
                                                {u"width"_s, 1920},
                                                {u"height"_s, 1080},
                                                {u"duration"_s, 10.0},
                                                {u"fps"_s, 25}}};
        return outcome;
    }
};

// Every other kind but conditions passes its input on, so a run of any workflow is quick.
class PassOn : public TaskExecutor
{
public:
    Result<TaskOutcome> execute(TaskContext &context) const override
    {
        TaskOutcome outcome;
        outcome.primary = context.input;
        return outcome;
    }
};

std::shared_ptr<ExecutorRegistry> everyKind()
{
    auto registry = std::make_shared<ExecutorRegistry>();
    for (const QString &kind : KindSpec::kindNames()) {
        if (kind == u"ingest")
            registry->add(kind, std::make_shared<FakeIngest>());
        else if (kind == u"conditions")
            registry->add(kind, std::make_shared<ConditionsExecutor>());
        else
            registry->add(kind, std::make_shared<PassOn>());
    }
    return registry;
}

struct Workflow
{
    QString name;
    QByteArray text;
};

QList<Workflow> workflows()
{
    QList<Workflow> all;
    for (const QString &file : test::dataFiles(u"spec"_s)) {
        if (file == u"03-legacy-conditions.json")
            continue; // the legacy shape, which the engine does not run
        all.append({file, test::readData(u"spec/"_s + file)});
    }
    const QDir examples(QStringLiteral(SPOOL_TEST_DATA) + u"/../../resources/examples"_s);
    for (const QString &file : examples.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        QFile in(examples.filePath(file));
        EXPECT_TRUE(in.open(QIODevice::ReadOnly));
        all.append({file, in.readAll()});
    }
    return all;
}

class Runner
{
public:
    Runner()
        : m_workspace(m_dir.path())
    {
        Result<std::unique_ptr<RunStore>> store = RunStore::open(m_workspace.databasePath());
        EXPECT_TRUE(store.ok());
        m_service = std::make_unique<LocalRunService>(everyKind(),
                                                      2,
                                                      m_workspace,
                                                      std::move(store).value());
    }

    std::optional<spool::Run> run(RunRequest request, std::optional<QString> input = {})
    {
        // Each variant of a workflow is a run of its own, not an answer of the first.
        request.idempotencyKey.reset();
        QEventLoop loop;
        std::optional<spool::Run> finished;
        QObject::connect(m_service.get(),
                         &RunService::runFinished,
                         &loop,
                         [&](const spool::Run &run) {
                             finished = run;
                             loop.quit();
                         });
        StartOptions options;
        options.input = std::move(input);
        const Result<spool::Run> started = m_service->start(request, options).result();
        EXPECT_TRUE(started.ok()) << (started ? "" : started.error().message.toStdString());
        if (!started)
            return std::nullopt;
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        if (!finished)
            loop.exec();
        return finished;
    }

    LocalRunService &service() { return *m_service; }
    const Workspace &workspace() const { return m_workspace; }

private:
    QTemporaryDir m_dir;
    Workspace m_workspace;
    std::unique_ptr<LocalRunService> m_service;
};

QHash<QString, QString> pointersOf(const spool::Run &run)
{
    QHash<QString, QString> pointers;
    for (const Task &task : run.tasks) {
        if (task.requestNode)
            pointers.insert(task.id, *task.requestNode);
    }
    return pointers;
}

spool::Run stripped(spool::Run run)
{
    for (Task &task : run.tasks)
        task.requestNode.reset();
    return run;
}

// Each pointer names a node of the request of the task's kind, no node twice; the matching
// rule, on the run without its pointers, finds the same nodes.
void expectMapped(const RunRequest &request,
                  const spool::Run &run,
                  int unmapped,
                  const std::string &what)
{
    const QJsonObject json = request.toJson();
    QSet<QString> used;
    int without = 0;
    for (const Task &task : run.tasks) {
        if (!task.requestNode) {
            ++without;
            continue;
        }
        const QJsonValue node = JsonPointer::resolve(json, *task.requestNode);
        EXPECT_EQ(node.toObject().value(u"kind"_s).toString(), task.kind)
            << what << " " << task.requestNode->toStdString();
        EXPECT_FALSE(used.contains(*task.requestNode)) << what;
        used.insert(*task.requestNode);
    }
    EXPECT_EQ(without, unmapped) << what;
    EXPECT_EQ(TaskNodeMatcher::match(request, stripped(run).tasks), pointersOf(run)) << what;
    const spool::Run annotated = TaskNodeMatcher::annotate(request, stripped(run));
    EXPECT_EQ(annotated, run) << what;
}

// The embedded engine refuses hosted-only kinds: the workflow is run without those nodes.
void dropHostedOnly(std::vector<TaskDef> &defs)
{
    std::erase_if(defs, [](const TaskDef &def) {
        const KindSpec *spec = KindSpec::find(def.kind);
        return spec && spec->hostedOnly;
    });
    for (TaskDef &def : defs)
        dropHostedOnly(def.next);
}

int rootIngests(const RunRequest &request)
{
    int count = 0;
    for (const TaskDef &def : request.tasks)
        count += def.kind == u"ingest" ? 1 : 0;
    return count;
}

} // namespace

TEST(TaskNodeMatcher, EveryTaskOfEveryExampleRunMapsToItsNode)
{
    Runner runner;
    bool someConditionNotTaken = false;
    bool someFlatForm = false;
    for (const Workflow &workflow : workflows()) {
        const std::string name = workflow.name.toStdString();
        const Result<RunRequest> parsed = RunRequest::fromText(workflow.text);
        ASSERT_TRUE(parsed.ok()) << name;
        RunRequest submitted = *parsed;
        dropHostedOnly(submitted.tasks);
        const RunRequest *request = &submitted;
        const std::optional<spool::Run> run = runner.run(*request);
        ASSERT_TRUE(run.has_value()) << name;
        EXPECT_EQ(run->lifecycle.status(), Status::Succeeded) << name;
        expectMapped(*request, *run, 0, name);
        someConditionNotTaken |= run->tasks.size() < TaskDef::count(request->tasks);
        someFlatForm |= request->tasks.size() > 1 && rootIngests(*request) == 1;

        // Kept in the history and in run.json alike.
        const Result<spool::Run> stored = runner.service().run(run->id).result();
        ASSERT_TRUE(stored.ok()) << name;
        EXPECT_EQ(pointersOf(*stored), pointersOf(*run)) << name;
        expectMapped(*request, *stored, 0, name + " from the history");
        QFile manifest(runner.workspace().runDir(run->id) + u"/run.json"_s);
        ASSERT_TRUE(manifest.open(QIODevice::ReadOnly)) << name;
        const Result<spool::Run> fromManifest = spool::Run::fromJson(
            QJsonDocument::fromJson(manifest.readAll()).object());
        ASSERT_TRUE(fromManifest.ok()) << name;
        EXPECT_EQ(pointersOf(*fromManifest), pointersOf(*run)) << name;

        if (rootIngests(*request) != 1)
            continue;
        // An input in place of the root ingest's url: the ingest keeps its node.
        const std::optional<spool::Run> replaced = runner.run(*request, u"/media/other.mp4"_s);
        ASSERT_TRUE(replaced.has_value()) << name;
        expectMapped(*request, *replaced, 0, name + " with --input");
        // The same tasks with no ingest, and an input: the implicit ingest has no node.
        const TaskDef *ingest = nullptr;
        for (const TaskDef &def : request->tasks) {
            if (def.kind == u"ingest")
                ingest = &def;
        }
        if (request->tasks.size() != 1 || ingest->next.empty())
            continue;
        RunRequest withoutIngest = *request;
        withoutIngest.tasks = ingest->next;
        const std::optional<spool::Run> implicit = runner.run(withoutIngest, u"/media/other.mp4"_s);
        ASSERT_TRUE(implicit.has_value()) << name;
        ASSERT_FALSE(implicit->tasks.isEmpty());
        EXPECT_EQ(implicit->tasks.constFirst().kind, u"ingest"_s);
        EXPECT_FALSE(implicit->tasks.constFirst().requestNode.has_value()) << name;
        expectMapped(withoutIngest, *implicit, 1, name + " with an implicit ingest");
    }
    EXPECT_TRUE(someConditionNotTaken);
    EXPECT_TRUE(someFlatForm);
}

TEST(TaskNodeMatcher, SiblingsOfOneKindMatchInTheOrderTheyWereCreated)
{
    const Result<RunRequest> request = RunRequest::fromText(R"({"tasks": [{"kind": "ingest",
        "next": [{"kind": "video"}, {"kind": "image"}, {"kind": "video"}]}]})");
    ASSERT_TRUE(request.ok());
    QList<Task> tasks;
    const auto task =
        [&](const QString &id, const QString &kind, std::optional<QString> parent, qint64 created) {
            Task made;
            made.id = id;
            made.kind = kind;
            made.parentId = std::move(parent);
            made.lifecycle.markCreated(created);
            tasks.append(made);
        };
    // Listed out of creation order, as a server might list them.
    task(u"t_v2"_s, u"video"_s, u"t_in"_s, 12);
    task(u"t_in"_s, u"ingest"_s, std::nullopt, 10);
    task(u"t_img"_s, u"image"_s, u"t_in"_s, 11);
    task(u"t_v1"_s, u"video"_s, u"t_in"_s, 11);
    task(u"t_orphan"_s, u"video"_s, u"t_gone"_s, 11);
    const QHash<QString, QString> pointers = TaskNodeMatcher::match(*request, tasks);
    EXPECT_EQ(pointers.value(u"t_in"_s), u"/tasks/0"_s);
    EXPECT_EQ(pointers.value(u"t_img"_s), u"/tasks/0/next/1"_s);
    EXPECT_EQ(pointers.value(u"t_v1"_s), u"/tasks/0/next/0"_s);
    EXPECT_EQ(pointers.value(u"t_v2"_s), u"/tasks/0/next/2"_s);
    EXPECT_FALSE(pointers.contains(u"t_orphan"_s));
}
