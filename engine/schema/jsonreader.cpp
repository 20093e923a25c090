#include "jsonreader.h"

#include "jsonpointer.h"
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <charconv>
#include <cmath>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

// One open array or object during the pre-scan.
struct Frame
{
    bool isObject = false;
    bool expectKey = true;
    qsizetype index = 0;
    std::string_view key; // raw (still escaped) bytes of the current member name
    // Member names as they read, after unescaping: "url" and "\u0075rl" are one key.
    std::vector<std::string> smallKeys;
    std::unordered_set<std::string> manyKeys;
    // Member names in written order (unescaped), kept only when the caller asks for the order.
    QStringList written;

    // Records a member name (unescaped); false when the object already has it.
    bool insertKey(std::string name)
    {
        // Linear search while small: most objects hold a handful of keys.
        constexpr size_t SmallLimit = 16;
        if (manyKeys.empty()) {
            for (const std::string &seen : smallKeys) {
                if (seen == name)
                    return false;
            }
            smallKeys.push_back(std::move(name));
            if (smallKeys.size() > SmallLimit) {
                manyKeys.insert(smallKeys.begin(), smallKeys.end());
                smallKeys.clear();
            }
            return true;
        }
        return manyKeys.insert(std::move(name)).second;
    }
};

QString decodeKey(std::string_view raw)
{
    const QByteArray wrapped = "[\"" + QByteArray(raw.data(), qsizetype(raw.size())) + "\"]";
    return QJsonDocument::fromJson(wrapped).array().at(0).toString();
}

QString pointerOf(const std::vector<Frame> &frames, size_t count)
{
    QString pointer;
    for (size_t i = 0; i < count; ++i) {
        const Frame &frame = frames[i];
        pointer = frame.isObject ? JsonPointer::append(pointer, decodeKey(frame.key))
                                 : JsonPointer::append(pointer, frame.index);
    }
    return pointer;
}

int hexValue(const char *p);

void appendUtf8(std::string &out, char32_t code)
{
    if (code < 0x80) {
        out += char(code);
    } else if (code < 0x800) {
        out += char(0xC0 | (code >> 6));
        out += char(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += char(0xE0 | (code >> 12));
        out += char(0x80 | ((code >> 6) & 0x3F));
        out += char(0x80 | (code & 0x3F));
    } else {
        out += char(0xF0 | (code >> 18));
        out += char(0x80 | ((code >> 12) & 0x3F));
        out += char(0x80 | ((code >> 6) & 0x3F));
        out += char(0x80 | (code & 0x3F));
    }
}

// A string's raw bytes (between the quotes) as the text they stand for, in UTF-8, the way
// the parser will read them: every escape (\n, \/, \u00e9, surrogate pairs) resolved. Raw
// bytes are kept as they are; malformed escapes are kept raw too, the parser reports them.
std::string unescape(std::string_view raw)
{
    if (raw.find('\\') == std::string_view::npos)
        return std::string(raw);
    std::string out;
    out.reserve(raw.size());
    for (size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] != '\\' || i + 1 >= raw.size()) {
            out += raw[i];
            continue;
        }
        const char escape = raw[i + 1];
        const char *simple = nullptr;
        switch (escape) {
        case '"':
            simple = "\"";
            break;
        case '\\':
            simple = "\\";
            break;
        case '/':
            simple = "/";
            break;
        case 'b':
            simple = "\b";
            break;
        case 'f':
            simple = "\f";
            break;
        case 'n':
            simple = "\n";
            break;
        case 'r':
            simple = "\r";
            break;
        case 't':
            simple = "\t";
            break;
        default:
            break;
        }
        if (simple) {
            out += simple;
            ++i;
            continue;
        }
        const int unit = escape == 'u' && i + 5 < raw.size() ? hexValue(raw.data() + i + 2) : -1;
        if (unit < 0) {
            out += raw[i];
            continue;
        }
        char32_t code = char32_t(unit);
        size_t length = 6;
        if (unit >= 0xD800 && unit <= 0xDBFF && i + 11 < raw.size() && raw[i + 6] == '\\'
            && raw[i + 7] == 'u') {
            const int low = hexValue(raw.data() + i + 8);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                code = 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (char32_t(low) - 0xDC00);
                length = 12;
            }
        }
        appendUtf8(out, code);
        i += length - 1;
    }
    return out;
}

