#include <common/spectext.h>
#include <inspector/inspectorwidget.h>
#include <palette/palettewidget.h>
#include <palette/quickaddpopup.h>
#include <schema/kindspec.h>

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QJsonObject>
#include <QLabel>
#include <QTranslator>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using spool::InspectorWidget;
using spool::KindSpec;
using spool::PaletteWidget;
using spool::QuickAddPopup;
using spool::SpecText;

namespace {

// Translates KindSpec's texts to "[English]" and nothing else, so the test sees which texts
// went through the "spool::KindSpec" context without depending on a real .qm file.
class BracketTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }

    QString translate(const char *context,
                      const char *sourceText,
                      const char * /*disambiguation*/,
                      int /*n*/) const override
    {
        if (qstrcmp(context, "spool::KindSpec") != 0)
            return QString();
        return u'[' + QString::fromUtf8(sourceText) + u']';
    }
};

QString bracketed(const QString &english)
{
    return u'[' + english + u']';
}

class SpecTextTranslated : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(QCoreApplication::installTranslator(&m_translator)); }
    void TearDown() override { QCoreApplication::removeTranslator(&m_translator); }

private:
    BracketTranslator m_translator;
};

} // namespace

TEST(SpecText, WithoutATranslatorGivesTheEnglishOfTheTable)
{
    const KindSpec *video = KindSpec::find(u"video");
    ASSERT_NE(video, nullptr);
    EXPECT_EQ(SpecText::kindDescription(*video), video->description);
    EXPECT_EQ(SpecText::kindDescription(u"video"), video->description);
    EXPECT_EQ(SpecText::optionDescription(*video->option(u"fit")),
              video->option(u"fit")->description);
    EXPECT_EQ(SpecText::groupTitle(video->group), u"Media"_s);
    EXPECT_TRUE(SpecText::kindDescription(u"no_such_kind").isEmpty());
}

TEST_F(SpecTextTranslated, LooksUpEveryTextUnderTheKindSpecContext)
{
    for (const KindSpec &spec : KindSpec::all()) {
        EXPECT_EQ(SpecText::kindDescription(spec), bracketed(spec.description));
        EXPECT_EQ(SpecText::groupTitle(spec.group), bracketed(spec.group));
        for (const spool::OptionSpec &option : spec.options)
            EXPECT_EQ(SpecText::optionDescription(option), bracketed(option.description));
    }
}

TEST_F(SpecTextTranslated, PaletteShowsTranslatedGroupsAndDescriptions)
{
    PaletteWidget palette;
    const QAbstractItemModel *model = palette.model();
    ASSERT_GT(model->rowCount(), 0);
    const QModelIndex sources = model->index(0, 0);
    EXPECT_EQ(sources.data().toString(), u"[Sources]"_s);
    const QModelIndex ingest = model->index(0, 0, sources);
    EXPECT_EQ(ingest.data(PaletteWidget::KindRole).toString(), u"ingest"_s);
    EXPECT_EQ(ingest.data(Qt::ToolTipRole).toString(),
              bracketed(KindSpec::find(u"ingest")->description));

    // Searches match the description as shown.
    palette.setSearchText(u"[Transcodes"_s);
    EXPECT_EQ(palette.firstMatch(), u"video"_s);
}

TEST_F(SpecTextTranslated, QuickAddShowsTranslatedDescriptions)
{
    QuickAddPopup popup;
    const auto *list = popup.findChild<QTreeWidget *>();
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->topLevelItemCount(), KindSpec::all().size());
    const QTreeWidgetItem *first = list->topLevelItem(0);
    const QString expected = bracketed(KindSpec::all().first().description);
    EXPECT_EQ(first->text(1), expected);
    EXPECT_EQ(first->toolTip(0), expected);
    EXPECT_EQ(first->toolTip(1), expected);
}

TEST_F(SpecTextTranslated, InspectorShowsTranslatedGroupDescriptionAndOptionTips)
{
    InspectorWidget inspector;
    inspector.showTask(7, u"video"_s, QJsonObject(), {});
    const KindSpec *video = KindSpec::find(u"video");
    ASSERT_NE(video, nullptr);
    const auto *group = inspector.findChild<QLabel *>(u"inspector.group"_s);
    const auto *description = inspector.findChild<QLabel *>(u"inspector.description"_s);
    const auto *fit = inspector.findChild<QLabel *>(u"label.fit"_s);
    ASSERT_NE(group, nullptr);
    ASSERT_NE(description, nullptr);
    ASSERT_NE(fit, nullptr);
    EXPECT_EQ(group->text(), u"[Media]"_s);
    EXPECT_EQ(description->text(), bracketed(video->description));
    EXPECT_EQ(fit->toolTip(), bracketed(video->option(u"fit")->description));
}
