#include "artifactcache.h"

namespace spool {

Result<QVariant> ArtifactCache::obtain(const QString &key, const Compute &compute, bool *computed)
{
    std::promise<Result<QVariant>> promise;
    std::shared_future<Result<QVariant>> future;
    bool owner = false;
    {
        const std::lock_guard locker(m_mutex);
        auto it = m_entries.find(key);
        if (it == m_entries.end()) {
            future = promise.get_future().share();
            m_entries.insert(key, future);
            owner = true;
        } else {
            future = it.value();
        }
    }
    if (computed)
        *computed = owner;
    if (owner)
        promise.set_value(compute());
    return future.get();
}

bool ArtifactCache::contains(const QString &key) const
{
    const std::lock_guard locker(m_mutex);
    return m_entries.contains(key);
}

} // namespace spool
