#pragma once

#include <QJsonObject>
#include <QString>

namespace spool {

/// The one place where passwords in URLs (`http://user:secret@host/…`) are removed before
/// anything is persisted or printed. The engine keeps the request's own options, password
/// included, only in memory for the task that needs it (the download); every Task, event,
/// run.json, history row, task log line and error message goes through redact() first.
class Credentials
{
public:
    /// `text` with the password of every URL in it removed, the user name kept:
    /// "get http://ann:pw@host/a failed" → "get http://ann@host/a failed".
    static QString redact(const QString &text);
    /// The same for every string in `object`, at any depth.
    static QJsonObject redact(const QJsonObject &object);
};

} // namespace spool
