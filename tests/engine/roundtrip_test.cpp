#include "testdata.h"

#include <schema/condition.h>
#include <schema/jsonreader.h>
#include <schema/jsonwriter.h>
#include <schema/runrequest.h>

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using spool::RunRequest;

namespace {

QJsonValue parse(const QByteArray &text)
{
    const spool::Result<QJsonValue> json = spool::JsonReader::read(text);
    EXPECT_TRUE(json.ok()) << json.error().message.toStdString();
    return json.ok() ? *json : QJsonValue();
}

} // namespace

class SpecExample : public ::testing::TestWithParam<QString>
{};

TEST_P(SpecExample, ReadThenWriteReproducesIt)
{
    const QByteArray text = spool::test::readData(u"spec/"_s + GetParam());
    const QJsonValue original = parse(text);
    const spool::Result<RunRequest> request = RunRequest::fromJson(original);
    ASSERT_TRUE(request.ok()) << request.error().message.toStdString();
    EXPECT_EQ(QJsonValue(request->toJson()), original);
}

TEST_P(SpecExample, CanonicalTextIsStableAndSameContent)
{
    const QByteArray text = spool::test::readData(u"spec/"_s + GetParam());
    const spool::Result<RunRequest> request = RunRequest::fromText(text);
    ASSERT_TRUE(request.ok());
    const QByteArray canonical = request->toCanonicalText();
    const spool::Result<RunRequest> again = RunRequest::fromText(canonical);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, *request);
    EXPECT_EQ(again->toCanonicalText(), canonical);
    EXPECT_EQ(parse(canonical), parse(text));
}

INSTANTIATE_TEST_SUITE_P(Spec,
                         SpecExample,
                         ::testing::ValuesIn(spool::test::dataFiles(u"spec"_s)),
                         spool::test::fileTestName);

TEST(RoundTrip, AbsentMembersStayAbsentAndEmptyOnesStayEmpty)
{
    const QByteArray text = R"({"tasks": [{"kind": "ingest", "options": {"url": "a.mp4"}, "next": []},
                        {"kind": "speech", "options": {}, "metadata": {}}]})";
    const spool::Result<RunRequest> request = RunRequest::fromText(text);
    ASSERT_TRUE(request.ok());
    EXPECT_TRUE(request->tasks[0].hasNext);
    EXPECT_TRUE(request->tasks[0].next.empty());
    EXPECT_FALSE(request->tasks[0].metadata.has_value());
    EXPECT_FALSE(request->tasks[1].hasNext);
    EXPECT_TRUE(request->tasks[1].options.has_value());
    EXPECT_FALSE(request->metadata.has_value());
    EXPECT_FALSE(request->idempotencyKey.has_value());
    EXPECT_EQ(QJsonValue(request->toJson()), parse(text));
}

TEST(RoundTrip, NoDefaultsAreInjected)
{
    const QByteArray text = R"({"tasks": [{"kind": "ingest", "options": {"url": "a.mp4"},
        "next": [{"kind": "video"}, {"kind": "thumbnails"}]}]})";
    const spool::Result<RunRequest> request = RunRequest::fromText(text);
    ASSERT_TRUE(request.ok());
    const QJsonObject video
        = request->toJson().value(u"tasks")[0].toObject().value(u"next")[0].toObject();
    EXPECT_EQ(video.keys(), QStringList{u"kind"_s});
}

TEST(RoundTrip, UnknownKeysAreKeptVerbatim)
{
    const QByteArray text = R"({"tasks": [{"kind": "video", "label": {"x": [1, "two", null]},
        "options": {"width": 640, "vendor_flag": true}}], "client": "spool-test"})";
    const spool::Result<RunRequest> request = RunRequest::fromText(text);
    ASSERT_TRUE(request.ok());
    EXPECT_EQ(request->tasks[0].extra.value(u"label").toObject().value(u"x").toArray().size(), 3);
    EXPECT_EQ(request->extra.value(u"client").toString(), u"spool-test");
    EXPECT_EQ(QJsonValue(request->toJson()), parse(text));
}

