#include "taskrunner.h"

#include <runtime/runengine.h>
#include <tasks/builtinexecutors.h>

#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>
#include <QUrl>

namespace spool::test {

using namespace Qt::Literals::StringLiterals;

Run runUnderIngest(const QString &workspace,
                   const QString &input,
                   const QString &kind,
                   const QJsonObject &options,
                   int cancelAfterMs)
{
    RunEngine engine(BuiltInExecutors::create(), 2);
    QEventLoop loop;
    std::optional<Run> finished;
    QObject::connect(&engine, &RunEngine::runFinished, &loop, [&](const Run &run) {
        finished = run;
        loop.quit();
    });
    const QJsonObject request{
        {u"tasks"_s,
         QJsonArray{
             QJsonObject{{u"kind"_s, u"ingest"_s},
                         {u"options"_s, QJsonObject{{u"url"_s, input}}},
                         {u"next"_s,
                          QJsonArray{QJsonObject{{u"kind"_s, kind}, {u"options"_s, options}}}}}}}};
    const Result<RunRequest> parsed = RunRequest::fromJson(request);
    if (!parsed)
        return Run();
    RunOptions runOptions;
    runOptions.workspace = workspace;
    const Result<QString> id = engine.start(*parsed, runOptions);
    if (!id)
        return Run();
    if (cancelAfterMs >= 0) {
        QTimer::singleShot(cancelAfterMs, &engine, [&engine, runId = *id] { engine.cancel(runId); });
    }
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    if (!finished)
        loop.exec();
    return finished.value_or(Run());
}

Run runRequest(const QString &workspace, const QByteArray &request, Error *refusal)
{
    const Result<RunRequest> parsed = RunRequest::fromText(request);
    if (!parsed) {
        if (refusal)
            *refusal = parsed.error();
        return Run();
    }
    RunEngine engine(BuiltInExecutors::create(), 2);
    QEventLoop loop;
    std::optional<Run> finished;
    QObject::connect(&engine, &RunEngine::runFinished, &loop, [&](const Run &run) {
        finished = run;
        loop.quit();
    });
    RunOptions runOptions;
    runOptions.workspace = workspace;
    const Result<QString> id = engine.start(*parsed, runOptions);
    if (!id) {
        if (refusal)
            *refusal = id.error();
        return Run();
    }
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    if (!finished)
        loop.exec();
    return finished.value_or(Run());
}

const Task *taskOfKind(const Run &run, const QString &kind)
{
    for (const Task &task : run.tasks) {
        if (task.kind == kind)
            return &task;
    }
    return nullptr;
}

QString errorKind(const Run &run, const QString &kind)
{
    const Task *task = taskOfKind(run, kind);
    return task && task->lifecycle.error() ? task->lifecycle.error()->kind : QString();
}

QString outputPath(const Task &task)
{
    return QUrl(task.outputs.value(0).url).toLocalFile();
}

} // namespace spool::test
