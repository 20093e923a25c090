#pragma once

#include <atomic>
#include <memory>

namespace spool {

/// A run's cancellation flag, shared by the engine (which sets it) and every job of the run
/// (which read it between frames, chunks or steps). Copies share one flag.
class CancelToken
{
public:
    CancelToken()
        : m_flag(std::make_shared<std::atomic_bool>(false))
    {}

    bool isCancelled() const { return m_flag->load(std::memory_order_relaxed); }
    void cancel() { m_flag->store(true, std::memory_order_relaxed); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

} // namespace spool
