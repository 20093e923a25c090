#include "eventlogwriter.h"

#include <QJsonDocument>

namespace spool {

using namespace Qt::Literals::StringLiterals;

std::optional<Error> EventLogWriter::open(const QString &path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return Error{u"file_unwritable"_s,
                     u"cannot write events to %1: %2"_s.arg(path, m_file.errorString()),
                     path};
    return std::nullopt;
}

void EventLogWriter::write(const RunEvent &event)
{
    if (!m_file.isOpen())
        return;
    m_file.write(QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact) + '\n');
    m_file.flush();
}

} // namespace spool
