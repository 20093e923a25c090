#include "jsonwriter.h"

#include "jsonpointer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr std::array<QStringView, 6> LeadingKeys{u"tasks",
                                                 u"kind",
                                                 u"options",
                                                 u"metadata",
                                                 u"next",
                                                 u"idempotency_key"};

int keyRank(QStringView key)
{
    const auto it = std::find(LeadingKeys.begin(), LeadingKeys.end(), key);
    return it == LeadingKeys.end() ? int(LeadingKeys.size()) : int(it - LeadingKeys.begin());
}

void writeString(QByteArray &out, const QString &text)
{
    out += '"';
    const qsizetype size = text.size();
    qsizetype plain = 0; // start of the run of characters that need no escape
    const auto flush = [&](qsizetype end) {
        if (end > plain)
            out += QStringView(text).mid(plain, end - plain).toUtf8();
    };
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        const char16_t unit = c.unicode();
        const char *escape = nullptr;
        switch (unit) {
        case u'"':
            escape = "\\\"";
            break;
        case u'\\':
            escape = "\\\\";
            break;
        case u'\n':
            escape = "\\n";
            break;
        case u'\r':
            escape = "\\r";
            break;
        case u'\t':
            escape = "\\t";
            break;
        case u'\b':
            escape = "\\b";
            break;
        case u'\f':
            escape = "\\f";
            break;
        default:
            break;
        }
        if (c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            ++i; // a pair is written as UTF-8 with the run
            continue;
        }
        const bool needsUnicodeEscape = unit < 0x20 || c.isSurrogate();
        if (!escape && !needsUnicodeEscape)
            continue;
        flush(i);
        if (escape)
            out += escape;
        else
            out += "\\u" + QByteArray::number(unit, 16).rightJustified(4, '0');
        plain = i + 1;
    }
    flush(size);
    out += '"';
}

void writeNumber(QByteArray &out, const QJsonValue &value)
{
    out += JsonWriter::numberText(value);
}

// `order` (null when the caller has none) and `pointer`, where `value` sits, choose the order
// of an object's keys where one was recorded.
void writeValue(QByteArray &out,
                const QJsonValue &value,
                int indent,
                const KeyOrder *order,
                const QString &pointer)
{
    const QByteArray inner(qsizetype(indent + 1) * 2, ' ');
    const QByteArray closing(qsizetype(indent) * 2, ' ');
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        writeNumber(out, value);
        break;
    case QJsonValue::String:
        writeString(out, value.toString());
        break;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out += "[]";
            break;
        }
        out += "[\n";
        for (qsizetype i = 0; i < array.size(); ++i) {
            out += inner;
            writeValue(out,
                       array.at(i),
                       indent + 1,
                       order,
                       order ? JsonPointer::append(pointer, i) : QString());
            out += i + 1 < array.size() ? ",\n" : "\n";
        }
        out += closing + ']';
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            out += "{}";
            break;
        }
        // Qt keeps an object's keys sorted: the leading keys first, then the rest in order.
        out += "{\n";
        qsizetype written = 0;
        const auto member = [&](const QString &key, const QJsonValue &memberValue) {
            out += written++ ? ",\n" : "";
            out += inner;
            writeString(out, key);
            out += ": ";
            writeValue(out,
                       memberValue,
                       indent + 1,
                       order,
                       order ? JsonPointer::append(pointer, key) : QString());
        };
        if (order && !order->recorded(pointer).isEmpty()) {
            for (const QString &key : order->keys(object, pointer))
                member(key, object.value(key));
            out += "\n";
            out += closing + '}';
            break;
        }
        for (const QStringView key : LeadingKeys) {
            const auto it = object.constFind(key);
            if (it != object.constEnd())
                member(key.toString(), it.value());
        }
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (keyRank(it.key()) == int(LeadingKeys.size()))
                member(it.key(), it.value());
        }
        out += "\n";
        out += closing + '}';
        break;
    }
    }
}

} // namespace

QByteArray JsonWriter::numberText(const QJsonValue &value)
{
    // Integral values within the range of qint64 are written as integers; toInteger() gives
    // the exact value of an integer the parser kept as one (even beyond 2^53; and 0 for a
    // double outside qint64, which the comparison tells apart). Larger integral doubles below
    // 10^21 are written in full too ("%.0f" prints a double's exact value), so 2^64 stays
    // 18446744073709551616; beyond that the shortest round-trip form.
    constexpr double FullDigitsLimit = 1e21;
    const double number = value.toDouble();
    const bool integral = std::isfinite(number) && std::trunc(number) == number;
    if (integral) {
        const qint64 integer = value.toInteger();
        if (double(integer) == number)
            return QByteArray::number(integer);
    }
    if (integral && std::fabs(number) < FullDigitsLimit) {
        char digits[32];
        const int size = std::snprintf(digits, sizeof digits, "%.0f", number);
        return QByteArray(digits, size);
    }
    return QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
}

QByteArray JsonWriter::write(const QJsonValue &value)
{
    QByteArray out;
    writeValue(out, value, 0, nullptr, QString());
    out += '\n';
    return out;
}

QByteArray JsonWriter::write(const QJsonValue &value, const KeyOrder &order)
{
    QByteArray out;
    writeValue(out, value, 0, order.isEmpty() ? nullptr : &order, QString());
    out += '\n';
    return out;
}

} // namespace spool
