#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

Outcome runCli(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(SPOOL_CLI), arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    EXPECT_TRUE(process.waitForFinished(30000));
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    return {process.exitCode(),
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString specFile(const QString &name)
{
    return QStringLiteral(SPOOL_TEST_DATA) + u"/spec/"_s + name;
}

QStringList specFiles()
{
    QStringList files;
    const QDir dir(QStringLiteral(SPOOL_TEST_DATA) + u"/spec"_s);
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

// Writes `text` to a file in `dir` and returns its path.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    QFile file(dir.filePath(name));
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(text);
    return file.fileName();
}

} // namespace

TEST(CliValidate, AcceptsEveryValidSpecExample)
{
    const Outcome outcome = runCli(QStringList{u"validate"_s} + specFiles());
    EXPECT_EQ(outcome.exitCode, 0) << outcome.out.toStdString() << outcome.err.toStdString();
    EXPECT_TRUE(outcome.out.isEmpty());
}

// The same limit as the window's (Validator::MaxRequestDepth): the longest chain that reads
// back is valid, the next is flagged where it crosses the limit.
TEST(CliValidate, AgreesWithTheEditorAboutTheDeepestChain)
{
    const auto chainOf = [](int length) -> QByteArray {
        QByteArray text = R"({"tasks": [{"kind": "ingest", "options": {"url": "in.mp4"})";
        for (int i = 1; i < length; ++i)
            text += R"(, "next": [{"kind": "video", "options": {"width": 320})";
        for (int i = 1; i < length; ++i)
            text += "}]";
        return text + "}]}";
    };
    QTemporaryDir dir;
    const Outcome fits = runCli({u"validate"_s, writeFile(dir, u"498.json"_s, chainOf(498))});
    EXPECT_EQ(fits.exitCode, 0) << fits.out.toStdString();
    const Outcome deeper = runCli({u"validate"_s, writeFile(dir, u"499.json"_s, chainOf(499))});
    EXPECT_EQ(deeper.exitCode, 1);
    EXPECT_TRUE(deeper.out.contains(u"999 levels"_s)) << deeper.out.left(300).toStdString();
    EXPECT_EQ(deeper.out.count(u'\n'), 1) << "one problem, at the first task past the limit";
}

TEST(CliValidate, PrintsOneLinePerProblemWithItsPointer)
{
    QTemporaryDir dir;
    const QString flow = writeFile(dir, u"flow.json"_s, R"({"tasks": [{"kind": "ingest",
        "options": {"url": "in.mp4"}, "next": [{"kind": "video"},
        {"kind": "video", "options": {"width": -1, "format": "avi"}}]}]})");
    const Outcome outcome = runCli({u"validate"_s, flow});
    EXPECT_EQ(outcome.exitCode, 1);
    const QStringList lines = outcome.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2) << outcome.out.toStdString();
    EXPECT_TRUE(lines.contains(
        flow + u": /tasks/0/next/1/options/width: must be a positive integer or a percentage"_s))
        << outcome.out.toStdString();
    EXPECT_TRUE(lines[0].startsWith(flow + u": /tasks/0/next/1/options/format: "_s)
                || lines[1].startsWith(flow + u": /tasks/0/next/1/options/format: "_s));
}

TEST(CliValidate, MalformedJsonShowsLineAndColumn)
{
    QTemporaryDir dir;
    const QString flow = writeFile(dir, u"broken.json"_s, "{\n  \"tasks\": [\n    {\"kind\": }\n");
    const Outcome outcome = runCli({u"validate"_s, flow});
    EXPECT_EQ(outcome.exitCode, 1);
    EXPECT_TRUE(outcome.out.startsWith(flow + u":3:"_s)) << outcome.out.toStdString();
}