TEST(RoundTrip, NumbersKeepTheirValues)
{
    const QByteArray text = R"({"tasks": [{"kind": "video", "options": {"fps": 29.97,
        "start": 0.1, "end": 1e-7, "bitrate": 9007199254740993, "big": 1.5e300, "huge": 18446744073709551616,
        "max": 9223372036854775807, "one": 1.0}}]})";
    const spool::Result<RunRequest> request = RunRequest::fromText(text);
    ASSERT_TRUE(request.ok());
    const spool::Result<RunRequest> again = RunRequest::fromText(request->toCanonicalText());
    ASSERT_TRUE(again.ok());
    const QJsonObject options = *again->tasks[0].options;
    EXPECT_EQ(options.value(u"fps").toDouble(), 29.97);
    EXPECT_EQ(options.value(u"start").toDouble(), 0.1);
    EXPECT_EQ(options.value(u"end").toDouble(), 1e-7);
    EXPECT_EQ(options.value(u"bitrate").toInteger(), 9007199254740993LL);
    EXPECT_EQ(options.value(u"big").toDouble(), 1.5e300);
    EXPECT_EQ(options.value(u"max").toInteger(), 9223372036854775807LL);
    const QByteArray canonical = again->toCanonicalText();
    EXPECT_TRUE(canonical.contains("\"huge\": 18446744073709551616")) << canonical.constData();
    EXPECT_TRUE(canonical.contains("\"bitrate\": 9007199254740993"));
    EXPECT_TRUE(canonical.contains("\"one\": 1,")) << "integral numbers as integers";
    EXPECT_TRUE(canonical.contains("\"end\": 1e-07"));
}

TEST(RoundTrip, StringsWithEscapesSurvive)
{
    const QByteArray text = R"({"tasks": [{"kind": "ingest", "options": {"url":
        "dir/\"quoted\" \\ tab\t nl\n ctl\u0001 é 🎬 \u2028"}}]})";
    const spool::Result<RunRequest> request = RunRequest::fromText(text);
    ASSERT_TRUE(request.ok());
    const spool::Result<RunRequest> again = RunRequest::fromText(request->toCanonicalText());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, *request);
}

TEST(CanonicalText, PutsTheSchemaKeysFirstAndSortsTheRest)
{
    const QByteArray text = R"({"idempotency_key": "k", "zeta": 1, "metadata": {"b": 1, "a": 2},
             "tasks": [{"next": [], "options": {"width": 1, "fit": "cover"}, "kind": "video"}]})";
    const spool::Result<RunRequest> request = RunRequest::fromText(text);
    ASSERT_TRUE(request.ok());
    EXPECT_EQ(request->toCanonicalText(), QByteArray(R"({
  "tasks": [
    {
      "kind": "video",
      "options": {
        "fit": "cover",
        "width": 1
      },
      "next": []
    }
  ],
  "metadata": {
    "a": 2,
    "b": 1
  },
  "idempotency_key": "k",
  "zeta": 1
}
)"));
}

TEST(RunRequestModel, StructuralErrorsCarryTheirPointer)
{
    const auto errorOf = [](const QByteArray &text) {
        const spool::Result<RunRequest> request = RunRequest::fromText(text);
        EXPECT_FALSE(request.ok());
        return request.ok() ? spool::Error{} : request.error();
    };
    EXPECT_EQ(errorOf(R"([])").path, QString());
    EXPECT_EQ(errorOf(R"({})").path, u"/tasks");
    EXPECT_EQ(errorOf(R"({"tasks": {}})").path, u"/tasks");
    EXPECT_EQ(errorOf(R"({"tasks": [{"kind": "ingest", "next": [{"options": {}}]}]})").path,
              u"/tasks/0/next/0/kind");
    EXPECT_EQ(errorOf(R"({"tasks": [{"kind": 5}]})").path, u"/tasks/0/kind");
    EXPECT_EQ(errorOf(R"({"tasks": [{"kind": "video", "options": []}]})").path, u"/tasks/0/options");
    EXPECT_EQ(errorOf(R"({"tasks": [{"kind": "video", "next": {}}]})").path, u"/tasks/0/next");
    EXPECT_EQ(errorOf(R"({"tasks": [], "idempotency_key": 3})").path, u"/idempotency_key");
}