int hexValue(const char *p)
{
    int value = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = p[i];
        value <<= 4;
        if (c >= '0' && c <= '9')
            value |= c - '0';
        else if (c >= 'a' && c <= 'f')
            value |= c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            value |= c - 'A' + 10;
        else
            return -1;
    }
    return value;
}

Error errorAt(const QByteArray &text,
              qsizetype offset,
              const QString &kind,
              const QString &message,
              const QString &pointer = {})
{
    const auto [line, column] = JsonReader::lineColumn(text, offset);
    return Error{kind, message, pointer, line, column};
}

// A decimal number as sign, significant digits (no leading or trailing zeros) and the
// exponent of the first digit, so that two spellings of one value compare equal: "1.50e2",
// "150" and "1.5e+02" all read {false, "15", 3}. Zero has no digits (and keeps its sign).
struct Decimal
{
    bool negative = false;
    std::string digits;
    long long exponent = 0;
    bool operator==(const Decimal &) const = default;
};

Decimal decimalOf(std::string_view text)
{
    Decimal value;
    size_t i = 0;
    if (i < text.size() && text[i] == '-') {
        value.negative = true;
        ++i;
    }
    long long pointPosition = 0; // digits before the decimal point
    bool afterPoint = false;
    for (; i < text.size() && text[i] != 'e' && text[i] != 'E'; ++i) {
        if (text[i] == '.') {
            afterPoint = true;
            continue;
        }
        if (value.digits.empty() && text[i] == '0') {
            if (afterPoint)
                --pointPosition;
            continue;
        }
        value.digits += text[i];
        if (!afterPoint)
            ++pointPosition;
    }
    long long exponent = 0;
    if (i < text.size()) {
        ++i;
        bool negativeExponent = false;
        if (i < text.size() && (text[i] == '+' || text[i] == '-'))
            negativeExponent = text[i++] == '-';
        for (; i < text.size(); ++i)
            exponent = qMin(exponent * 10 + (text[i] - '0'), 1'000'000'000'000LL);
        if (negativeExponent)
            exponent = -exponent;
    }
    while (!value.digits.empty() && value.digits.back() == '0')
        value.digits.pop_back();
    value.exponent = value.digits.empty() ? 0 : pointPosition + exponent;
    return value;
}

// Whether `token` is a number by JSON's grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
bool isJsonNumber(std::string_view token)
{
    size_t i = 0;
    const auto digits = [&] {
        const size_t from = i;
        while (i < token.size() && token[i] >= '0' && token[i] <= '9')
            ++i;
        return i - from;
    };
    if (i < token.size() && token[i] == '-')
        ++i;
    if (i < token.size() && token[i] == '0')
        ++i;
    else if (digits() == 0)
        return false;
    if (i < token.size() && token[i] == '.') {
        ++i;
        if (digits() == 0)
            return false;
    }
    if (i < token.size() && (token[i] == 'e' || token[i] == 'E')) {
        ++i;
        if (i < token.size() && (token[i] == '+' || token[i] == '-'))
            ++i;
        if (digits() == 0)
            return false;
    }
    return i == token.size();
}

// Every number must come out of Spool as it went in: the value Qt's parser keeps (a qint64
// for an integer that fits, else a double), written back by JsonWriter, must be the very
// value of the text. A number that would change (2^63 + 1, 0.1000000000000000000001, -0,
// 1e400, 1e-400) is refused rather than silently altered.
std::optional<Error> checkNumber(const QByteArray &text,
                                 qsizetype begin,
                                 qsizetype end,
                                 const std::vector<Frame> &frames)
{
    const std::string_view token(text.constData() + begin, size_t(end - begin));
    const bool isInteger = token.find_first_of(".eE") == std::string_view::npos;
    // The common case, first and cheap: an integer of up to 18 digits fits a qint64.
    if (isInteger && token.size() <= 18 && token != "-0" && isJsonNumber(token))
        return std::nullopt;
    if (!isJsonNumber(token))
        return std::nullopt; // malformed: the parser reports it with its position
    const QString spelled = QString::fromLatin1(token.data(), qsizetype(token.size()));
    const auto pointer = [&frames] { return pointerOf(frames, frames.size()); };
    const Decimal written = decimalOf(token);
    if (written.digits.empty() && written.negative) {
        return errorAt(text,
                       begin,
                       u"number_inexact"_s,
                       u"%1 is a negative zero, which Spool cannot keep (it would become 0); "
                       "write 0"_s.arg(spelled),
                       pointer());
    }
    if (isInteger) {
        bool fits = false;
        QByteArray(token.data(), qsizetype(token.size())).toLongLong(&fits);
        if (fits)
            return std::nullopt;
    }
    double value = 0;
    const std::from_chars_result parsed = std::from_chars(token.data(),
                                                          token.data() + token.size(),
                                                          value);
    if (parsed.ec == std::errc::result_out_of_range || std::isinf(value)) {
        const bool tooLarge = written.exponent > 0;
        return errorAt(
            text,
            begin,
            u"number_out_of_range"_s,
            tooLarge ? u"the number %1 is too large to be represented: numbers are "
                       "doubles, at most about 1.8e308 in magnitude"_s.arg(spelled)
                     : u"the number %1 is too small (too close to zero) to be represented (it "
                       "would become 0): the smallest is about 4.9e-324"_s.arg(spelled),
            pointer());
    }
    const QByteArray kept = JsonWriter::numberText(QJsonValue(value));
    if (decimalOf(std::string_view(kept.constData(), size_t(kept.size()))) == written)
        return std::nullopt;
    return errorAt(text,
                   begin,
                   u"number_inexact"_s,
                   u"the number %1 cannot be kept exactly (it would become %2): Spool keeps "
                   "integers from -2^63 to 2^63-1 exactly, other numbers as doubles (about 16 "
                   "significant digits)"_s.arg(spelled, QString::fromLatin1(kept)),
                   pointer());
}

