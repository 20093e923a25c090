#include "testdata.h"

#include <schema/jsonreader.h>
#include <schema/validator.h>

#include <QJsonArray>
#include <QJsonObject>

#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using spool::Error;
using spool::ValidationOptions;
using spool::Validator;

namespace {

QList<Error> problemsOf(const QByteArray &text, const ValidationOptions &options = {})
{
    return Validator(options).validateText(text);
}

// A request of one ingest whose next holds `child`, the usual shape of the tests below.
QByteArray underIngest(const QByteArray &child)
{
    return R"({"tasks": [{"kind": "ingest", "options": {"url": "in.mp4"}, "next": [)" + child
           + "]}]}";
}

std::string describe(const QList<Error> &problems)
{
    std::string text;
    for (const Error &problem : problems)
        text += QString(problem.path + u": "_s + problem.kind + u": "_s + problem.message)
                    .toStdString()
                + "\n";
    return text;
}

// Exactly one problem, of this kind, at this pointer.
void expectOnly(const QList<Error> &problems, const QString &kind, const QString &path)
{
    ASSERT_EQ(problems.size(), 1) << describe(problems);
    EXPECT_EQ(problems.first().kind, kind) << describe(problems);
    EXPECT_EQ(problems.first().path, path) << describe(problems);
    EXPECT_FALSE(problems.first().message.isEmpty());
}

} // namespace

class ValidSpecExample : public ::testing::TestWithParam<QString>
{};

TEST_P(ValidSpecExample, HasNoProblems)
{
    const QList<Error> problems = problemsOf(spool::test::readData(u"spec/"_s + GetParam()));
    EXPECT_TRUE(problems.isEmpty()) << describe(problems);
}

INSTANTIATE_TEST_SUITE_P(Spec,
                         ValidSpecExample,
                         ::testing::ValuesIn(spool::test::dataFiles(u"spec"_s)),
                         spool::test::fileTestName);

TEST(Validator, RequestMustBeAnObject)
{
    expectOnly(problemsOf("[1, 2]"), u"type_mismatch"_s, QString());
}

TEST(Validator, TasksAreRequiredAndNotEmpty)
{
    expectOnly(problemsOf("{}"), u"required_missing"_s, u"/tasks"_s);
    expectOnly(problemsOf(R"({"tasks": []})"), u"tasks_empty"_s, u"/tasks"_s);
    expectOnly(problemsOf(R"({"tasks": "ingest"})"), u"type_mismatch"_s, u"/tasks"_s);
}

TEST(Validator, WrongTypesAreReported)
{
    expectOnly(problemsOf(R"({"tasks": [{"kind": 7}]})"), u"type_mismatch"_s, u"/tasks/0/kind"_s);
    expectOnly(problemsOf(underIngest(R"({"kind": "video", "options": [1]})")),
               u"type_mismatch"_s,
               u"/tasks/0/next/0/options"_s);
    expectOnly(problemsOf(underIngest(R"({"kind": "video", "metadata": "x"})")),
               u"type_mismatch"_s,
               u"/tasks/0/next/0/metadata"_s);
    expectOnly(problemsOf(underIngest(R"({"kind": "video", "next": {}})")),
               u"type_mismatch"_s,
               u"/tasks/0/next/0/next"_s);
    expectOnly(problemsOf(underIngest(R"(3)")), u"type_mismatch"_s, u"/tasks/0/next/0"_s);
    expectOnly(problemsOf(underIngest(R"({"kind": "video", "options": {"fps": "30"}})")),
               u"type_mismatch"_s,
               u"/tasks/0/next/0/options/fps"_s);
    expectOnly(problemsOf(underIngest(R"({"kind": "thumbnails", "options": {"count": 2.5}})")),
               u"type_mismatch"_s,
               u"/tasks/0/next/0/options/count"_s);
}

TEST(Validator, KindIsRequired)
{
    expectOnly(problemsOf(underIngest(R"({"options": {}})")),
               u"required_missing"_s,
               u"/tasks/0/next/0/kind"_s);
}

TEST(Validator, UnknownKindSuggestsTheClosest)
{
    const QList<Error> problems = problemsOf(underIngest(R"({"kind": "thumbnial"})"));
    expectOnly(problems, u"kind_unknown"_s, u"/tasks/0/next/0/kind"_s);
    EXPECT_TRUE(problems.first().message.contains(u"did you mean \"thumbnails\""))
        << describe(problems);
}

