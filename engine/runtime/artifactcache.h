#pragma once

#include <core/result.h>

#include <QHash>
#include <QString>
#include <QVariant>
#include <mutex>

#include <functional>
#include <future>
#include <memory>

namespace spool {

/// A run's shared prerequisites, computed once per key (an input file and what is made of it,
/// such as "audio16k:/path/in.mp4" or "transcript:/path/in.mp4") however many tasks ask for
/// them at once. The first task to ask computes; the others wait for its result, error
/// included. Thread-safe.
class ArtifactCache
{
public:
    using Compute = std::function<Result<QVariant>()>;

    /// The artifact for `key`, computing it with `compute` if no task has yet. `computed` is
    /// set to whether this call did the work, for the task's log.
    Result<QVariant> obtain(const QString &key, const Compute &compute, bool *computed = nullptr);

    bool contains(const QString &key) const;

private:
    mutable std::mutex m_mutex;
    QHash<QString, std::shared_future<Result<QVariant>>> m_entries;
};

} // namespace spool
