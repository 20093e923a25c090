#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>

namespace spool {

QString JsonText::compact(const QJsonValue &value)
{
    if (value.isUndefined())
        return {};
    // QJsonDocument writes only objects and arrays, so a scalar travels inside an array.
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

QString JsonText::number(double value)
{
    return QString::number(value, 'g', 15);
}

bool JsonText::isInt(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::trunc(number) == number && number >= std::numeric_limits<int>::min()
           && number <= std::numeric_limits<int>::max();
}

} // namespace spool
