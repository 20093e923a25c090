// Serialisation is tested by save → clear → load → compare.

#include <addnodescommand.h>
#include <document.h>
#include <graph/nodesummary.h>
#include <schema/validator.h>
#include <setoptioncommand.h>
#include <spoolfile.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace spool;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(text);
}

QStringList exampleRequests()
{
    QStringList paths;
    for (const QString &folder : {QStringLiteral(SPOOL_TEST_DATA "/spec"),
                                  QStringLiteral(SPOOL_TEST_DATA "/../../resources/examples")}) {
        const QDir dir(folder);
        for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
            paths.append(dir.filePath(name));
    }
    return paths;
}

} // namespace

TEST(Document, ImportThenExportGivesTheExampleBackForEveryExample)
{
    const QStringList examples = exampleRequests();
    ASSERT_GE(examples.size(), 7);
    QTemporaryDir dir;
    for (const QString &path : examples) {
        SCOPED_TRACE(path.toStdString());
        Document document;
        ASSERT_FALSE(document.open(path).has_value());
        EXPECT_FALSE(document.isModified());
        EXPECT_EQ(document.displayName(), QFileInfo(path).fileName());
        const QString out = dir.filePath(u"out.json"_s);
        ASSERT_FALSE(document.exportRequest(out).has_value());
        const auto original = RunRequest::fromText(readFile(path));
        const auto exported = RunRequest::fromText(readFile(out));
        ASSERT_TRUE(original && exported);
        EXPECT_EQ(*exported, *original);
        EXPECT_EQ(readFile(out), original->toCanonicalText());
        // And judged by Qt's own reader rather than Spool's codec: the same JSON value.
        EXPECT_EQ(QJsonDocument::fromJson(readFile(out)), QJsonDocument::fromJson(readFile(path)));
        // Laid out: no two nodes share a position.
        QSet<std::pair<qreal, qreal>> seen;
        for (NodeId id : document.model()->nodeIds()) {
            const QPointF p = document.model()->node(id)->position;
            EXPECT_TRUE(!seen.contains({p.x(), p.y()}));
            seen.insert({p.x(), p.y()});
        }
    }
}

TEST(Document, SaveClearOpenGivesTheSameWorkflowAndLayout)
{
    QTemporaryDir dir;
    Document document;
    ASSERT_FALSE(document.open(QStringLiteral(SPOOL_TEST_DATA "/spec/05-every-kind.json")));
    const NodeId root = document.model()->roots().constFirst();
    TaskDef extra;
    extra.kind = u"audio"_s;
    document.undoStack()->push(
        new AddNodesCommand(document.model(), {extra}, {QPointF(-123.5, 456)}, root));
    EXPECT_TRUE(document.isModified());
    const RunRequest request = document.model()->toRequest();
    QList<QPointF> positions;
    for (NodeId id : document.model()->nodeIds())
        positions.append(document.model()->node(id)->position);

    QSignalSpy modified(&document, &Document::modifiedChanged);
    const QString path = dir.filePath(u"every kind.spool"_s);
    ASSERT_FALSE(document.save(path).has_value());
    EXPECT_FALSE(document.isModified());
    EXPECT_EQ(modified.size(), 1);
    EXPECT_EQ(document.filePath(), path);

    document.clear();
    EXPECT_EQ(document.model()->nodeCount(), 0);
    ASSERT_FALSE(document.open(path).has_value());
    EXPECT_EQ(document.model()->toRequest(), request);
    QList<QPointF> reopened;
    for (NodeId id : document.model()->nodeIds())
        reopened.append(document.model()->node(id)->position);
    EXPECT_EQ(reopened, positions);
    EXPECT_EQ(document.displayName(), u"every kind.spool"_s);
    EXPECT_EQ(document.undoStack()->count(), 0);
}

