#include "scriptedrunservice.h"

#include <QFuture>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {
Error notFound(const QString &runId)
{
    return Error{u"run_not_found"_s, u"No run %1."_s.arg(runId), {}};
}
} // namespace

void ScriptedRunService::begin(const Run &run)
{
    m_runs.insert(run.id, run);
    Q_EMIT runChanged(run);
}

void ScriptedRunService::changeTask(const Task &task)
{
    Run &run = m_runs[task.runId];
    auto it = std::find_if(run.tasks.begin(), run.tasks.end(), [&task](const Task &known) {
        return known.id == task.id;
    });
    if (it == run.tasks.end())
        run.tasks.append(task);
    else
        *it = task;
    Q_EMIT taskChanged(task.runId, task);
}

void ScriptedRunService::setProgress(const QString &runId, int percent)
{
    m_runs[runId].progress = percent;
    Q_EMIT runProgressChanged(runId, percent);
}

void ScriptedRunService::finish(const QString &runId, Status status)
{
    Run &run = m_runs[runId];
    run.lifecycle.advance(status, run.lifecycle.createdAt().value_or(0) + 10);
    Q_EMIT runChanged(run);
    Q_EMIT runFinished(run);
}

void ScriptedRunService::appendLog(const QString &runId, const QString &taskId, const QString &line)
{
    m_logs[runId + u'/' + taskId].append(line);
}

std::optional<QString> ScriptedRunService::reuseUnavailableReason() const
{
    return m_reuseAvailable ? std::nullopt : RunService::reuseUnavailableReason();
}

bool ScriptedRunService::releaseStart()
{
    if (!m_heldStart)
        return false;
    Run run;
    run.id = u"run_scripted_%1"_s.arg(++m_started);
    run.lifecycle.markCreated(1000);
    begin(run);
    const std::unique_ptr<QPromise<Result<Run>>> promise = std::move(m_heldStart);
    promise->addResult(Result<Run>(run));
    promise->finish();
    return true;
}

QFuture<Result<Run>> ScriptedRunService::start(const RunRequest &, const StartOptions &options)
{
    m_lastOptions = options;
    if (m_holdStarts) {
        m_heldStart = std::make_unique<QPromise<Result<Run>>>();
        m_heldStart->start();
        return m_heldStart->future();
    }
    Run run;
    run.id = u"run_scripted_%1"_s.arg(++m_started);
    run.lifecycle.markCreated(1000);
    begin(run);
    return QtFuture::makeReadyFuture(Result<Run>(run));
}

QFuture<Result<Run>> ScriptedRunService::cancel(const QString &runId)
{
    if (!m_runs.contains(runId))
        return QtFuture::makeReadyFuture(Result<Run>(notFound(runId)));
    if (!isTerminal(m_runs.value(runId).lifecycle.status()))
        finish(runId, Status::Cancelled);
    return QtFuture::makeReadyFuture(Result<Run>(m_runs.value(runId)));
}

QFuture<Result<Run>> ScriptedRunService::run(const QString &runId) const
{
    if (!m_runs.contains(runId))
        return QtFuture::makeReadyFuture(Result<Run>(notFound(runId)));
    return QtFuture::makeReadyFuture(Result<Run>(m_runs.value(runId)));
}

QFuture<Result<RunPage>> ScriptedRunService::list(const RunQuery &query) const
{
    RunPage page;
    for (const Run &run : m_runs) {
        if (!query.status || run.lifecycle.status() == *query.status)
            page.runs.append(run);
    }
    return QtFuture::makeReadyFuture(Result<RunPage>(page));
}

QFuture<Result<QList<RunEvent>>> ScriptedRunService::events(const QString &runId) const
{
    if (!m_runs.contains(runId))
        return QtFuture::makeReadyFuture(Result<QList<RunEvent>>(notFound(runId)));
    return QtFuture::makeReadyFuture(Result<QList<RunEvent>>(QList<RunEvent>()));
}

QFuture<Result<QStringList>> ScriptedRunService::taskLog(const QString &runId,
                                                         const QString &taskId) const
{
    ++m_logReads;
    if (!m_runs.contains(runId))
        return QtFuture::makeReadyFuture(Result<QStringList>(notFound(runId)));
    return QtFuture::makeReadyFuture(Result<QStringList>(m_logs.value(runId + u'/' + taskId)));
}

} // namespace spool
