#include "tasklog.h"

#include <core/logging.h>
#include <schema/credentials.h>

#include <QDateTime>

namespace spool {

using namespace Qt::Literals::StringLiterals;

TaskLog::TaskLog()
    : m_startMs(QDateTime::currentMSecsSinceEpoch())
{}

void TaskLog::add(const QString &line)
{
    const double seconds = double(QDateTime::currentMSecsSinceEpoch() - m_startMs) / 1000;
    const QString entry = u"[%1s] "_s.arg(seconds, 0, 'f', 3) + Credentials::redact(line);
    qCDebug(lcTasks, "%ls", qUtf16Printable(entry));
    const std::lock_guard locker(m_mutex);
    m_lines.append(entry);
}

QStringList TaskLog::lines() const
{
    const std::lock_guard locker(m_mutex);
    return m_lines;
}

} // namespace spool