TEST(CliValidate, UnreadableFileExitsTwoAndStillChecksTheOthers)
{
    QTemporaryDir dir;
    const QString bad = writeFile(dir, u"bad.json"_s, R"({"tasks": []})");
    const Outcome outcome = runCli({u"validate"_s, dir.filePath(u"missing.json"_s), bad});
    EXPECT_EQ(outcome.exitCode, 2);
    EXPECT_TRUE(outcome.err.contains(u"missing.json"_s));
    EXPECT_TRUE(outcome.out.contains(bad + u": /tasks: "_s)) << outcome.out.toStdString();
    EXPECT_EQ(runCli({u"validate"_s, dir.path()}).exitCode, 2) << "a directory";
}

TEST(CliValidate, ReadsStandardInputAndPrintsJson)
{
    const Outcome outcome = runCli({u"validate"_s, u"--json"_s, u"-"_s},
                                   R"({"tasks": [{"kind": "videoo"}]})");
    EXPECT_EQ(outcome.exitCode, 1);
    const QJsonArray problems = QJsonDocument::fromJson(outcome.out.toUtf8()).array();
    ASSERT_EQ(problems.size(), 1) << outcome.out.toStdString();
    EXPECT_EQ(problems[0].toObject().value(u"kind").toString(), u"kind_unknown");
    EXPECT_EQ(problems[0].toObject().value(u"path").toString(), u"/tasks/0/kind");
    EXPECT_EQ(problems[0].toObject().value(u"file").toString(), u"<stdin>");
}

TEST(CliValidate, EmbeddedTargetFlagsUnsupportedKinds)
{
    // The last example holds the hosted-only kinds, which the embedded engine refuses; the
    // first holds only kinds it runs.
    const Outcome outcome = runCli(
        {u"validate"_s, u"--for"_s, u"embedded"_s, specFile(u"05-every-kind.json"_s)});
    EXPECT_EQ(outcome.exitCode, 1);
    EXPECT_TRUE(outcome.out.contains(u"/tasks/0/next/6/next/0/kind: nsfw is a hosted-only kind"_s))
        << outcome.out.toStdString();
    EXPECT_EQ(outcome.out.count(u'\n'), 2) << "nsfw and upload, nothing else";
    EXPECT_EQ(runCli({u"validate"_s, u"--for"_s, u"embedded"_s, specFile(u"01-request.json"_s)})
                  .exitCode,
              0);
    EXPECT_EQ(runCli({u"validate"_s, u"--for"_s, u"mars"_s, specFile(u"02-conditions.json"_s)})
                  .exitCode,
              2);
}

TEST(CliValidate, HelpDescribesTheCommand)
{
    const Outcome outcome = runCli({u"validate"_s, u"--help"_s});
    EXPECT_EQ(outcome.exitCode, 0);
    EXPECT_TRUE(outcome.out.contains(u"Usage: spool-cli validate"_s)) << outcome.out.toStdString();
    EXPECT_TRUE(outcome.out.contains(u"--for"_s));
    EXPECT_EQ(runCli({u"validate"_s}).exitCode, 2);
}

TEST(CliFmt, RoundTripsEverySpecExample)
{
    for (const QString &file : specFiles()) {
        const Outcome first = runCli({u"fmt"_s, file});
        ASSERT_EQ(first.exitCode, 0) << file.toStdString() << first.err.toStdString();
        QFile original(file);
        ASSERT_TRUE(original.open(QIODevice::ReadOnly));
        EXPECT_EQ(QJsonDocument::fromJson(first.out.toUtf8()),
                  QJsonDocument::fromJson(original.readAll()))
            << file.toStdString();
        const Outcome second = runCli({u"fmt"_s, u"-"_s}, first.out.toUtf8());
        EXPECT_EQ(second.out, first.out) << "fmt is idempotent: " << file.toStdString();
    }
}

TEST(CliFmt, WriteRewritesTheFileInPlace)
{
    QTemporaryDir dir;
    const QString flow = writeFile(dir,
                                   u"flow.json"_s,
                                   R"({"tasks":[{"options":{"url":"a.mp4"},"kind":"ingest"}]})");
    EXPECT_EQ(runCli({u"fmt"_s, u"--write"_s, flow}).exitCode, 0);
    QFile file(flow);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(),
              QByteArray(
                  "{\n  \"tasks\": [\n    {\n      \"kind\": \"ingest\",\n      \"options\": "
                  "{\n        \"url\": \"a.mp4\"\n      }\n    }\n  ]\n}\n"));
}

