#pragma once

#include <QJsonValue>
#include <QString>

namespace spool {

/// JSON values as short text for the inspector's fields: what a field shows when it cannot
/// represent a value, and how numbers are written in text fields.
class JsonText
{
public:
    /// The value as compact JSON on one line (`99999`, `"150%"`, `[1,2]`); empty for undefined.
    static QString compact(const QJsonValue &value);
    /// A number as a person writes it: no exponent or trailing zeros for ordinary values.
    static QString number(double value);
    /// Whether the value is a whole number that fits an int.
    static bool isInt(const QJsonValue &value);
};

} // namespace spool
