#pragma once

#include <QElapsedTimer>

#include <functional>

namespace spool {

/// Reports one task's progress from the worker that runs it. Executors report fractions as
/// often as they like; the reporter passes on a whole percent only when it changes, and at
/// most once per `MinInterval` (100 % always goes through), so a task sends at most ~20
/// updates a second across threads.
class ProgressReporter
{
public:
    static constexpr int MinIntervalMs = 50;

    using Sink = std::function<void(int percent)>;
    explicit ProgressReporter(Sink sink);

    /// `fraction` of the work done, 0 to 1; values outside are clamped.
    void report(double fraction);
    int percent() const { return m_sent; }

private:
    Sink m_sink;
    int m_sent = 0;
    QElapsedTimer m_sinceLast;
};

} // namespace spool
