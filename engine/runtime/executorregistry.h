#pragma once

#include "taskexecutor.h"

#include <QHash>
#include <QStringList>

#include <memory>

namespace spool {

/// Maps a task kind to the executor that runs it. The kinds it holds are the kinds the
/// embedded engine can run; the validator flags the others.
class ExecutorRegistry
{
public:
    void add(const QString &kind, std::shared_ptr<const TaskExecutor> executor);
    const TaskExecutor *find(const QString &kind) const;
    QStringList kinds() const;

private:
    QHash<QString, std::shared_ptr<const TaskExecutor>> m_executors;
};

} // namespace spool
