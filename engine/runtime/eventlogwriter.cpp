#include "eventlogwriter.h"

namespace spool {

using namespace Qt::Literals::StringLiterals;

EventLogWriter::EventLogWriter()
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(FlushIntervalMs);
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { writePending(); });
}

EventLogWriter::~EventLogWriter()
{
    writePending();
}

std::optional<Error> EventLogWriter::open(const QString &path)
{
    writePending();
    m_file.close();
    m_file.setFileName(path);
    m_failure.reset();
    m_reported = false;
    // Unbuffered: the writer gathers lines itself, and a full disk then shows at the write.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return Error{u"file_unwritable"_s,
                     u"cannot write events to %1: %2"_s.arg(path, m_file.errorString()),
                     path};
    return std::nullopt;
}

std::optional<Error> EventLogWriter::write(const RunEvent &event)
{
    if (m_file.isOpen()) {
        m_pending += event.toCompactJson();
        m_pending += '\n';
        if (m_pending.size() >= MaxPendingBytes)
            writePending();
        else if (!m_timer.isActive())
            m_timer.start();
    }
    return unreported();
}

std::optional<Error> EventLogWriter::flush()
{
    writePending();
    return unreported();
}

void EventLogWriter::writePending()
{
    m_timer.stop();
    if (m_pending.isEmpty() || !m_file.isOpen())
        return;
    const char *data = m_pending.constData();
    qint64 left = m_pending.size();
    // A pipe or a slow device may take part of it at a time.
    while (left > 0) {
        const qint64 written = m_file.write(data, left);
        if (written <= 0)
            break;
        data += written;
        left -= written;
    }
    m_pending.clear();
    if (left == 0)
        return;
    m_failure = Error{u"file_unwritable"_s,
                      u"cannot write events to %1: %2; later events were not written"_s
                          .arg(m_file.fileName(), m_file.errorString()),
                      m_file.fileName()};
    m_file.close();
}

std::optional<Error> EventLogWriter::unreported()
{
    if (!m_failure || m_reported)
        return std::nullopt;
    m_reported = true;
    return m_failure;
}

} // namespace spool
