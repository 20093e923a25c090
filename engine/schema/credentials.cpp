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
        const QJsonArray original = value.toArray();
        QJsonArray array = original; // shared until an item changes
        for (qsizetype i = 0; i < original.size(); ++i) {
            const QJsonValue item = redactValue(original.at(i));
            if (item != original.at(i))
                array[i] = item;
        }
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
    // Shared with `object` until a value changes: every task of a run is redacted, and most
    // hold no URL with a password, so most keep the request's own options, uncopied.
    QJsonObject redacted = object;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue value = redactValue(it.value());
        if (value != it.value())
            redacted.insert(it.key(), value);
    }
    return redacted;
}

} // namespace spool