TEST(Validator, UnknownTaskKeyIsReported)
{
    expectOnly(problemsOf(underIngest(R"({"kind": "video", "opitons": {}})")),
               u"key_unknown"_s,
               u"/tasks/0/next/0/opitons"_s);
    expectOnly(problemsOf(R"({"tasks": [{"kind": "ingest", "options": {"url": "a"}}], "x": 1})"),
               u"key_unknown"_s,
               u"/x"_s);
}

TEST(Validator, UnknownOptionIsReported)
{
    const QList<Error> problems = problemsOf(
        underIngest(R"({"kind": "video", "options": {"widht": 640}})"));
    expectOnly(problems, u"option_unknown"_s, u"/tasks/0/next/0/options/widht"_s);
    EXPECT_TRUE(problems.first().message.contains(u"did you mean \"width\""));
    expectOnly(problemsOf(underIngest(R"({"kind": "speech", "options": {"language": "en"}})")),
               u"option_unknown"_s,
               u"/tasks/0/next/0/options/language"_s);
}

TEST(Validator, MissingRequiredOptionIsReported)
{
    expectOnly(problemsOf(R"({"tasks": [{"kind": "ingest"}]})"),
               u"url_required"_s,
               u"/tasks/0/options/url"_s);
    expectOnly(problemsOf(R"({"tasks": [{"kind": "ingest", "options": {"url": " "}}]})"),
               u"url_required"_s,
               u"/tasks/0/options/url"_s);
}

TEST(Validator, NumbersOutOfRangeAreReported)
{
    expectOnly(problemsOf(underIngest(R"({"kind": "video", "options": {"fps": 61}})")),
               u"value_out_of_range"_s,
               u"/tasks/0/next/0/options/fps"_s);
    expectOnly(problemsOf(underIngest(R"({"kind": "video", "options": {"fps": 0.5}})")),
               u"value_out_of_range"_s,
               u"/tasks/0/next/0/options/fps"_s);
    expectOnly(problemsOf(underIngest(R"({"kind": "video", "options": {"start": -1}})")),
               u"value_out_of_range"_s,
               u"/tasks/0/next/0/options/start"_s);
    expectOnly(problemsOf(underIngest(R"({"kind": "thumbnails", "options": {"count": 0}})")),
               u"value_out_of_range"_s,
               u"/tasks/0/next/0/options/count"_s);
    expectOnly(problemsOf(underIngest(R"({"kind": "audio", "options": {"bitrate": 1e12}})")),
               u"value_out_of_range"_s,
               u"/tasks/0/next/0/options/bitrate"_s);
}

TEST(Validator, DimensionsArePixelsOrPercentages)
{
    const QList<Error> problems = problemsOf(
        R"({"tasks": [{"kind": "ingest", "options": {"url": "a.mp4"}, "next": [
            {"kind": "video", "options": {"width": 1280}},
            {"kind": "video", "options": {"width": -5}}]}]})");
    expectOnly(problems, u"type_mismatch"_s, u"/tasks/0/next/1/options/width"_s);
    EXPECT_EQ(problems.first().message, u"must be a positive integer or a percentage");

    for (const char *bad : {R"("50")", R"("abc%")", R"(12.5)", R"(0)", R"(true)", R"("%")"}) {
        const QByteArray child = R"({"kind": "image", "options": {"height": )" + QByteArray(bad)
                                 + "}}";
        EXPECT_EQ(problemsOf(underIngest(child)).size(), 1) << bad;
    }
    expectOnly(problemsOf(underIngest(R"({"kind": "image", "options": {"height": "0%"}})")),
               u"value_out_of_range"_s,
               u"/tasks/0/next/0/options/height"_s);
    expectOnly(problemsOf(underIngest(R"({"kind": "image", "options": {"width": 100000}})")),
               u"value_out_of_range"_s,
               u"/tasks/0/next/0/options/width"_s);
    EXPECT_TRUE(
        problemsOf(underIngest(R"({"kind": "image", "options": {"width": "12.5%", "height": 90}})"))
            .isEmpty());
}

