#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>

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
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t unit = c.unicode();
        switch (unit) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        case u'\b':
            out += "\\b";
            break;
        case u'\f':
            out += "\\f";
            break;
        default:
            if (unit < 0x20
                || (c.isSurrogate()
                    && !(c.isHighSurrogate() && i + 1 < text.size()
                         && text.at(i + 1).isLowSurrogate()))) {
                out += "\\u" + QByteArray::number(unit, 16).rightJustified(4, '0');
            } else if (c.isHighSurrogate()) {
                out += QStringView(text).mid(i, 2).toUtf8();
                ++i;
            } else {
                out += QStringView(text).mid(i, 1).toUtf8();
            }
        }
    }
    out += '"';
}

void writeNumber(QByteArray &out, const QJsonValue &value)
{
    constexpr double ExactIntegerLimit = 9007199254740992.0; // 2^53
    const QVariant variant = value.toVariant();
    if (variant.typeId() == QMetaType::LongLong) {
        out += QByteArray::number(variant.toLongLong());
        return;
    }
    const double number = value.toDouble();
    if (std::trunc(number) == number && std::fabs(number) <= ExactIntegerLimit) {
        out += QByteArray::number(qint64(number));
        return;
    }
    out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
}

void writeValue(QByteArray &out, const QJsonValue &value, int indent)
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
            writeValue(out, array.at(i), indent + 1);
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
        QStringList keys = object.keys();
        std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
            const int rankA = keyRank(a);
            const int rankB = keyRank(b);
            return rankA != rankB ? rankA < rankB : a < b;
        });
        out += "{\n";
        for (qsizetype i = 0; i < keys.size(); ++i) {
            out += inner;
            writeString(out, keys.at(i));
            out += ": ";
            writeValue(out, object.value(keys.at(i)), indent + 1);
            out += i + 1 < keys.size() ? ",\n" : "\n";
        }
        out += closing + '}';
        break;
    }
    }
}

} // namespace

QByteArray JsonWriter::write(const QJsonValue &value)
{
    QByteArray out;
    writeValue(out, value, 0);
    out += '\n';
    return out;
}

} // namespace spool
