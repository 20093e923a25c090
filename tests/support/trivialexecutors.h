#pragma once

#include <runtime/executorregistry.h>
#include <runtime/taskexecutor.h>

#include <memory>

namespace spool::test {

/// An ingest that reads nothing: it reports a 1080p video at once (`/bench/in.mp4`), and
/// writes a log line when asked to.
class InstantIngest : public TaskExecutor
{
public:
    explicit InstantIngest(bool logs = false)
        : m_logs(logs)
    {}
    Result<TaskOutcome> execute(TaskContext &context) const override;

private:
    bool m_logs;
};

/// Does nothing and hands its input on: the scheduling cost of a task and nothing else.
class TrivialExecutor : public TaskExecutor
{
public:
    Result<TaskOutcome> execute(TaskContext &context) const override;
};

/// `ingest` as InstantIngest and every kind in `kinds` as TrivialExecutor.
std::shared_ptr<ExecutorRegistry> trivialRegistry(
    const QStringList &kinds = {QStringLiteral("video")}, bool ingestLogs = false);

} // namespace spool::test
