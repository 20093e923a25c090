#pragma once

#include "keyorder.h"

#include <QByteArray>
#include <QJsonValue>

namespace spool {

/// Writes JSON in Spool's canonical form, the one `spool-cli fmt` prints and Export JSON
/// writes: UTF-8, two-space indentation, a newline at the end; in every object the keys
/// `tasks`, `kind`, `options`, `metadata`, `next`, `idempotency_key` come first in that
/// order, then every other key in code-point order; integral numbers below 10^21 are written
/// as integers (exactly: JsonReader refuses a number these rules would change), others in
/// their shortest round-trip form. The same value always gives the same bytes. Where a
/// KeyOrder is given, the objects it records keep that order instead (a conditions task's
/// rules as they were written).
class JsonWriter
{
public:
    static QByteArray write(const QJsonValue &value);
    static QByteArray write(const QJsonValue &value, const KeyOrder &order);
    /// How a number is written.
    static QByteArray numberText(const QJsonValue &value);
};

} // namespace spool
