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

TEST(Cli, UnknownCommandAndHelp)
{
    EXPECT_EQ(runCli({u"frobnicate"_s}).exitCode, 2);
    const Outcome help = runCli({u"--help"_s});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(u"validate"_s));
    EXPECT_TRUE(help.out.contains(u"fmt"_s));
    EXPECT_EQ(runCli({u"fmt"_s, u"--help"_s}).exitCode, 0);
}