// The pre-scan: structure, depth, duplicate keys, surrogate escapes and numbers. It tolerates
// malformed text; Qt's parser reports syntax errors afterwards.
// `bomStrings` collects the offsets of strings that start with a raw U+FEFF: Qt 6.4's parser
// drops it there, so read() spells it as an escape first.
// `order`, when given, receives the written order of the keys of every object with more than one.
std::optional<Error> prescan(const QByteArray &text, QList<qsizetype> *bomStrings, KeyOrder *order)
{
    const char *data = text.constData();
    const qsizetype size = text.size();
    std::vector<Frame> frames;

    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        switch (c) {
        case '"': {
            const qsizetype start = i + 1;
            if (start + 2 < size && uchar(data[start]) == 0xEF && uchar(data[start + 1]) == 0xBB
                && uchar(data[start + 2]) == 0xBF)
                bomStrings->append(start);
            qsizetype j = start;
            while (j < size && data[j] != '"') {
                if (data[j] != '\\') {
                    ++j;
                    continue;
                }
                if (j + 1 < size && data[j + 1] == 'u' && j + 5 < size) {
                    const int unit = hexValue(data + j + 2);
                    if (unit >= 0xD800 && unit <= 0xDBFF) {
                        const bool paired = j + 11 < size && data[j + 6] == '\\'
                                            && data[j + 7] == 'u'
                                            && hexValue(data + j + 8) >= 0xDC00
                                            && hexValue(data + j + 8) <= 0xDFFF;
                        if (!paired) {
                            return errorAt(text,
                                           j,
                                           u"encoding_invalid"_s,
                                           u"a \\u escape holds an unpaired UTF-16 surrogate"_s,
                                           pointerOf(frames, frames.size()));
                        }
                        j += 12;
                        continue;
                    }
                    if (unit >= 0xDC00 && unit <= 0xDFFF) {
                        return errorAt(text,
                                       j,
                                       u"encoding_invalid"_s,
                                       u"a \\u escape holds an unpaired UTF-16 surrogate"_s,
                                       pointerOf(frames, frames.size()));
                    }
                }
                j += 2;
            }
            if (j >= size)
                return std::nullopt; // unterminated: Qt's parser says so with its position
            if (!frames.empty() && frames.back().isObject && frames.back().expectKey) {
                Frame &top = frames.back();
                const std::string_view name(data + start, size_t(j - start));
                top.key = name;
                top.expectKey = false;
                if (!top.insertKey(unescape(name))) {
                    return errorAt(text,
                                   start - 1,
                                   u"json_duplicate_key"_s,
                                   u"the key \"%1\" appears more than once in this object"_s.arg(
                                       decodeKey(name)),
                                   pointerOf(frames, frames.size()));
                }
                if (order)
                    top.written.append(QString::fromStdString(unescape(name)));
            }
            i = j;
            break;
        }
        case '{':
        case '[': {
            if (int(frames.size()) >= JsonReader::MaxDepth) {
                return errorAt(text,
                               i,
                               u"json_too_deep"_s,
                               u"arrays and objects are nested more than %1 levels deep"_s.arg(
                                   JsonReader::MaxDepth));
            }
            Frame frame;
            frame.isObject = c == '{';
            frames.push_back(std::move(frame));
            break;
        }
        case '}':
        case ']':
            if (!frames.empty()) {
                if (order && frames.back().written.size() > 1)
                    order->set(pointerOf(frames, frames.size() - 1), frames.back().written);
                frames.pop_back();
            }
            break;
        case ',':
            if (!frames.empty()) {
                if (frames.back().isObject)
                    frames.back().expectKey = true;
                else
                    ++frames.back().index;
            }
            break;
        default:
            if (c == '-' || (c >= '0' && c <= '9')) {
                qsizetype end = i + 1;
                while (end < size) {
                    const char d = data[end];
                    if ((d >= '0' && d <= '9') || d == '.' || d == 'e' || d == 'E' || d == '+'
                        || d == '-')
                        ++end;
                    else
                        break;
                }
                if (std::optional<Error> problem = checkNumber(text, i, end, frames))
                    return problem;
                i = end - 1;
            }
            break;
        }
    }
    return std::nullopt;
}

