#include "executorregistry.h"

#include <algorithm>

namespace spool {

void ExecutorRegistry::add(const QString &kind, std::shared_ptr<const TaskExecutor> executor)
{
    m_executors.insert(kind, std::move(executor));
}

const TaskExecutor *ExecutorRegistry::find(const QString &kind) const
{
    const auto it = m_executors.constFind(kind);
    return it == m_executors.constEnd() ? nullptr : it.value().get();
}

QStringList ExecutorRegistry::kinds() const
{
    QStringList kinds = m_executors.keys();
    std::sort(kinds.begin(), kinds.end());
    return kinds;
}

} // namespace spool
