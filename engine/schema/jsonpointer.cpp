#include "jsonpointer.h"

#include <QJsonArray>
#include <QJsonObject>

namespace spool {

using namespace Qt::Literals::StringLiterals;

QString JsonPointer::append(const QString &pointer, QStringView key)
{
    QString escaped = key.toString();
    escaped.replace(u'~', u"~0"_s);
    escaped.replace(u'/', u"~1"_s);
    return pointer + u'/' + escaped;
}

QString JsonPointer::append(const QString &pointer, qsizetype index)
{
    return pointer + u'/' + QString::number(index);
}

QStringList JsonPointer::tokens(const QString &pointer)
{
    if (pointer.isEmpty())
        return {};
    QStringList parts = pointer.mid(1).split(u'/');
    for (QString &part : parts) {
        part.replace(u"~1"_s, u"/"_s);
        part.replace(u"~0"_s, u"~"_s);
    }
    return parts;
}

QJsonValue JsonPointer::resolve(const QJsonValue &document, const QString &pointer)
{
    if (!pointer.isEmpty() && !pointer.startsWith(u'/'))
        return QJsonValue(QJsonValue::Undefined);
    QJsonValue current = document;
    for (const QString &token : tokens(pointer)) {
        if (current.isObject()) {
            const QJsonObject object = current.toObject();
            if (!object.contains(token))
                return QJsonValue(QJsonValue::Undefined);
            current = object.value(token);
        } else if (current.isArray()) {
            bool isIndex = false;
            const qsizetype index = token.toLongLong(&isIndex);
            const QJsonArray array = current.toArray();
            // RFC 6901: array indexes are decimal without leading zeros.
            if (!isIndex || index < 0 || index >= array.size()
                || (token.size() > 1 && token.startsWith(u'0')))
                return QJsonValue(QJsonValue::Undefined);
            current = array.at(index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return current;
}

} // namespace spool