// Qt reports numbers that overflow or underflow a double as "illegal number"; tell them apart
// from malformed ones by re-reading the number that ends at the error offset.
enum class NumberFault { Malformed, TooLarge, TooSmall };

NumberFault numberFault(const QByteArray &text, qsizetype offset)
{
    const auto isNumberChar = [](char c) {
        return (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
    };
    qsizetype begin = qMin(offset, text.size());
    while (begin > 0 && isNumberChar(text.at(begin - 1)))
        --begin;
    qsizetype end = begin;
    while (end < text.size() && isNumberChar(text.at(end)))
        ++end;
    if (end == begin)
        return NumberFault::Malformed;
    const QByteArray number = text.mid(begin, end - begin);
    bool ok = false;
    const double value = number.toDouble(&ok);
    if (std::isinf(value))
        return NumberFault::TooLarge;
    if (ok || (!number.contains('e') && !number.contains('E')))
        return NumberFault::Malformed;
    // Out of range, by its exponent: a negative one means too close to zero.
    const qsizetype e = qMax(number.indexOf('e'), number.indexOf('E'));
    bool exponentOk = false;
    const long long exponent = number.mid(e + 1).toLongLong(&exponentOk);
    if (!exponentOk)
        return NumberFault::Malformed;
    return exponent < 0 ? NumberFault::TooSmall : NumberFault::TooLarge;
}

// Text in UTF-16 or UTF-32, by its byte order mark or by the NUL bytes that ASCII characters
// leave in it (JSON starts with an ASCII character); nothing for UTF-8.
QString otherEncoding(const QByteArray &text)
{
    const auto at = [&text](qsizetype i) { return i < text.size() ? uchar(text.at(i)) : 0x100; };
    if (at(0) == 0xFF && at(1) == 0xFE && at(2) == 0 && at(3) == 0)
        return u"UTF-32 (little-endian)"_s;
    if (at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF)
        return u"UTF-32 (big-endian)"_s;
    if (at(0) == 0xFF && at(1) == 0xFE)
        return u"UTF-16 (little-endian)"_s;
    if (at(0) == 0xFE && at(1) == 0xFF)
        return u"UTF-16 (big-endian)"_s;
    if (text.size() >= 4 && at(0) != 0 && at(1) == 0 && at(2) == 0 && at(3) == 0)
        return u"UTF-32 (little-endian)"_s;
    if (text.size() >= 4 && at(0) == 0 && at(1) == 0 && at(2) == 0 && at(3) != 0)
        return u"UTF-32 (big-endian)"_s;
    if (text.size() >= 2 && at(0) != 0 && at(1) == 0)
        return u"UTF-16 (little-endian)"_s;
    if (text.size() >= 2 && at(0) == 0 && at(1) != 0)
        return u"UTF-16 (big-endian)"_s;
    return {};
}

// The error for a document that is a single well-formed scalar; nothing for anything else.
std::optional<Error> scalarDocument(const QByteArray &text)
{
    QByteArray body = text.trimmed();
    if (body.startsWith("\xEF\xBB\xBF"))
        body = body.mid(3).trimmed();
    if (body.isEmpty() || body.startsWith('{') || body.startsWith('['))
        return std::nullopt;
    const QJsonDocument wrapped = QJsonDocument::fromJson("[" + body + "]");
    if (!wrapped.isArray() || wrapped.array().size() != 1)
        return std::nullopt; // malformed: Qt's parser says where
    const QJsonValue value = wrapped.array().at(0);
    const QString what = value.isNull()     ? u"null"_s
                         : value.isBool()   ? u"a boolean"_s
                         : value.isDouble() ? u"a number"_s
                                            : u"a string"_s;
    return Error{u"type_mismatch"_s,
                 u"the whole document is %1; it must be a JSON object"_s.arg(what),
                 {},
                 1,
                 1};
}

} // namespace

