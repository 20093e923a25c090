// What the window's validation shows: severities, where problems are in words, sentences.

#include <document.h>
#include <editorcontroller.h>
#include <validationcontroller.h>

#include <graph/graphscene.h>
#include <graph/graphview.h>
#include <graph/nodeitem.h>
#include <issues/issueswidget.h>

#include <gtest/gtest.h>

using namespace spool;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Validated
{
    Document document;
    GraphScene scene{document.model()};
    IssuesWidget issues;
    ValidationController validation{document.model(), &scene, &issues, nullptr};

    void load(const char *json)
    {
        const auto request = RunRequest::fromText(json);
        ASSERT_TRUE(request);
        document.model()->load(*request);
        validation.validateNow();
    }
};

} // namespace

TEST(WindowValidation, AnEmptyDocumentIsNotAnError)
{
    Validated window;
    window.validation.validateNow();
    EXPECT_TRUE(window.validation.issues().isEmpty());
    EXPECT_TRUE(window.issues.summary().contains(u"add a task"_s))
        << window.issues.summary().toStdString();
}

TEST(WindowValidation, ProblemsNameTheirTaskAndFieldStartWithACapitalAndHaveASeverity)
{
    Validated window;
    window.load(R"({"tasks": [{"kind": "ingest", "options": {"url": "in.mp4"}, "next": [
        {"kind": "video", "options": {"width": -5}},
        {"kind": "audio", "metadata": {"name": "Voice"}, "options": {"bitrate": 0}},
        {"kind": "nsfw"}]}], "idempotency_key": ""})");
    const QList<Issue> &issues = window.validation.issues();
    QStringList where;
    for (const Issue &issue : issues) {
        where.append(issue.where);
        // A sentence, unless it starts with a name from the runs JSON, which keeps its case.
        if (issue.kind == u"engine_unsupported")
            EXPECT_TRUE(issue.message.startsWith(u"nsfw "_s)) << issue.message.toStdString();
        else
            EXPECT_TRUE(issue.message.at(0).isUpper()) << issue.message.toStdString();
    }
    EXPECT_TRUE(where.contains(u"video › width"_s)) << where.join(u" | "_s).toStdString();
    EXPECT_TRUE(where.contains(u"Voice (audio) › bitrate"_s)) << where.join(u" | "_s).toStdString();
    EXPECT_TRUE(where.contains(u"Request › idempotency_key"_s))
        << where.join(u" | "_s).toStdString();
    int warnings = 0;
    for (const Issue &issue : issues) {
        if (issue.severity == Validator::Severity::Warning) {
            ++warnings;
            EXPECT_EQ(issue.where, u"nsfw › kind"_s) << "a hosted-only kind is a warning";
        }
    }
    EXPECT_EQ(warnings, 1);
    // The tooltip on the node reads the same sentence.
    const QList<Error> own = window.validation.problemsOf(
        window.document.model()->nodeAtPointer(u"/tasks/0/next/0"));
    ASSERT_EQ(own.size(), 1);
    EXPECT_TRUE(own.at(0).message.startsWith(u"Must"_s)) << own.at(0).message.toStdString();
}

// The canvas speaks the Issues dock's severities: a node with only warnings (a hosted-only
// kind on the embedded engine) gets an amber badge, a node with an error a red one.
TEST(WindowValidation, ANodeWithOnlyWarningsGetsAWarningBadgeAndOneWithAnErrorARedOne)
{
    Validated window;
    window.load(R"({"tasks": [{"kind": "ingest", "options": {"url": "in.mp4"}, "next": [
        {"kind": "nsfw"}, {"kind": "video", "options": {"width": -5}}]}]})");
    const QList<NodeId> children = window.document.model()->children(
        window.document.model()->roots().constFirst());
    ASSERT_EQ(children.size(), 2);
    NodeItem *nsfw = window.scene.nodeItem(children.at(0));
    NodeItem *video = window.scene.nodeItem(children.at(1));
    ASSERT_TRUE(nsfw && video);
    ASSERT_TRUE(nsfw->hasProblems());
    EXPECT_FALSE(nsfw->hasErrors());
    ASSERT_TRUE(video->hasErrors());
    EXPECT_NE(nsfw->badgeColour(), video->badgeColour());
    EXPECT_GT(nsfw->badgeColour().green(), nsfw->badgeColour().blue()) << "amber, not red";
    EXPECT_EQ(video->badgeColour(), QColor(0xd0, 0x30, 0x30));
}