TEST(Validator, ValuesOutsideAnEnumAreReported)
{
    const QList<Error> problems = problemsOf(
        underIngest(R"({"kind": "image", "options": {"format": "jpg"}})"));
    expectOnly(problems, u"value_not_allowed"_s, u"/tasks/0/next/0/options/format"_s);
    EXPECT_TRUE(problems.first().message.contains(u"jpeg"));
    expectOnly(problemsOf(underIngest(R"({"kind": "video", "options": {"fit": "stretch"}})")),
               u"value_not_allowed"_s,
               u"/tasks/0/next/0/options/fit"_s);
    expectOnly(problemsOf(underIngest(R"({"kind": "subtitles", "options": {"format": "ass"}})")),
               u"value_not_allowed"_s,
               u"/tasks/0/next/0/options/format"_s);
}

TEST(Validator, BackgroundMustBeAColour)
{
    expectOnly(problemsOf(underIngest(R"({"kind": "video", "options": {"background": "red"}})")),
               u"value_invalid"_s,
               u"/tasks/0/next/0/options/background"_s);
    EXPECT_TRUE(problemsOf(underIngest(R"({"kind": "video", "options": {"background": "#a0B1c2"}})"))
                    .isEmpty());
}

TEST(Validator, CodecMustFitTheContainer)
{
    expectOnly(problemsOf(underIngest(
                   R"({"kind": "video", "options": {"format": "webm", "codec": "h264"}})")),
               u"codec_container_mismatch"_s,
               u"/tasks/0/next/0/options/codec"_s);
    // mp4 is the default container.
    expectOnly(problemsOf(underIngest(R"({"kind": "video", "options": {"codec": "vp9"}})")),
               u"codec_container_mismatch"_s,
               u"/tasks/0/next/0/options/codec"_s);
    // HLS holds only H.264 and H.265, so the option's own values say so.
    expectOnly(problemsOf(underIngest(R"({"kind": "adaptive_video", "options": {"codec": "av1"}})")),
               u"value_not_allowed"_s,
               u"/tasks/0/next/0/options/codec"_s);
    EXPECT_TRUE(
        problemsOf(underIngest(R"({"kind": "video", "options": {"format": "webm"}})")).isEmpty())
        << "without a codec, webm takes its own default";
    EXPECT_TRUE(
        problemsOf(underIngest(R"({"kind": "video", "options": {"format": "mp4", "codec": "av1"}})"))
            .isEmpty());
}

TEST(Validator, TrimMustEndAfterItStarts)
{
    expectOnly(problemsOf(underIngest(R"({"kind": "audio", "options": {"start": 5, "end": 5}})")),
               u"range_invalid"_s,
               u"/tasks/0/next/0/options/end"_s);
}

TEST(Validator, CountAndIntervalConflict)
{
    expectOnly(problemsOf(underIngest(
                   R"({"kind": "thumbnails", "options": {"count": 4, "interval": 2}})")),
               u"options_conflict"_s,
               u"/tasks/0/next/0/options/interval"_s);
}

TEST(Validator, UnsupportedUrlSchemesAreReported)
{
    for (const char *url : {"ftp://host/a.mp4", "s3://bucket/a.mp4", "data:video/mp4;base64,AA"}) {
        const QByteArray text = R"({"tasks": [{"kind": "ingest", "options": {"url": ")"
                                + QByteArray(url) + R"("}}]})";
        expectOnly(problemsOf(text), u"url_scheme_unsupported"_s, u"/tasks/0/options/url"_s);
    }
    for (const char *url : {"https://example.com/a.mp4",
                            "HTTP://example.com/a.mp4",
                            "file:///srv/a.mp4",
                            "/srv/media/a b.mp4",
                            "relative/a.mp4",
                            "C:/media/a.mp4"}) {
        const QByteArray text = R"({"tasks": [{"kind": "ingest", "options": {"url": ")"
                                + QByteArray(url) + R"("}}]})";
        EXPECT_TRUE(problemsOf(text).isEmpty()) << url << describe(problemsOf(text));
    }
}