std::pair<int, int> JsonReader::lineColumn(const QByteArray &text, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, text.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    int column = 1;
    for (qsizetype i = lineStart; i < offset; ++i) {
        // Count characters, not bytes: skip UTF-8 continuation bytes.
        if ((uchar(text.at(i)) & 0xC0) != 0x80)
            ++column;
    }
    return {line, column};
}

Result<QJsonValue> JsonReader::read(const QByteArray &text)
{
    return read(text, nullptr);
}

Result<QJsonValue> JsonReader::read(const QByteArray &text, KeyOrder *order)
{
    if (text.size() > MaxSize) {
        return Error{u"json_too_large"_s,
                     u"the document is %1 bytes; the limit is %2 bytes"_s.arg(text.size())
                         .arg(MaxSize),
                     {},
                     0,
                     0};
    }
    if (const QString encoding = otherEncoding(text); !encoding.isEmpty()) {
        return Error{u"encoding_invalid"_s,
                     u"the document is %1 text; save it as UTF-8"_s.arg(encoding),
                     {},
                     1,
                     1};
    }
    if (text.trimmed().isEmpty())
        return Error{u"json_syntax"_s, u"the document is empty"_s, {}, 1, 1};

    QList<qsizetype> bomStrings;
    KeyOrder recorded;
    if (std::optional<Error> problem = prescan(text, &bomStrings, order ? &recorded : nullptr))
        return *problem;
    QByteArray escaped;
    if (!bomStrings.isEmpty()) {
        escaped.reserve(text.size() + bomStrings.size() * 3);
        qsizetype from = 0;
        for (const qsizetype offset : std::as_const(bomStrings)) {
            escaped.append(text.constData() + from, offset - from);
            escaped.append("\\ufeff");
            from = offset + 3;
        }
        escaped.append(text.constData() + from, text.size() - from);
    }

    const QByteArray &parsed = bomStrings.isEmpty() ? text : escaped;

    // A document that is one scalar (`null`, `42`) is well-formed JSON, though Qt 6.4 calls it
    // an "illegal value": say what it is instead.
    if (std::optional<Error> scalar = scalarDocument(parsed))
        return *scalar;

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(parsed, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reports the offset just past the character it stumbled on.
        const qsizetype offset = qMax(qsizetype(0), qsizetype(parseError.offset) - 1);
        switch (parseError.error) {
        case QJsonParseError::IllegalUTF8String:
            return errorAt(parsed, offset, u"encoding_invalid"_s, u"a string is not valid UTF-8"_s);
        case QJsonParseError::IllegalNumber:
            switch (numberFault(parsed, parseError.offset)) {
            case NumberFault::TooLarge:
                return errorAt(parsed,
                               offset,
                               u"number_out_of_range"_s,
                               u"a number is too large to be represented"_s);
            case NumberFault::TooSmall:
                return errorAt(parsed,
                               offset,
                               u"number_out_of_range"_s,
                               u"a number is too small (too close to zero) to be represented"_s);
            case NumberFault::Malformed:
                break;
            }
            return errorAt(parsed, offset, u"json_syntax"_s, u"malformed JSON: illegal number"_s);
        case QJsonParseError::DeepNesting:
            return errorAt(parsed,
                           offset,
                           u"json_too_deep"_s,
                           u"arrays and objects are nested too deeply"_s);
        default:
            return errorAt(parsed,
                           offset,
                           u"json_syntax"_s,
                           u"malformed JSON: "_s + parseError.errorString());
        }
    }
    if (order && (document.isArray() || document.isObject()))
        *order = std::move(recorded);
    if (document.isArray())
        return QJsonValue(document.array());
    if (document.isObject())
        return QJsonValue(document.object());
    // Qt 6 parses scalar documents too, but a run request is always an object.
    return errorAt(text,
                   0,
                   u"json_syntax"_s,
                   u"malformed JSON: the document must be an object or an array"_s);
}

} // namespace spool