TEST(RoundTrip, AByteOrderMarkOpeningAKeyOrValueSurvives)
{
    const QByteArray text = "{\"tasks\":[{\"kind\":\"\",\"\":{\"\xEF\xBB\xBF\":{}}}]}";
    const spool::Result<RunRequest> request = RunRequest::fromText(text);
    ASSERT_TRUE(request.ok());
    const spool::Result<RunRequest> again = RunRequest::fromText(request->toCanonicalText());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, *request);
    EXPECT_EQ(again->toCanonicalText(), request->toCanonicalText());
}

// QJsonObject keeps keys sorted; a conditions task's rules are read by a person, in the order
// they were written, so that order is carried from the text to the text written back.
TEST(RoundTrip, AConditionsTaskKeepsItsRulesInWrittenOrder)
{
    const QByteArray text = R"({"tasks": [{"kind": "ingest", "options": {"url": "/a.mp4"},
        "next": [{"kind": "conditions",
                  "options": {"width": {"lt": 4000, "gt": 1920}, "kind": {"eq": "video"},
                              "duration": {"gte": 5}},
                  "next": [{"kind": "thumbnails"}]}]}]})";
    const spool::Result<RunRequest> request = RunRequest::fromText(text);
    ASSERT_TRUE(request.ok()) << request.error().message.toStdString();
    const spool::TaskDef &conditions = request->tasks.at(0).next.at(0);
    EXPECT_EQ(conditions.optionOrder.keys(*conditions.options),
              (QStringList{u"width"_s, u"kind"_s, u"duration"_s}));

    // The checks, as the engine reads them, come in the same order.
    QList<spool::Error> problems;
    const QList<spool::Condition> checks = spool::Condition::read(*conditions.options,
                                                                  u"/options"_s,
                                                                  &problems,
                                                                  conditions.optionOrder);
    ASSERT_EQ(checks.size(), 4);
    EXPECT_EQ(checks.at(0).op, u"lt"_s);
    EXPECT_EQ(checks.at(1).op, u"gt"_s);
    EXPECT_EQ(checks.at(2).property, u"kind"_s);
    EXPECT_EQ(checks.at(3).property, u"duration"_s);

    const QByteArray written = request->toCanonicalText();
    const qsizetype width = written.indexOf("\"width\"");
    const qsizetype kind = written.indexOf("\"kind\": {");
    const qsizetype duration = written.indexOf("\"duration\"");
    EXPECT_LT(width, kind) << written.constData();
    EXPECT_LT(kind, duration) << written.constData();
    EXPECT_LT(written.indexOf("\"lt\""), written.indexOf("\"gt\"")) << written.constData();
    // Other objects keep the canonical order.
    EXPECT_LT(written.indexOf("\"kind\": \"ingest\""), written.indexOf("\"next\""));

    // Read back, the order is the same; the same rules in another order are the same request.
    const spool::Result<RunRequest> again = RunRequest::fromText(written);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->toCanonicalText(), written);
    EXPECT_EQ(*again, *RunRequest::fromJson(parse(text)));
}

TEST(JsonReaderOrder, RecordsTheWrittenKeyOrderOfEveryObjectAndNothingOnAnError)
{
    spool::KeyOrder order;
    ASSERT_TRUE(
        spool::JsonReader::read(R"({"b": 1, "a": {"z": 1, "\u0079": 2}, "c": [{"q": 1, "p": 2}]})",
                                &order)
            .ok());
    EXPECT_EQ(order.recorded(), (QStringList{u"b"_s, u"a"_s, u"c"_s}));
    EXPECT_EQ(order.recorded(u"/a"_s), (QStringList{u"z"_s, u"y"_s}));
    EXPECT_EQ(order.recorded(u"/c/0"_s), (QStringList{u"q"_s, u"p"_s}));
    // A key added later comes after the written ones.
    const QJsonObject grown{{u"b"_s, 1}, {u"a"_s, 2}, {u"c"_s, 3}, {u"0"_s, 4}};
    EXPECT_EQ(order.keys(grown), (QStringList{u"b"_s, u"a"_s, u"c"_s, u"0"_s}));

    spool::KeyOrder untouched;
    EXPECT_FALSE(spool::JsonReader::read(R"({"b": 1, "a": 2, "a": 3})", &untouched).ok());
    EXPECT_TRUE(untouched.isEmpty());
}
