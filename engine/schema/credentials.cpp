#include "credentials.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonValue redactValue(const QJsonValue &value)
{
    if (value.isString())
        return Credentials::redact(value.toString());
    if (value.isObject())
        return Credentials::redact(value.toObject());
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = redactValue(array.at(i));
        return array;
    }
    return value;
}

} // namespace

QString Credentials::redact(const QString &text)
{
    // scheme://user:password@ — the password runs to the last '@' of the authority (an
    // unencoded '@' in it would otherwise leave its tail behind).
    static const QRegularExpression userInfo(
        uR"(([A-Za-z][A-Za-z0-9+.\-]*://[^\s/?#@:]*):[^\s/?#]*@)"_s);
    if (!text.contains(u"://"))
        return text;
    QString redacted = text;
    redacted.replace(userInfo, u"\\1@"_s);
    return redacted;
}

QJsonObject Credentials::redact(const QJsonObject &object)
{
    QJsonObject redacted = object;
    for (auto it = redacted.begin(); it != redacted.end(); ++it)
        it.value() = redactValue(it.value());
    return redacted;
}

} // namespace spool