TEST(CliFmt, RefusesWhatIsNotARunRequestAndLeavesTheFileAlone)
{
    QTemporaryDir dir;
    const QByteArray text = R"({"tasks": [{"kind": 3}]})";
    const QString flow = writeFile(dir, u"flow.json"_s, text);
    const Outcome outcome = runCli({u"fmt"_s, u"--write"_s, flow});
    EXPECT_EQ(outcome.exitCode, 1);
    EXPECT_TRUE(outcome.err.contains(u"/tasks/0/kind"_s)) << outcome.err.toStdString();
    QFile file(flow);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), text);
    EXPECT_EQ(runCli({u"fmt"_s, dir.filePath(u"nope.json"_s)}).exitCode, 2);
}

TEST(CliFmt, KeepsEveryNumberAsWrittenOrRefusesIt)
{
    QTemporaryDir dir;
    const QString flow = writeFile(dir,
                                   u"flow.json"_s,
                                   R"({"tasks": [{"kind": "ingest", "options": {"url": "a.mp4"}}],
 "metadata": {"a": 9007199254740992, "b": 9007199254740993, "c": -9223372036854775808,
  "d": 18446744073709551616, "e": 0.1, "f": 1.5e300, "g": 1.0}})");
    const Outcome kept = runCli({u"fmt"_s, flow});
    ASSERT_EQ(kept.exitCode, 0) << kept.err.toStdString();
    for (const QString &number : {u"\"a\": 9007199254740992"_s,
                                  u"\"b\": 9007199254740993"_s,
                                  u"\"c\": -9223372036854775808"_s,
                                  u"\"d\": 18446744073709551616"_s,
                                  u"\"e\": 0.1"_s,
                                  u"\"f\": 1.5e+300"_s,
                                  u"\"g\": 1\n"_s})
        EXPECT_TRUE(kept.out.contains(number)) << number.toStdString() << kept.out.toStdString();

    // A number fmt could not write back unchanged is refused, with its place, and the file
    // is left alone.
    const QList<std::pair<QByteArray, QString>> refused{
        {R"({"tasks": [{"kind": "ingest", "options": {"url": "a.mp4"}}],
 "metadata": {"n": -0.0}})",
         u"flow.json:2:20: /metadata/n: "_s},
        {R"({"tasks": [{"kind": "ingest", "options": {"url": "a.mp4"}}],
 "metadata": {"n": 123456789012345678901234567890}})",
         u"flow.json:2:20: /metadata/n: "_s},
        {R"({"tasks": [{"kind": "ingest", "options": {"url": "a.mp4"}}],
 "metadata": {"n": 1e400}})",
         u"flow.json:2:20: /metadata/n: "_s},
    };
    for (const auto &[text, where] : refused) {
        const QString path = writeFile(dir, u"flow.json"_s, text);
        const Outcome outcome = runCli({u"fmt"_s, u"--write"_s, path});
        EXPECT_EQ(outcome.exitCode, 1) << text.constData();
        EXPECT_TRUE(outcome.err.contains(where)) << outcome.err.toStdString();
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_EQ(file.readAll(), text);
    }
}

TEST(CliValidate, ADuplicateKeySpelledWithAnEscapeIsAnError)
{
    QTemporaryDir dir;
    const QString flow = writeFile(dir,
                                   u"flow.json"_s,
                                   R"({"tasks": [{"kind": "ingest",
  "options": {"url": "seen.mp4", "\u0075rl": "/etc/passwd"}}]})");
    const Outcome validated = runCli({u"validate"_s, flow});
    EXPECT_EQ(validated.exitCode, 1);
    EXPECT_TRUE(validated.out.contains(u"flow.json:2:34: /tasks/0/options/url"_s))
        << validated.out.toStdString();
    EXPECT_EQ(runCli({u"fmt"_s, flow}).exitCode, 1);
}