TEST(SpoolFile, FormatOneMigratesItsPointerKeyedPositions)
{
    const QByteArray formatOne = R"({"format": 1,
        "request": {"tasks": [{"kind": "ingest", "options": {"url": "a.mp4"},
                               "next": [{"kind": "video"}, {"kind": "audio"}]}],
                    "metadata": {"project": "old"}},
        "positions": {"/tasks/0": [0, 40], "/tasks/0/next/0": [300, 0],
                      "/tasks/0/next/1": [300, 80]}})";
    const Result<SpoolFile> file = SpoolFile::fromText(formatOne, u"old.spool"_s);
    ASSERT_TRUE(file) << file.error().message.toStdString();
    EXPECT_EQ(file->positions, (QList<QPointF>{QPointF(0, 40), QPointF(300, 0), QPointF(300, 80)}));
    EXPECT_EQ(file->request.metadata->value(u"project"_s).toString(), u"old"_s);

    // Written back, it is format 2, and reads to the same thing.
    const QByteArray formatTwo = file->toText();
    EXPECT_TRUE(formatTwo.contains(R"("format": 2)")) << formatTwo.constData();
    const Result<SpoolFile> again = SpoolFile::fromText(formatTwo, u"new.spool"_s);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->positions, file->positions);
    EXPECT_EQ(again->request, file->request);

    // A format-1 layout that misses a task is an error that says which.
    const Result<SpoolFile> broken = SpoolFile::fromText(
        R"({"format": 1, "request": {"tasks": [{"kind": "ingest", "next": [{"kind": "video"}]}]},
            "positions": {"/tasks/0": [0, 0]}})",
        u"broken.spool"_s);
    ASSERT_FALSE(broken);
    EXPECT_TRUE(broken.error().message.contains(u"/tasks/0/next/0"_s));
    EXPECT_EQ(broken.error().path, u"broken.spool"_s);
}

TEST(SpoolFile, RefusesNewerFormatsAndBrokenFilesAndKeepsTheDocument)
{
    QTemporaryDir dir;
    Document document;
    ASSERT_FALSE(document.open(QStringLiteral(SPOOL_TEST_DATA "/spec/01-request.json")));
    const RunRequest before = document.model()->toRequest();

    const QString newer = dir.filePath(u"newer.spool"_s);
    writeFile(newer, R"({"spool": {"format": 99}, "request": {"tasks": []}})");
    const std::optional<Error> tooNew = document.open(newer);
    ASSERT_TRUE(tooNew);
    EXPECT_EQ(tooNew->kind, u"format_too_new"_s);
    EXPECT_TRUE(tooNew->message.contains(u"99"_s));

    const QString garbage = dir.filePath(u"garbage.json"_s);
    writeFile(garbage, "{\"tasks\": [ {\"kind\": ");
    const std::optional<Error> broken = document.open(garbage);
    ASSERT_TRUE(broken);
    EXPECT_TRUE(broken->message.contains(u"garbage.json:1:"_s)) << broken->message.toStdString();

    const std::optional<Error> missing = document.open(dir.filePath(u"missing.spool"_s));
    ASSERT_TRUE(missing);
    EXPECT_EQ(missing->kind, u"read_failed"_s);

    EXPECT_EQ(document.model()->toRequest(), before) << "a failed open changes nothing";
}

TEST(Document, ARunRequestWithAFormatMemberIsImportedNotTakenForAWorkflow)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"tagged.json"_s);
    writeFile(path, R"({"tasks": [{"kind": "ingest"}], "format": 1, "spool": {"format": 2}})");
    Document document;
    ASSERT_FALSE(document.open(path).has_value());
    EXPECT_EQ(document.model()->toRequest().extra.value(u"format"_s).toInt(), 1);
    EXPECT_TRUE(document.filePath().isEmpty()) << "imported, not opened as a .spool";
}

TEST(Document, SavingToAnUnwritablePlaceFailsAndStaysModified)
{
    Document document;
    TaskDef ingest;
    ingest.kind = u"ingest"_s;
    document.undoStack()->push(new AddNodesCommand(document.model(), {ingest}, {}));
    const std::optional<Error> error = document.save(u"/nonexistent-folder/x.spool"_s);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->kind, u"write_failed"_s);
    EXPECT_TRUE(document.isModified());
    EXPECT_TRUE(document.filePath().isEmpty());
}