TEST(Validator, MalformedUrlsAreReported)
{
    expectOnly(problemsOf(
                   R"({"tasks": [{"kind": "ingest", "options": {"url": "https:///a.mp4"}}]})"),
               u"url_invalid"_s,
               u"/tasks/0/options/url"_s);
    expectOnly(problemsOf(R"({"tasks": [{"kind": "ingest", "options": {"url": "a\u0000b"}}]})"),
               u"url_invalid"_s,
               u"/tasks/0/options/url"_s);
}

TEST(Validator, IngestMustBeARoot)
{
    expectOnly(problemsOf(underIngest(R"({"kind": "ingest", "options": {"url": "b.mp4"}})")),
               u"ingest_not_root"_s,
               u"/tasks/0/next/0/kind"_s);
}

TEST(Validator, ChildMustGetTheInputItNeeds)
{
    expectOnly(problemsOf(underIngest(R"({"kind": "speech", "next": [{"kind": "video"}]})")),
               u"input_mismatch"_s,
               u"/tasks/0/next/0/next/0/kind"_s);
    expectOnly(problemsOf(underIngest(R"({"kind": "audio", "next": [{"kind": "thumbnails"}]})")),
               u"input_mismatch"_s,
               u"/tasks/0/next/0/next/0/kind"_s);
    // conditions pass their input through, so a video under conditions under video is fine,
    // and transcripts feed the text kinds.
    EXPECT_TRUE(problemsOf(underIngest(R"({"kind": "video", "next": [{"kind": "conditions",
        "options": {"width": {"gt": 1}}, "next": [{"kind": "image"}]}]})"))
                    .isEmpty());
    EXPECT_TRUE(problemsOf(underIngest(R"({"kind": "speech", "next": [{"kind": "chapters"},
        {"kind": "outline"}]})"))
                    .isEmpty());
}

TEST(Validator, ConditionPropertiesMustExist)
{
    const QList<Error> problems = problemsOf(
        underIngest(R"({"kind": "conditions", "options": {"widht": {"gt": 1}}})"));
    expectOnly(problems, u"condition_property_unknown"_s, u"/tasks/0/next/0/options/widht"_s);
    EXPECT_TRUE(problems.first().message.contains(u"did you mean \"width\""));
}

TEST(Validator, ConditionOperatorsMustExist)
{
    expectOnly(problemsOf(
                   underIngest(R"({"kind": "conditions", "options": {"width": {"greater": 1}}})")),
               u"condition_operator_unknown"_s,
               u"/tasks/0/next/0/options/width/greater"_s);
}

TEST(Validator, ConditionTypesMustFit)
{
    expectOnly(problemsOf(
                   underIngest(R"({"kind": "conditions", "options": {"format": {"gt": "mp4"}}})")),
               u"condition_type_mismatch"_s,
               u"/tasks/0/next/0/options/format/gt"_s);
    expectOnly(problemsOf(
                   underIngest(R"({"kind": "conditions", "options": {"width": {"gt": "1920"}}})")),
               u"condition_type_mismatch"_s,
               u"/tasks/0/next/0/options/width/gt"_s);
    expectOnly(problemsOf(underIngest(
                   R"({"kind": "conditions", "options": {"duration": {"startsWith": "1"}}})")),
               u"condition_type_mismatch"_s,
               u"/tasks/0/next/0/options/duration/startsWith"_s);
    expectOnly(problemsOf(underIngest(
                   R"({"kind": "conditions", "options": {"format": {"in": ["mp4", 3]}}})")),
               u"condition_type_mismatch"_s,
               u"/tasks/0/next/0/options/format/in/1"_s);
    expectOnly(problemsOf(
                   underIngest(R"({"kind": "conditions", "options": {"format": {"in": []}}})")),
               u"condition_type_mismatch"_s,
               u"/tasks/0/next/0/options/format/in"_s);
    expectOnly(problemsOf(
                   underIngest(R"({"kind": "conditions", "options": {"kind": {"eq": "movie"}}})")),
               u"value_not_allowed"_s,
               u"/tasks/0/next/0/options/kind/eq"_s);
}

TEST(Validator, ConditionsMustBeOperatorObjects)
{
    expectOnly(problemsOf(underIngest(R"({"kind": "conditions", "options": {"kind": "video"}})")),
               u"condition_invalid"_s,
               u"/tasks/0/next/0/options/kind"_s);
    expectOnly(problemsOf(underIngest(R"({"kind": "conditions", "options": {"kind": {}}})")),
               u"condition_invalid"_s,
               u"/tasks/0/next/0/options/kind"_s);
}