TEST(Cli, UnknownCommandAndHelp)
{
    EXPECT_EQ(runCli({u"frobnicate"_s}).exitCode, 2);
    const Outcome help = runCli({u"--help"_s});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(u"validate"_s));
    EXPECT_TRUE(help.out.contains(u"fmt"_s));
    EXPECT_EQ(runCli({u"fmt"_s, u"--help"_s}).exitCode, 0);
}

// Every numeric option is checked against its range before anything runs, and the message
// names the option, the value given and the range allowed (a value too large for any integer
// type included, which must not wrap around into a negative or small limit).
TEST(Cli, NumericOptionsAreRangeChecked)
{
    QTemporaryDir dir;
    // A request that would fail (exit 1) if it ran: exit 2 shows the option was refused first.
    const QString flow = writeFile(dir, u"flow.json"_s, R"({"tasks": [{"kind": "ingest",
        "options": {"url": "nothing-here.mp4"}}]})");
    const QString workspace = dir.filePath(u"ws"_s);
    struct Case
    {
        QStringList arguments;
        QString option;
        QString value;
        QString range;
    };
    const QList<Case> cases{
        {{u"run"_s, flow}, u"--max-download"_s, u"9007199254740993"_s, u"from 1 to 1048576"_s},
        {{u"run"_s, flow}, u"--max-download"_s, u"17592186044416"_s, u"from 1 to 1048576"_s},
        {{u"run"_s, flow}, u"--max-download"_s, u"99999999999999999999999"_s, u"from 1 to 1048576"_s},
        {{u"run"_s, flow}, u"--max-download"_s, u"-5"_s, u"from 1 to 1048576"_s},
        {{u"run"_s, flow}, u"--max-download"_s, u"0"_s, u"from 1 to 1048576"_s},
        {{u"run"_s, flow}, u"--max-download"_s, u"5.5"_s, u"from 1 to 1048576"_s},
        {{u"run"_s, flow}, u"--threads"_s, u"0"_s, u"from 1 to 256"_s},
        {{u"run"_s, flow}, u"--threads"_s, u"4294967297"_s, u"from 1 to 256"_s},
        {{u"run"_s, flow}, u"--threads"_s, u"many"_s, u"from 1 to 256"_s},
        {{u"runs"_s}, u"--limit"_s, u"0"_s, u"from 1 to 100"_s},
        {{u"runs"_s}, u"--limit"_s, u"4294967297"_s, u"from 1 to 100"_s},
        {{u"runs"_s}, u"--limit"_s, u"-1"_s, u"from 1 to 100"_s},
    };
    for (const Case &item : cases) {
        const Outcome outcome = runCli(
            item.arguments + QStringList{item.option, item.value, u"--workspace"_s, workspace});
        const std::string what = QString(item.option + u' ' + item.value).toStdString();
        EXPECT_EQ(outcome.exitCode, 2) << what << ": " << outcome.err.toStdString();
        EXPECT_TRUE(outcome.err.contains(item.option)) << what << ": " << outcome.err.toStdString();
        EXPECT_TRUE(outcome.err.contains(u'"' + item.value + u'"'))
            << what << ": " << outcome.err.toStdString();
        EXPECT_TRUE(outcome.err.contains(item.range)) << what << ": " << outcome.err.toStdString();
    }
    // The bounds themselves are accepted.
    EXPECT_EQ(runCli({u"run"_s,
                      flow,
                      u"--max-download"_s,
                      u"1048576"_s,
                      u"--threads"_s,
                      u"256"_s,
                      u"--workspace"_s,
                      workspace})
                  .exitCode,
              1);
    EXPECT_EQ(runCli({u"runs"_s, u"--limit"_s, u"100"_s, u"--workspace"_s, workspace}).exitCode, 0);
}
