#include "testdata.h"

#include <schema/jsonreader.h>

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using spool::JsonReader;

namespace {

spool::Error readError(const QByteArray &text)
{
    const spool::Result<QJsonValue> result = JsonReader::read(text);
    EXPECT_FALSE(result.ok()) << text.left(80).constData();
    return result.ok() ? spool::Error{} : result.error();
}

} // namespace

TEST(JsonReader, ReadsAnObject)
{
    const spool::Result<QJsonValue> result = JsonReader::read(R"({"tasks": [{"kind": "ingest"}]})");
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->toObject().value(u"tasks").toArray().size(), 1);
}

TEST(JsonReader, MalformedJsonReportsLineAndColumn)
{
    const spool::Error error = readError("{\n  \"tasks\": [\n    {\"kind\": \"ingest\",, }\n]}");
    EXPECT_EQ(error.kind, u"json_syntax");
    EXPECT_EQ(error.line, 3);
    EXPECT_EQ(error.column, 23);
}

TEST(JsonReader, ColumnsCountCharactersNotBytes)
{
    // "é" is two bytes in UTF-8 but one column.
    const spool::Error error = readError("{\"é\": tru}");
    EXPECT_EQ(error.line, 1);
    EXPECT_EQ(error.column, 7);
}

TEST(JsonReader, EmptyDocumentIsAnError)
{
    EXPECT_EQ(readError("").kind, u"json_syntax");
    EXPECT_EQ(readError("  \n\t ").message, u"the document is empty");
}

TEST(JsonReader, TrailingGarbageIsAnError)
{
    EXPECT_EQ(readError(R"({"tasks": []} trailing)").kind, u"json_syntax");
}

TEST(JsonReader, NestingAtTheLimitIsAccepted)
{
    const int depth = JsonReader::MaxDepth;
    const QByteArray text = QByteArray(depth, '[') + QByteArray(depth, ']');
    EXPECT_TRUE(JsonReader::read(text).ok());
}

TEST(JsonReader, NestingPastTheLimitIsAClearError)
{
    const int depth = JsonReader::MaxDepth + 1;
    const spool::Error error = readError(QByteArray(depth, '[') + QByteArray(depth, ']'));
    EXPECT_EQ(error.kind, u"json_too_deep");
    EXPECT_EQ(error.column, JsonReader::MaxDepth + 1);
}

TEST(JsonReader, TwoHundredThousandLevelsDoNotOverflowTheStack)
{
    QByteArray text;
    for (int i = 0; i < 100000; ++i)
        text += "{\"a\":[";
    const spool::Error error = readError(text);
    EXPECT_EQ(error.kind, u"json_too_deep");
}

TEST(JsonReader, DuplicateKeysAreAnErrorWithTheirPointer)
{
    const spool::Error error = readError(
        R"({"tasks": [{"kind": "video", "options": {"width": 1, "width": 2}}]})");
    EXPECT_EQ(error.kind, u"json_duplicate_key");
    EXPECT_EQ(error.path, u"/tasks/0/options/width");
}

TEST(JsonReader, DuplicateKeysInLargeObjectsAreFound)
{
    QByteArray text = "{";
    for (int i = 0; i < 1000; ++i)
        text += "\"k" + QByteArray::number(i) + "\":0,";
    text += "\"k500\":1}";
    EXPECT_EQ(readError(text).path, u"/k500");
}

TEST(JsonReader, SameKeyInSiblingObjectsIsFine)
{
    EXPECT_TRUE(JsonReader::read(R"([{"kind": "a"}, {"kind": "b"}])").ok());
}

TEST(JsonReader, InvalidUtf8IsAnError)
{
    EXPECT_EQ(readError("{\"tasks\": \"\xff\xfe\"}").kind, u"encoding_invalid");
    EXPECT_EQ(readError("{\"tasks\": \"\xc3\x28\"}").kind, u"encoding_invalid");
}

TEST(JsonReader, UnpairedSurrogateEscapesAreAnError)
{
    EXPECT_EQ(readError(R"({"a": "\ud800"})").kind, u"encoding_invalid");
    EXPECT_EQ(readError(R"({"a": "\udc00x"})").kind, u"encoding_invalid");
    EXPECT_TRUE(JsonReader::read(R"({"a": "\ud83c\udfac"})").ok());
}

TEST(JsonReader, NumbersBeyondADoubleAreOutOfRange)
{
    EXPECT_EQ(readError(R"({"width": 1e400})").kind, u"number_out_of_range");
    EXPECT_EQ(readError(R"({"width": -1e999})").kind, u"number_out_of_range");
    EXPECT_EQ(readError(R"({"width": 01})").kind, u"json_syntax");
}

