#include "runevent.h"

#include <QJsonDocument>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

// A JSON string as QJsonDocument writes it compact: UTF-8, with quotes, backslashes and
// control characters escaped.
void appendString(QByteArray &out, const QString &text)
{
    static constexpr char Hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : text.toUtf8()) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            switch (c) {
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                out += "\\u00";
                out += Hex[byte >> 4];
                out += Hex[byte & 0xf];
            }
        } else {
            out += c;
        }
    }
    out += '"';
}

} // namespace

QJsonObject RunEvent::toJson() const
{
    return QJsonObject{{u"id"_s, id},
                       {u"object"_s, u"event"_s},
                       {u"kind"_s, kind},
                       {u"data"_s, data},
                       {u"created_at"_s, createdAt}};
}

QByteArray RunEvent::compactData() const
{
    if (!dataJson.isEmpty())
        return dataJson;
    return QJsonDocument(data).toJson(QJsonDocument::Compact);
}

QByteArray RunEvent::toCompactJson() const
{
    const QByteArray payload = compactData();
    QByteArray line;
    line.reserve(payload.size() + id.size() + kind.size() + 64);
    // The keys in the order a QJsonObject keeps them (sorted), so the line reads as before.
    line += "{\"created_at\":";
    line += QByteArray::number(createdAt);
    line += ",\"data\":";
    line += payload;
    line += ",\"id\":";
    appendString(line, id);
    line += ",\"kind\":";
    appendString(line, kind);
    line += ",\"object\":\"event\"}";
    return line;
}

} // namespace spool
