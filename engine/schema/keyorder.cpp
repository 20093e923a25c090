#include "keyorder.h"

namespace spool {

void KeyOrder::set(const QString &pointer, const QStringList &keys)
{
    if (keys.isEmpty())
        m_keys.remove(pointer);
    else
        m_keys.insert(pointer, keys);
}

QStringList KeyOrder::keys(const QJsonObject &object, const QString &pointer) const
{
    const auto found = m_keys.constFind(pointer);
    if (found == m_keys.constEnd())
        return object.keys();
    QStringList keys;
    keys.reserve(object.size());
    for (const QString &key : found.value()) {
        if (object.contains(key) && !keys.contains(key))
            keys.append(key);
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!found.value().contains(it.key()))
            keys.append(it.key());
    }
    return keys;
}

KeyOrder KeyOrder::below(const QString &pointer) const
{
    KeyOrder part;
    const QString prefix = pointer + u'/';
    for (auto it = m_keys.constBegin(); it != m_keys.constEnd(); ++it) {
        if (it.key() == pointer)
            part.m_keys.insert(QString(), it.value());
        else if (it.key().startsWith(prefix))
            part.m_keys.insert(it.key().mid(pointer.size()), it.value());
    }
    return part;
}

void KeyOrder::insert(const QString &pointer, const KeyOrder &other)
{
    for (auto it = other.m_keys.constBegin(); it != other.m_keys.constEnd(); ++it)
        m_keys.insert(pointer + it.key(), it.value());
}

} // namespace spool