TEST(JsonReader, LargeIntegersKeepTheirValue)
{
    const spool::Result<QJsonValue> result = JsonReader::read(R"({"n": 9007199254740993})");
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->toObject().value(u"n").toInteger(), 9007199254740993LL);
}

TEST(JsonReader, OversizedDocumentIsRefusedBeforeParsing)
{
    const QByteArray text(JsonReader::MaxSize + 1, ' ');
    EXPECT_EQ(readError(text).kind, u"json_too_large");
}

TEST(JsonReader, HundredThousandSiblingsRead)
{
    QByteArray text = "{\"tasks\":[";
    for (int i = 0; i < 100000; ++i)
        text += i ? ",{\"kind\":\"video\",\"options\":{\"width\":640}}"
                  : "{\"kind\":\"video\",\"options\":{\"width\":640}}";
    text += "]}";
    // How fast: schema_bench (readOnly/100000) prints the figure.
    const spool::Result<QJsonValue> result = JsonReader::read(text);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->toObject().value(u"tasks").toArray().size(), 100000);
}

TEST(JsonReader, AByteOrderMarkAtTheStartOfAStringIsKept)
{
    // Qt's parser drops a raw U+FEFF that opens a string; the reader keeps it.
    const spool::Result<QJsonValue> result = JsonReader::read(
        "{\"tasks\": [{\"kind\": \"\xEF\xBB\xBFvideo\"}], \"\xEF\xBB\xBFtasks\": 1}");
    ASSERT_TRUE(result.ok());
    const QJsonObject object = result->toObject();
    EXPECT_EQ(object.keys().size(), 2);
    EXPECT_EQ(object.value(u"\uFEFFtasks").toInt(), 1);
    EXPECT_EQ(object.value(u"tasks").toArray().at(0).toObject().value(u"kind").toString(),
              u"\uFEFFvideo");
    EXPECT_TRUE(JsonReader::read("\xEF\xBB\xBF{\"tasks\": []}").ok()) << "a BOM before the text";
}

TEST(JsonReader, DuplicateKeysAreComparedAfterUnescaping)
{
    // Each pair names one key twice, once spelled with escapes; at every depth.
    const QList<std::pair<QByteArray, QString>> cases{
        {R"({"url": "a.mp4", "\u0075rl": "b.mp4"})", u"/url"_s},
        {R"({"\u0075\u0072\u006C": 1, "url": 2})", u"/url"_s},
        {R"({"tasks": [{"kind": "ingest", "options": {"url": "a", "\u0075rl": "b"}}]})",
         u"/tasks/0/options/url"_s},
        {R"({"a": [[{"k\u00e9": 1, "ké": 2}]]})", u"/a/0/0/ké"_s},
        {R"({"a": {"\u00C9": 1, "\u00c9": 2}})", u"/a/É"_s},
        {R"({"🎬": 1, "\ud83c\udfac": 2})", u"/🎬"_s},
        {R"({"\uD83C\uDFAC": 1, "\ud83c\udfac": 2})", u"/🎬"_s},
        {R"({"a/b": 1, "a\/b": 2})", u"/a~1b"_s},
        {R"({"a\\": 1, "a\u005c": 2})", u"/a\\"_s},
        {R"({"t\tx": 1, "t\u0009x": 2})", u"/t\tx"_s},
        {R"({"q\"": 1, "q\u0022": 2})", u"/q\""_s},
    };
    for (const auto &[text, pointer] : cases) {
        const spool::Error error = readError(text);
        EXPECT_EQ(error.kind, u"json_duplicate_key") << text.constData();
        EXPECT_EQ(error.path, pointer) << text.constData();
        EXPECT_EQ(error.line, 1) << text.constData();
    }
}

TEST(JsonReader, KeysThatDifferAfterUnescapingAreDistinct)
{
    EXPECT_TRUE(JsonReader::read(R"({"url": 1, "\u0075rls": 2, "ur\u006c2": 3})").ok());
    EXPECT_TRUE(JsonReader::read(R"({"a": 1, "a\u0000": 2, "\u0061\u0062": 3})").ok());
    EXPECT_TRUE(JsonReader::read(R"({"\ud83c\udfac": 1, "\ud83c\udfad": 2})").ok());
    // Many keys, past the small-object search, still compare unescaped.
    QByteArray text = "{";
    for (int i = 0; i < 100; ++i)
        text += "\"k" + QByteArray::number(i) + "\":0,";
    text += "\"\\u006b42\":1}";
    EXPECT_EQ(readError(text).path, u"/k42");
}

