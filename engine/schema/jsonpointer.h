#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace spool {

/// RFC 6901 JSON Pointers: building them while walking a document, and resolving them.
/// The empty pointer names the whole document.
class JsonPointer
{
public:
    static QString append(const QString &pointer, QStringView key);
    static QString append(const QString &pointer, qsizetype index);

    /// The unescaped reference tokens of a pointer; an empty list for the whole document.
    static QStringList tokens(const QString &pointer);

    /// The value a pointer refers to, or undefined when nothing is there.
    static QJsonValue resolve(const QJsonValue &document, const QString &pointer);
};

} // namespace spool
