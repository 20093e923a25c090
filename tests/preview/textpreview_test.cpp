#include "previewrun.h"

#include <preview/jsonpreview.h>
#include <preview/outputinfo.h>
#include <preview/outputpage.h>
#include <preview/summaryview.h>

#include <QClipboard>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

TEST(TextPreview, EveryOutputOfTheRunGetsItsKindOfPreview)
{
    const spool::Run &run = test::PreviewRun::get();
    ASSERT_FALSE(run.tasks.isEmpty()) << test::PreviewRun::error().toStdString();
    const QHash<QString, OutputPage::Kind> expected{
        {u"ingest"_s, OutputPage::Kind::Video},
        {u"video"_s, OutputPage::Kind::Video},
        {u"audio"_s, OutputPage::Kind::Audio},
        {u"image"_s, OutputPage::Kind::Image},
        {u"thumbnails"_s, OutputPage::Kind::Sprite},
        {u"adaptive_video"_s, OutputPage::Kind::Adaptive},
        {u"speech"_s, OutputPage::Kind::Speech},
        {u"subtitles"_s, OutputPage::Kind::Subtitles},
        {u"chapters"_s, OutputPage::Kind::Chapters},
        {u"outline"_s, OutputPage::Kind::Outline},
        {u"summary"_s, OutputPage::Kind::Summary},
    };
    int checked = 0;
    for (const Task &task : run.tasks) {
        ASSERT_FALSE(task.outputs.isEmpty()) << task.kind.toStdString();
        EXPECT_EQ(OutputPage::kindOf(task, task.outputs.constFirst()), expected.value(task.kind))
            << task.kind.toStdString();
        ++checked;
    }
    EXPECT_EQ(checked, 21);
    const Task *thumbnails = test::PreviewRun::task(u"thumbnails"_s);
    ASSERT_EQ(thumbnails->outputs.size(), 2);
    EXPECT_EQ(OutputPage::kindOf(*thumbnails, thumbnails->outputs.at(1)),
              OutputPage::Kind::ThumbnailCues);
}

TEST(TextPreview, ASummaryIsLaidOutToReadBesideItsJson)
{
    const Task *summary = test::PreviewRun::task(u"summary"_s);
    ASSERT_NE(summary, nullptr) << test::PreviewRun::error().toStdString();
    OutputPage page(test::PreviewRun::get(), *summary, 0);
    ASSERT_NE(page.summary(), nullptr) << page.problem().toStdString();
    ASSERT_TRUE(summary->title.has_value());
    const QString text = page.summary()->toPlainText();
    EXPECT_TRUE(text.contains(*summary->title)) << text.toStdString();
    ASSERT_TRUE(summary->tags.has_value());
    for (const QString &tag : *summary->tags)
        EXPECT_TRUE(text.contains(u"#"_s + tag)) << tag.toStdString();
    ASSERT_NE(page.json(), nullptr);
    EXPECT_TRUE(page.json()->parseError().isEmpty());
}

TEST(TextPreview, AnOutlineListsItsSectionsWithTimes)
{
    const Task *outline = test::PreviewRun::task(u"outline"_s);
    ASSERT_NE(outline, nullptr) << test::PreviewRun::error().toStdString();
    OutputPage page(test::PreviewRun::get(), *outline, 0);
    ASSERT_NE(page.summary(), nullptr) << page.problem().toStdString();
    EXPECT_GE(page.summary()->sectionCount(), 1);
    EXPECT_TRUE(page.summary()->toPlainText().contains(u"0:00"_s));
    EXPECT_NE(page.media(), nullptr);
}

TEST(TextPreview, JsonIsPrettyPrintedHighlightedAndFoldable)
{
    JsonPreview preview;
    preview.setJson(
        R"({"kind":"speech","text":["a","b"],"words":[{"word":"a","start":0.5}],"n":null})");
    EXPECT_TRUE(preview.parseError().isEmpty());
    QTreeWidget *tree = preview.tree();
    ASSERT_EQ(tree->topLevelItemCount(), 4);
    QTreeWidgetItem *words = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0) == u"words")
            words = tree->topLevelItem(i);
    }
    ASSERT_NE(words, nullptr);
    EXPECT_EQ(words->childCount(), 1);
    EXPECT_EQ(words->child(0)->childCount(), 2);
    // Folding: collapsed and expanded by the tree.
    words->setExpanded(false);
    EXPECT_FALSE(words->isExpanded());
    words->setExpanded(true);
    EXPECT_TRUE(words->isExpanded());
    // Values coloured by type: a string and a number differ.
    const QTreeWidgetItem *kind = tree->findItems(u"kind"_s, Qt::MatchExactly).value(0);
    ASSERT_NE(kind, nullptr);
    const QTreeWidgetItem *start = words->child(0)->child(0);
    ASSERT_EQ(start->text(0), u"start"_s);
    EXPECT_NE(kind->foreground(1).color(), start->foreground(1).color());
    EXPECT_TRUE(preview.text()->toPlainText().contains(u"\n    \"kind\": \"speech\""_s))
        << preview.text()->toPlainText().toStdString();

    preview.setJson("{not json");
    EXPECT_TRUE(preview.parseError().contains(u"byte"_s));
    EXPECT_TRUE(preview.text()->toPlainText().contains(u"{not json"_s));
}

TEST(TextPreview, EveryOutputShowsItsProbeAndCopiesItsPath)
{
    const Task *video = test::PreviewRun::task(u"video"_s, u"mp4"_s);
    ASSERT_NE(video, nullptr) << test::PreviewRun::error().toStdString();
    OutputPage page(test::PreviewRun::get(), *video, 0);
    OutputInfo *info = page.info();
    QStringList labels;
    for (const auto &[label, value] : info->facts())
        labels.append(label);
    for (const QString &label :
         {u"Video"_s, u"Audio"_s, u"Size"_s, u"Duration"_s, u"Bit rate"_s, u"File size"_s})
        EXPECT_TRUE(labels.contains(label)) << label.toStdString();
    const auto facts = info->facts();
    for (const auto &[label, value] : facts) {
        if (label == u"Video") {
            EXPECT_EQ(value, u"h264"_s);
        }
        if (label == u"Size") {
            EXPECT_EQ(value, u"320 × 240"_s);
        }
    }
    info->copyPath();
    EXPECT_EQ(QGuiApplication::clipboard()->text(), info->path());
    EXPECT_TRUE(info->path().endsWith(u".mp4"_s));
    EXPECT_TRUE(info->folderButton()->isEnabled());
    EXPECT_TRUE(info->openButton()->isEnabled());
}