TEST(Validator, LegacyConditionsAreChecked)
{
    expectOnly(problemsOf(underIngest(R"({"kind": "conditions", "options": {"conditions": [
        {"prop": "media.kind", "value": "video"}, {"prop": "file.colour", "value": "red"}]}})")),
               u"condition_property_unknown"_s,
               u"/tasks/0/next/0/options/conditions/1/prop"_s);
    expectOnly(problemsOf(underIngest(R"({"kind": "conditions", "options": {"conditions": [
        {"prop": "file.size", "value": "big"}]}})")),
               u"condition_type_mismatch"_s,
               u"/tasks/0/next/0/options/conditions/0/value"_s);
    expectOnly(problemsOf(underIngest(
                   R"({"kind": "conditions", "options": {"conditions": [{"value": 1}]}})")),
               u"condition_invalid"_s,
               u"/tasks/0/next/0/options/conditions/0"_s);
    // The legacy list beside the options, as older files wrote it.
    EXPECT_TRUE(problemsOf(underIngest(R"({"kind": "conditions", "conditions": [
        {"prop": "file.type", "value": "video/*"}]})"))
                    .isEmpty());
}

TEST(Validator, AConditionsTaskHoldsChecksInExactlyOneForm)
{
    // Neither form: no check at all would let every branch run.
    expectOnly(problemsOf(underIngest(R"({"kind": "conditions"})")),
               u"conditions_missing"_s,
               u"/tasks/0/next/0/options"_s);
    expectOnly(problemsOf(underIngest(R"({"kind": "conditions", "options": {}})")),
               u"conditions_missing"_s,
               u"/tasks/0/next/0/options"_s);
    expectOnly(problemsOf(underIngest(R"({"kind": "conditions", "options": {"conditions": []}})")),
               u"conditions_missing"_s,
               u"/tasks/0/next/0/options/conditions"_s);
    // Both forms, with the legacy list inside or beside the options.
    const QList<Error> inside = problemsOf(underIngest(R"({"kind": "conditions", "options": {
        "width": {"gt": 1}, "conditions": [{"prop": "kind", "value": "video"}]}})"));
    expectOnly(inside, u"conditions_mixed"_s, u"/tasks/0/next/0/options/conditions"_s);
    EXPECT_TRUE(inside.value(0).message.contains(u"width"_s))
        << inside.value(0).message.toStdString();
    expectOnly(problemsOf(underIngest(R"({"kind": "conditions", "options": {"width": {"gt": 1}},
        "conditions": [{"prop": "kind", "value": "video"}]})")),
               u"conditions_mixed"_s,
               u"/tasks/0/next/0/conditions"_s);
    expectOnly(problemsOf(underIngest(R"({"kind": "conditions",
        "options": {"conditions": [{"prop": "kind", "value": "video"}]},
        "conditions": [{"prop": "kind", "value": "audio"}]})")),
               u"conditions_mixed"_s,
               u"/tasks/0/next/0/conditions"_s);
}

TEST(Validator, FlatFormNeedsExactlyOneRootIngest)
{
    expectOnly(problemsOf(R"({"tasks": [{"kind": "video"}]})"), u"input_missing"_s, u"/tasks/0"_s);
    const QList<Error> problems = problemsOf(R"({"tasks": [
        {"kind": "ingest", "options": {"url": "a.mp4"}},
        {"kind": "ingest", "options": {"url": "b.mp4"}},
        {"kind": "speech"}, {"kind": "summary"}]})");
    ASSERT_EQ(problems.size(), 2) << describe(problems);
    EXPECT_EQ(problems[0].kind, u"input_ambiguous");
    EXPECT_EQ(problems[0].path, u"/tasks/2");
    EXPECT_EQ(problems[1].path, u"/tasks/3");
    // Two ingests, each with its own next, are two independent trees: fine.
    EXPECT_TRUE(problemsOf(R"({"tasks": [
        {"kind": "ingest", "options": {"url": "a.mp4"}, "next": [{"kind": "video"}]},
        {"kind": "ingest", "options": {"url": "b.mp4"}, "next": [{"kind": "audio"}]}]})")
                    .isEmpty());
}

TEST(Validator, AnOutsideInputReplacesTheRootIngest)
{
    ValidationOptions options;
    options.inputProvided = true;
    EXPECT_TRUE(
        problemsOf(R"({"tasks": [{"kind": "video"}, {"kind": "speech"}]})", options).isEmpty());
}

