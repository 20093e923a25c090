#pragma once

#include <QStringList>
#include <mutex>

namespace spool {

/// A task's log, kept with the run: what the executor did and why, one line per entry,
/// each stamped with the seconds since the task started. Safe to write from the worker and
/// read from the engine's thread.
class TaskLog
{
public:
    TaskLog();

    void add(const QString &line);
    QStringList lines() const;

private:
    mutable std::mutex m_mutex;
    QStringList m_lines;
    qint64 m_startMs;
};

} // namespace spool