TEST(Document, ImportKeepsEverythingAnOddRequestSays)
{
    // Unknown keys at both levels, an empty `next`, empty options, a kind Spool does not
    // know, a legacy conditions list beside the options, and a chain 400 tasks deep.
    QByteArray text = R"({"tasks": [
        {"kind": "ingest", "options": {}, "next": [], "x-note": {"a": [1, 2]}},
        {"kind": "teleport", "options": {"speed": 9}, "metadata": {}},
        {"kind": "conditions", "conditions": [{"prop": "kind", "value": "video"}]},
        {"kind": "video", "next": [)";
    for (int i = 0; i < 400; ++i)
        text += R"({"kind": "conditions", "next": [)";
    text += R"({"kind": "image"})";
    for (int i = 0; i < 400; ++i)
        text += "]}";
    text += R"(]}], "idempotency_key": "", "x-client": true})";
    const auto request = RunRequest::fromText(text);
    ASSERT_TRUE(request) << request.error().message.toStdString();

    QTemporaryDir dir;
    const QString path = dir.filePath(u"odd.json"_s);
    writeFile(path, text);
    Document document;
    ASSERT_FALSE(document.open(path).has_value());
    EXPECT_EQ(document.model()->nodeCount(), 405);
    EXPECT_EQ(document.model()->toRequest(), *request);
    const QString spool = dir.filePath(u"odd.spool"_s);
    ASSERT_FALSE(document.save(spool).has_value());
    Document reopened;
    ASSERT_FALSE(reopened.open(spool).has_value());
    EXPECT_EQ(reopened.model()->toRequest().toCanonicalText(), request->toCanonicalText());
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

TEST(Document, TheLongestChainSavesExportsAndReopensAndALongerOneIsNotWritten)
{
    QTemporaryDir dir;
    {
        Document document;
        ASSERT_FALSE(
            document.importText(chainOf(Validator::MaxChainLength), u"chain.json"_s).has_value());
        const QString spool = dir.filePath(u"chain.spool"_s);
        const QString json = dir.filePath(u"chain.json"_s);
        ASSERT_FALSE(document.save(spool).has_value());
        ASSERT_FALSE(document.exportRequest(json).has_value());
        Document reopened;
        EXPECT_FALSE(reopened.open(spool).has_value());
        EXPECT_EQ(reopened.model()->nodeIds().size(), Validator::MaxChainLength);
        EXPECT_TRUE(Validator().validateText(readFile(json)).isEmpty());
    }
    Document document;
    ASSERT_FALSE(
        document.importText(chainOf(Validator::MaxChainLength + 1), u"chain.json"_s).has_value());
    const QString spool = dir.filePath(u"longer.spool"_s);
    const QString json = dir.filePath(u"longer.json"_s);
    const std::optional<Error> saved = document.save(spool);
    ASSERT_TRUE(saved.has_value());
    EXPECT_EQ(saved->kind, u"nesting_too_deep");
    EXPECT_TRUE(saved->message.contains(u"task 499"_s)) << saved->message.toStdString();
    EXPECT_TRUE(saved->message.contains(u"999"_s));
    EXPECT_TRUE(document.exportRequest(json).has_value());
    EXPECT_FALSE(QFile::exists(spool));
    EXPECT_FALSE(QFile::exists(json));
}

// Open, edit another field, save: the rules of a conditions task are still in the order they
// were written, in the .spool, in the export, and on the node.
TEST(Document, AnEditElsewhereKeepsTheRulesOfAConditionsTaskInWrittenOrder)
{
    QTemporaryDir dir;
    const QString source = dir.filePath(u"rules.json"_s);
    writeFile(source, R"({"tasks": [{"kind": "ingest", "options": {"url": "/a.mp4"},
        "next": [{"kind": "conditions",
                  "options": {"width": {"gt": 1920}, "kind": {"eq": "video"},
                              "duration": {"lte": 60, "gte": 5}}}]}]})");
    Document document;
    ASSERT_FALSE(document.open(source).has_value());
    const NodeId ingest = document.model()->roots().constFirst();
    const NodeId conditions = document.model()->children(ingest).constFirst();
    EXPECT_EQ(NodeSummary::text(u"conditions"_s,
                                document.model()->node(conditions)->options,
                                document.model()->node(conditions)->optionOrder),
              u"width > 1920, kind = video, duration ≤ 60, duration ≥ 5"_s);

    document.undoStack()->push(
        new SetOptionCommand(document.model(), ingest, u"url"_s, u"/b.mp4"_s));
    const QString spool = dir.filePath(u"rules.spool"_s);
    ASSERT_FALSE(document.save(spool).has_value());
    const QString exported = dir.filePath(u"rules-out.json"_s);
    ASSERT_FALSE(document.exportRequest(exported).has_value());
    for (const QString &path : {spool, exported}) {
        SCOPED_TRACE(path.toStdString());
        const QByteArray text = readFile(path);
        EXPECT_LT(text.indexOf("\"width\""), text.indexOf("\"kind\": {")) << text.constData();
        EXPECT_LT(text.indexOf("\"kind\": {"), text.indexOf("\"duration\"")) << text.constData();
        EXPECT_LT(text.indexOf("\"lte\""), text.indexOf("\"gte\"")) << text.constData();
    }

    Document reopened;
    ASSERT_FALSE(reopened.open(spool).has_value());
    const NodeId again
        = reopened.model()->children(reopened.model()->roots().constFirst()).constFirst();
    EXPECT_EQ(NodeSummary::rule(*reopened.model()->node(again)->options,
                                reopened.model()->node(again)->optionOrder),
              u"width > 1920, kind = video, duration ≤ 60, duration ≥ 5"_s);
}