TEST(Validator, EmbeddedTargetFlagsWhatTheEngineCannotRun)
{
    ValidationOptions options;
    options.target = ValidationOptions::Target::Embedded;
    options.engineKinds = {u"ingest"_s, u"video"_s};
    const QList<Error> problems
        = problemsOf(underIngest(R"({"kind": "video"}, {"kind": "speech"}, {"kind": "nsfw"})"),
                     options);
    ASSERT_EQ(problems.size(), 2) << describe(problems);
    EXPECT_EQ(problems[0].kind, u"engine_unsupported");
    EXPECT_EQ(problems[0].path, u"/tasks/0/next/1/kind");
    EXPECT_EQ(problems[1].path, u"/tasks/0/next/2/kind");
    EXPECT_TRUE(problems[1].message.contains(u"hosted-only"));
    EXPECT_TRUE(problemsOf(underIngest(R"({"kind": "nsfw"})")).isEmpty())
        << "hosted-only kinds are valid for a remote run";
}

TEST(Validator, ReportsEveryProblemInDocumentOrder)
{
    const QList<Error> problems = problemsOf(R"({"tasks": [
        {"kind": "ingest", "options": {"url": "ftp://a"}, "next": [
            {"kind": "video", "options": {"fps": 100}, "next": [{"kind": "imagee"}]},
            {"kind": "audio", "options": {"format": "wma"}}]}]})");
    ASSERT_EQ(problems.size(), 4) << describe(problems);
    EXPECT_EQ(problems[0].path, u"/tasks/0/options/url");
    EXPECT_EQ(problems[1].path, u"/tasks/0/next/0/options/fps");
    EXPECT_EQ(problems[2].path, u"/tasks/0/next/0/next/0/kind");
    EXPECT_EQ(problems[3].path, u"/tasks/0/next/1/options/format");
}

TEST(Validator, MalformedJsonIsTheOnlyProblemWithItsPosition)
{
    const QList<Error> problems = problemsOf("{\"tasks\": [\n  {\"kind\" \"video\"}]}");
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].kind, u"json_syntax");
    EXPECT_EQ(problems[0].line, 2);
    EXPECT_GT(problems[0].column, 1);
}

TEST(Validator, IdempotencyKeyMustBeANonEmptyString)
{
    expectOnly(problemsOf(R"({"tasks": [{"kind": "ingest", "options": {"url": "a"}}],
        "idempotency_key": ""})"),
               u"value_out_of_range"_s,
               u"/idempotency_key"_s);
    expectOnly(problemsOf(R"({"tasks": [{"kind": "ingest", "options": {"url": "a"}}],
        "metadata": []})"),
               u"type_mismatch"_s,
               u"/metadata"_s);
}

TEST(ValidatorHostile, HundredThousandSiblingsValidateWellUnderASecond)
{
    QByteArray text = R"({"tasks": [{"kind": "ingest", "options": {"url": "a.mp4"}, "next": [)";
    for (int i = 0; i < 100000; ++i) {
        text += i ? "," : "";
        text += R"({"kind": "video", "options": {"width": 640, "format": "mp4"}})";
    }
    text += "]}]}";
    QElapsedTimer timer;
    timer.start();
    const QList<Error> problems = problemsOf(text);
    const qint64 elapsed = timer.elapsed();
    EXPECT_TRUE(problems.isEmpty()) << describe(problems.mid(0, 3));
    // The benchmark prints the real figure; this bound only catches a quadratic slide,
    // with room for sanitizer builds.
    EXPECT_LT(elapsed, 8000);
}

TEST(ValidatorHostile, DeepTaskChainsAreSafe)
{
    // 400 generations of tasks nest 2 * 400 + 3 levels: within the reader's limit.
    QByteArray text = R"({"tasks": [{"kind": "ingest", "options": {"url": "a.mp4"})";
    for (int i = 0; i < 400; ++i)
        text += R"(, "next": [{"kind": "conditions", "options": {"fps": {"gt": 1}})";
    for (int i = 0; i < 400; ++i)
        text += "}]";
    text += "}]}";
    EXPECT_TRUE(problemsOf(text).isEmpty()) << describe(problemsOf(text).mid(0, 3));

    QByteArray tooDeep = R"({"tasks": [{"kind": "ingest")";
    for (int i = 0; i < 100000; ++i)
        tooDeep += R"(, "next": [{"kind": "conditions")";
    const QList<Error> problems = problemsOf(tooDeep);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].kind, u"json_too_deep");
}