TEST(JsonReader, NumbersAreKeptExactlyOrRefused)
{
    // Kept: every integer of a qint64, integral doubles written in full, shortest decimals.
    for (const QByteArray number : {"9007199254740992",
                                    "9007199254740993",
                                    "-9007199254740993",
                                    "9223372036854775807",
                                    "-9223372036854775808",
                                    "9223372036854775808",
                                    "18446744073709551616",
                                    "0",
                                    "1.0",
                                    "0.1",
                                    "29.97",
                                    "1e-7",
                                    "1.5e300",
                                    "2.2250738585072014e-308"}) {
        EXPECT_TRUE(JsonReader::read("{\"n\": " + number + "}").ok()) << number.constData();
    }
    // Refused, with the pointer of the value and its position.
    const QList<std::pair<QByteArray, QString>> refused{
        {R"({"a": {"n": 9223372036854775809}})", u"number_inexact"_s},
        {R"({"a": {"n": -9223372036854775809}})", u"number_inexact"_s},
        {R"({"a": {"n": 123456789012345678901234567890}})", u"number_inexact"_s},
        {R"({"a": {"n": 0.30000000000000001}})", u"number_inexact"_s},
        {R"({"a": {"n": -0}})", u"number_inexact"_s},
        {R"({"a": {"n": -0.0}})", u"number_inexact"_s},
        {R"({"a": {"n": -0e5}})", u"number_inexact"_s},
        {R"({"a": {"n": 1e400}})", u"number_out_of_range"_s},
        {R"({"a": {"n": -1e400}})", u"number_out_of_range"_s},
        {R"({"a": {"n": 1e-400}})", u"number_out_of_range"_s},
    };
    for (const auto &[text, kind] : refused) {
        const spool::Error error = readError(text);
        EXPECT_EQ(error.kind, kind) << text.constData();
        EXPECT_EQ(error.path, u"/a/n") << text.constData();
        EXPECT_EQ(error.line, 1);
        EXPECT_EQ(error.column, 13) << text.constData();
        EXPECT_TRUE(error.message.contains(QString::fromLatin1(text.mid(12, text.size() - 14))))
            << error.message.toStdString();
    }
    EXPECT_EQ(readError("[1, [2, 1e999]]").path, u"/1/1");
    EXPECT_TRUE(readError(R"({"n": 1e-400})").message.contains(u"too close to zero"_s));
    EXPECT_TRUE(readError(R"({"n": 1e400})").message.contains(u"too large"_s));
}

TEST(JsonReader, ANumberTooSmallIsNotCalledTooLarge)
{
    const spool::Error tiny = readError(R"({"start": 1e-400})");
    EXPECT_EQ(tiny.kind, u"number_out_of_range");
    EXPECT_TRUE(tiny.message.contains(u"too small")) << tiny.message.toStdString();
    EXPECT_FALSE(tiny.message.contains(u"too large")) << tiny.message.toStdString();
    const spool::Error huge = readError(R"({"start": -1e400})");
    EXPECT_TRUE(huge.message.contains(u"too large")) << huge.message.toStdString();
}

TEST(JsonReader, AScalarDocumentMustBeAnObject)
{
    for (const QByteArray &text :
         {QByteArray("null"), QByteArray(" 42 "), QByteArray("\"tasks\"")}) {
        const spool::Error error = readError(text);
        EXPECT_EQ(error.kind, u"type_mismatch") << text.constData();
        EXPECT_TRUE(error.message.contains(u"must be a JSON object"))
            << error.message.toStdString();
        EXPECT_FALSE(error.message.contains(u"malformed")) << error.message.toStdString();
    }
}

TEST(JsonReader, Utf16TextIsToldToBeUtf8)
{
    const QString json = uR"({"tasks": []})"_s;
    const QByteArray little(reinterpret_cast<const char *>(json.utf16()), json.size() * 2);
    QByteArray big;
    for (qsizetype i = 0; i < little.size(); i += 2) {
        big.append(little[i + 1]);
        big.append(little[i]);
    }
    const QList<std::pair<QByteArray, QString>> cases{
        {"\xFF\xFE" + little, u"UTF-16"_s},
        {"\xFE\xFF" + big, u"UTF-16"_s},
        {little, u"UTF-16"_s},
        {big, u"UTF-16"_s},
        {QByteArray("\xFF\xFE\0\0", 4) + QByteArray("{\0\0\0}\0\0\0", 8), u"UTF-32"_s},
    };
    for (const auto &[text, encoding] : cases) {
        const spool::Error error = readError(text);
        EXPECT_EQ(error.kind, u"encoding_invalid") << text.toHex().constData();
        EXPECT_TRUE(error.message.contains(encoding)) << error.message.toStdString();
        EXPECT_TRUE(error.message.contains(u"UTF-8")) << error.message.toStdString();
    }
}
