#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace spool {

/// Writes JSON in Spool's canonical form, the one `spool-cli fmt` prints and Export JSON
/// writes: UTF-8, two-space indentation, a newline at the end; in every object the keys
/// `tasks`, `kind`, `options`, `metadata`, `next`, `idempotency_key` come first in that
/// order, then every other key in code-point order; integral numbers below 10^21 are written
/// as integers (exactly: JsonReader refuses a number these rules would change), others in
/// their shortest round-trip form. The same value always gives the same bytes.
class JsonWriter
{
public:
    static QByteArray write(const QJsonValue &value);
    /// How a number is written.
    static QByteArray numberText(const QJsonValue &value);
};

} // namespace spool