TEST(ValidatorHostile, InvalidUtf8AndHugeNumbersAreErrors)
{
    expectOnly(problemsOf("{\"tasks\": [{\"kind\": \"vid\xc0\xafo\"}]}"),
               u"encoding_invalid"_s,
               QString());
    expectOnly(problemsOf(underIngest(R"({"kind": "video", "options": {"width": 1e999}})")),
               u"number_out_of_range"_s,
               u"/tasks/0/next/0/options/width"_s);
    expectOnly(problemsOf(underIngest(R"({"kind": "video", "options": {"width": 1e300}})")),
               u"value_out_of_range"_s,
               u"/tasks/0/next/0/options/width"_s);
}

namespace {

// A chain of `length` tasks: an ingest, then videos, each with an options object.
QByteArray chainOf(int length)
{
    QByteArray text = R"({"tasks": [{"kind": "ingest", "options": {"url": "in.mp4"})";
    for (int i = 1; i < length; ++i)
        text += R"(, "next": [{"kind": "video", "options": {"width": 320})";
    for (int i = 1; i < length; ++i)
        text += "}]";
    return text + "}]}";
}

} // namespace

TEST(Validator, TheLongestChainThatReadsBackIsValidAndTheNextIsFlaggedWhereItCrossesTheLimit)
{
    const int longest = Validator::MaxChainLength;
    EXPECT_EQ(longest, 498);
    const QByteArray fits = chainOf(longest);
    EXPECT_TRUE(problemsOf(fits).isEmpty()) << describe(problemsOf(fits));
    // It reads as runs JSON and inside a workflow, one level further down.
    EXPECT_TRUE(bool(spool::JsonReader::read(fits)));
    EXPECT_TRUE(bool(spool::JsonReader::read(R"({"request": )" + fits + "}")));

    const QByteArray tooLong = chainOf(longest + 1);
    // Still readable as runs JSON, but its workflow would not be: flagged on the last task.
    ASSERT_TRUE(bool(spool::JsonReader::read(tooLong)));
    EXPECT_FALSE(bool(spool::JsonReader::read(R"({"request": )" + tooLong + "}")));
    const QList<Error> problems = problemsOf(tooLong);
    ASSERT_EQ(problems.size(), 1) << describe(problems);
    EXPECT_EQ(problems.at(0).kind, u"nesting_too_deep");
    EXPECT_EQ(problems.at(0).path.count(u"/next/"_s), longest);
    EXPECT_TRUE(problems.at(0).message.contains(u"999"_s)) << problems.at(0).message.toStdString();

    // A far longer chain built in memory (as the editor builds one) still gets one problem,
    // at the first task past the limit.
    QJsonObject task{{u"kind"_s, u"video"_s}, {u"options"_s, QJsonObject{{u"width"_s, 320}}}};
    for (int i = 0; i < 700; ++i) {
        task = QJsonObject{{u"kind"_s, u"video"_s},
                           {u"options"_s, QJsonObject{{u"width"_s, 320}}},
                           {u"next"_s, QJsonArray{task}}};
    }
    task.insert(u"kind"_s, u"ingest"_s);
    task.insert(u"options"_s, QJsonObject{{u"url"_s, u"in.mp4"_s}});
    const QList<Error> far = Validator().validate(QJsonObject{{u"tasks"_s, QJsonArray{task}}});
    ASSERT_EQ(far.size(), 1) << describe(far);
    EXPECT_EQ(far.at(0).path.count(u"/next/"_s), longest);
}

TEST(Validator, MetadataNestedPastTheLimitIsFlaggedAtItsTask)
{
    QByteArray deep = "1";
    for (int i = 0; i < 996; ++i)
        deep = "[" + deep + "]";
    // request 1, tasks 2, task 3, metadata 4, then 996 arrays: 1000 levels.
    const QByteArray text = R"({"tasks": [{"kind": "ingest", "options": {"url": "in.mp4"}, )"
                            R"("metadata": {"a": )"
                            + deep + "}}]}";
    ASSERT_TRUE(bool(spool::JsonReader::read(text)));
    expectOnly(problemsOf(text), u"nesting_too_deep"_s, u"/tasks/0"_s);
}

