#include "eventlogwriter.h"

#include <QJsonDocument>

namespace spool {

using namespace Qt::Literals::StringLiterals;

std::optional<Error> EventLogWriter::open(const QString &path)
{
    m_file.setFileName(path);
    m_failure.reset();
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return Error{u"file_unwritable"_s,
                     u"cannot write events to %1: %2"_s.arg(path, m_file.errorString()),
                     path};
    return std::nullopt;
}

std::optional<Error> EventLogWriter::write(const RunEvent &event)
{
    if (!m_file.isOpen())
        return std::nullopt;
    const QByteArray line = QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact) + '\n';
    // QFile buffers: a full disk shows at flush(), so both are checked.
    if (m_file.write(line) == line.size() && m_file.flush())
        return std::nullopt;
    m_failure = Error{u"file_unwritable"_s,
                      u"cannot write events to %1: %2; later events were not written"_s
                          .arg(m_file.fileName(), m_file.errorString()),
                      m_file.fileName()};
    m_file.close();
    return m_failure;
}

} // namespace spool
