#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace spool {

/// The order a document wrote the keys of its objects in, which QJsonObject forgets (it keeps
/// keys sorted). Objects are named by their JSON Pointer, relative to wherever the order was
/// taken from. Where the order matters to a person — the rules of a conditions task read in
/// the order they were written — JsonReader records it, the models carry it beside the
/// object, and JsonWriter writes the keys back in it.
///
/// Invariant: keys() lists every key of the object it is given exactly once, whatever the
/// order holds: the recorded keys still present first, in their order, then any others in
/// code-point order (QJsonObject's), so a key added later comes after the written ones.
class KeyOrder
{
public:
    bool isEmpty() const { return m_keys.isEmpty(); }

    /// Records the keys of the object at `pointer` in their written order.
    void set(const QString &pointer, const QStringList &keys);
    /// The recorded keys of the object at `pointer`; empty when none were recorded.
    QStringList recorded(const QString &pointer = {}) const { return m_keys.value(pointer); }
    /// The keys of `object` (found at `pointer`) in the order to show and write them.
    QStringList keys(const QJsonObject &object, const QString &pointer = {}) const;

    /// The orders of the objects at and under `pointer`, with pointers relative to it.
    KeyOrder below(const QString &pointer) const;
    /// Adds `other`'s orders, their pointers placed under `pointer`.
    void insert(const QString &pointer, const KeyOrder &other);

    bool operator==(const KeyOrder &other) const = default;

private:
    QHash<QString, QStringList> m_keys;
};

} // namespace spool