TEST(Validator, HostedOnlyKindsForTheEmbeddedEngineAreWarningsAndSchemaProblemsErrors)
{
    ValidationOptions embedded;
    embedded.target = ValidationOptions::Target::Embedded;
    embedded.engineKinds = {u"ingest"_s, u"video"_s};
    const QList<Error> problems
        = problemsOf(underIngest(
                         R"({"kind": "speech"}, {"kind": "video", "options": {"width": -5}})"),
                     embedded);
    ASSERT_EQ(problems.size(), 2) << describe(problems);
    EXPECT_EQ(problems.at(0).kind, u"engine_unsupported");
    EXPECT_EQ(Validator::severityOf(problems.at(0)), Validator::Severity::Warning);
    EXPECT_EQ(Validator::severityOf(problems.at(1)), Validator::Severity::Error);
}

// Metadata is echoed back in the run record; it has a size limit, checked at validation, with
// a message that says the limit, at the pointer of the object.
TEST(Validator, MetadataHasASizeLimit)
{
    const qsizetype limit = Validator::MaxMetadataBytes;
    const auto withMetadata = [](qsizetype bytes) -> QByteArray {
        // {"n":"xxx…"} is 8 bytes more than the string.
        return QByteArray(R"({"n": ")") + QByteArray(bytes - 8, 'x') + R"("})";
    };
    const QByteArray atLimit = withMetadata(limit);
    const QByteArray over = withMetadata(limit + 1);
    EXPECT_TRUE(problemsOf(R"({"metadata": )" + atLimit
                           + R"(, "tasks": [{"kind": "ingest", "options": {"url": "a.mp4"}}]})")
                    .isEmpty());
    const QList<Error> problems = problemsOf(
        R"({"metadata": )" + over
        + R"(, "tasks": [{"kind": "ingest", "options": {"url": "a.mp4"}}]})");
    expectOnly(problems, u"value_out_of_range"_s, u"/metadata"_s);
    EXPECT_TRUE(problems.value(0).message.contains(QString::number(limit))) << describe(problems);
    const QList<Error> inTask = problemsOf(
        underIngest(R"({"kind": "video", "metadata": )" + over + "}"));
    expectOnly(inTask, u"value_out_of_range"_s, u"/tasks/0/next/0/metadata"_s);
    EXPECT_TRUE(
        problemsOf(underIngest(R"({"kind": "video", "metadata": )" + atLimit + "}")).isEmpty());
}

TEST(Validator, AnEndAtZeroIsARangeError)
{
    expectOnly(problemsOf(underIngest(R"({"kind": "video", "options": {"end": 0}})")),
               u"range_invalid"_s,
               u"/tasks/0/next/0/options/end"_s);
    expectOnly(problemsOf(underIngest(R"({"kind": "audio", "options": {"end": 0}})")),
               u"range_invalid"_s,
               u"/tasks/0/next/0/options/end"_s);
    EXPECT_TRUE(problemsOf(underIngest(R"({"kind": "audio", "options": {"end": 0.5}})")).isEmpty());
}

// What each codec and image format can hold, from one table, with the limit in the message.
TEST(Validator, OutputSizesBeyondTheFormatAreRefused)
{
    const auto only = [](const QByteArray &child, const QString &path, const QString &limit) {
        const QList<Error> problems = problemsOf(underIngest(child));
        expectOnly(problems, u"size_unsupported"_s, path);
        if (!problems.isEmpty()) {
            EXPECT_TRUE(problems.first().message.contains(limit))
                << problems.first().message.toStdString();
        }
    };
    only(R"({"kind": "video", "options": {"width": 16384, "height": 16384}})",
         u"/tasks/0/next/0/options/width"_s,
         u"h264"_s);
    only(R"({"kind": "image", "options": {"format": "webp", "width": 16384}})",
         u"/tasks/0/next/0/options/width"_s,
         u"16383"_s);
    only(R"({"kind": "image", "options": {"format": "avif", "width": 16384, "height": 16384}})",
         u"/tasks/0/next/0/options/width"_s,
         u"avif"_s);
    only(R"({"kind": "thumbnails", "options": {"count": 1000, "width": 640}})",
         u"/tasks/0/next/0/options/count"_s,
         u"sprite sheet"_s);
    EXPECT_TRUE(
        problemsOf(underIngest(R"({"kind": "video", "options": {"width": 3840}})")).isEmpty());
    EXPECT_TRUE(
        problemsOf(underIngest(R"({"kind": "thumbnails", "options": {"count": 100, "width": 160}})"))
            .isEmpty());
}
