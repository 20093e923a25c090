#include <common/kindstyle.h>
#include <common/mimetypes.h>
#include <common/spectext.h>
#include <palette/palettewidget.h>
#include <palette/quickaddpopup.h>
#include <schema/kindspec.h>

#include <QAbstractItemModel>
#include <QApplication>
#include <QCoreApplication>
#include <QImage>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QTreeView>

#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <utility>

using namespace Qt::Literals::StringLiterals;
using spool::KindSpec;
using spool::KindStyle;
using spool::PaletteWidget;
using spool::QuickAddPopup;
using spool::SpecText;

namespace {

using GroupAndKind = std::pair<QString, QString>;

// What the palette lists, as (header title, kind) pairs in display order.
QList<GroupAndKind> listedKinds(const QAbstractItemModel *model)
{
    QList<GroupAndKind> listed;
    for (int groupRow = 0; groupRow < model->rowCount(); ++groupRow) {
        const QModelIndex header = model->index(groupRow, 0);
        for (int row = 0; row < model->rowCount(header); ++row) {
            const QVariant kind = model->index(row, 0, header).data(PaletteWidget::KindRole);
            if (kind.isValid())
                listed.append({header.data().toString(), kind.toString()});
        }
    }
    return listed;
}

QStringList headerTitles(const QAbstractItemModel *model)
{
    QStringList titles;
    for (int row = 0; row < model->rowCount(); ++row)
        titles.append(model->index(row, 0).data().toString());
    return titles;
}

void sendKey(QWidget *target, int key, const QString &text = {})
{
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(target, &release);
}

void typeInto(QWidget *target, const QString &text)
{
    for (const QChar c : text) {
        const int key = c.isLetter() ? Qt::Key_A + (c.toUpper().unicode() - u'A') : Qt::Key_Space;
        sendKey(target, key, QString(c));
    }
}

QImage iconImage(const QString &kind, int size)
{
    return KindStyle::icon(kind).pixmap(size, size).toImage().convertToFormat(QImage::Format_ARGB32);
}

double relativeLuminance(const QColor &color)
{
    const auto linear = [](double channel) {
        return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF())
           + 0.0722 * linear(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QStringList kindsWhere(const std::function<bool(const KindSpec &)> &predicate)
{
    QStringList kinds;
    for (const KindSpec &spec : KindSpec::all()) {
        if (predicate(spec))
            kinds.append(spec.kind);
    }
    return kinds;
}

} // namespace

TEST(PaletteWidget, ListsEveryKindUnderItsGroupInTableOrder)
{
    PaletteWidget palette;
    QList<GroupAndKind> expected;
    QStringList expectedHeaders;
    for (const KindSpec &spec : KindSpec::all()) {
        expected.append({SpecText::groupTitle(spec.group), spec.kind});
        if (expectedHeaders.isEmpty() || expectedHeaders.last() != SpecText::groupTitle(spec.group))
            expectedHeaders.append(SpecText::groupTitle(spec.group));
    }
    EXPECT_EQ(listedKinds(palette.model()), expected);
    EXPECT_EQ(headerTitles(palette.model()), expectedHeaders);
    EXPECT_EQ(expectedHeaders.size(), 6);
}

TEST(PaletteWidget, OnlyKindRowsCanBeSelectedOrDragged)
{
    PaletteWidget palette;
    const QAbstractItemModel *model = palette.model();
    int kindRows = 0;
    for (int groupRow = 0; groupRow < model->rowCount(); ++groupRow) {
        const QModelIndex header = model->index(groupRow, 0);
        EXPECT_FALSE(header.flags() & Qt::ItemIsSelectable)
            << header.data().toString().toStdString();
        EXPECT_FALSE(header.flags() & Qt::ItemIsDragEnabled);
        for (int row = 0; row < model->rowCount(header); ++row) {
            const QModelIndex index = model->index(row, 0, header);
            const bool isKind = index.data(PaletteWidget::KindRole).isValid();
            EXPECT_EQ(bool(index.flags() & Qt::ItemIsSelectable), isKind);
            EXPECT_EQ(bool(index.flags() & Qt::ItemIsDragEnabled), isKind);
            if (isKind) {
                ++kindRows;
                const KindSpec *spec = KindSpec::find(
                    index.data(PaletteWidget::KindRole).toString());
                ASSERT_NE(spec, nullptr);
                EXPECT_TRUE(index.data(Qt::ToolTipRole).toString().startsWith(spec->description));
                EXPECT_FALSE(index.data(Qt::DecorationRole).value<QIcon>().isNull());
            }
        }
    }
    EXPECT_EQ(kindRows, KindSpec::all().size());
}

TEST(PaletteWidget, HostedOnlyGroupOpensWithADisabledHint)
{
    PaletteWidget palette;
    const QAbstractItemModel *model = palette.model();
    const QStringList headers = headerTitles(model);
    const qsizetype hostedRow = headers.indexOf(SpecText::groupTitle(u"Hosted only"));
    ASSERT_GE(hostedRow, 0);
    const QModelIndex header = model->index(int(hostedRow), 0);
    ASSERT_GT(model->rowCount(header), 1);
    const QModelIndex hint = model->index(0, 0, header);
    EXPECT_FALSE(hint.data(PaletteWidget::KindRole).isValid());
    EXPECT_FALSE(hint.data().toString().isEmpty());
    EXPECT_FALSE(hint.flags() & Qt::ItemIsEnabled);

    // Groups whose kinds run locally carry no such row.
    const QModelIndex media = model->index(int(headers.indexOf(SpecText::groupTitle(u"Media"))), 0);
    for (int row = 0; row < model->rowCount(media); ++row)
        EXPECT_TRUE(model->index(row, 0, media).data(PaletteWidget::KindRole).isValid());
}

TEST(PaletteWidget, SearchKeepsMatchingKindsAndTheirGroupsOnly)
{
    PaletteWidget palette;
    palette.setSearchText(u"sub"_s);
    EXPECT_EQ(listedKinds(palette.model()),
              (QList<GroupAndKind>{{SpecText::groupTitle(u"Tracks"), u"subtitles"_s}}));
    EXPECT_EQ(headerTitles(palette.model()), QStringList{SpecText::groupTitle(u"Tracks")});

    // Case does not matter, descriptions count, and underscores read as spaces.
    palette.setSearchText(u"SPEECH"_s);
    EXPECT_EQ(listedKinds(palette.model()),
              (QList<GroupAndKind>{{SpecText::groupTitle(u"Tracks"), u"subtitles"_s},
                                   {SpecText::groupTitle(u"Tracks"), u"chapters"_s},
                                   {SpecText::groupTitle(u"Intelligence"), u"speech"_s}}));
    palette.setSearchText(u"adaptive video"_s);
    EXPECT_EQ(listedKinds(palette.model()),
              (QList<GroupAndKind>{{SpecText::groupTitle(u"Media"), u"adaptive_video"_s}}));

    palette.setSearchText(u"no such task"_s);
    EXPECT_EQ(palette.model()->rowCount(), 0);
    EXPECT_TRUE(palette.firstMatch().isEmpty());

    palette.setSearchText(QString());
    EXPECT_EQ(listedKinds(palette.model()).size(), KindSpec::all().size());
}

TEST(PaletteWidget, EnterInTheSearchFieldActivatesTheFirstMatch)
{
    PaletteWidget palette;
    QStringList activated;
    QObject::connect(&palette, &PaletteWidget::kindActivated, &palette, [&](const QString &kind) {
        activated.append(kind);
    });
    auto *search = palette.findChild<QLineEdit *>();
    ASSERT_NE(search, nullptr);

    typeInto(search, u"trans"_s);
    EXPECT_EQ(palette.searchText(), u"trans"_s);
    EXPECT_EQ(palette.firstMatch(), u"video"_s);
    sendKey(search, Qt::Key_Return);
    EXPECT_EQ(activated, QStringList{u"video"_s});

    palette.setSearchText(u"no such task"_s);
    sendKey(search, Qt::Key_Return);
    EXPECT_EQ(activated, QStringList{u"video"_s}) << "nothing matches, nothing is activated";

    sendKey(search, Qt::Key_Escape);
    EXPECT_TRUE(palette.searchText().isEmpty()) << "Escape clears the search";
}

TEST(PaletteWidget, DragDataCarriesTheKind)
{
    EXPECT_EQ(spool::MimeTypes::taskKind(), u"application/x-spool-task-kind"_s);
    for (const KindSpec &spec : KindSpec::all()) {
        const std::unique_ptr<QMimeData> data(PaletteWidget::mimeDataForKind(spec.kind));
        ASSERT_TRUE(data->hasFormat(spool::MimeTypes::taskKind()));
        EXPECT_EQ(QString::fromUtf8(data->data(spool::MimeTypes::taskKind())), spec.kind);
        EXPECT_EQ(data->text(), spec.kind);
    }
}

TEST(QuickAddPopup, OffersOnlyTheKindsTheFilterAccepts)
{
    QuickAddPopup popup;
    EXPECT_EQ(popup.offeredKinds(), KindSpec::kindNames()) << "no filter offers every kind";

    const auto followsAudio = [](const QString &kind) {
        return (KindSpec::find(kind)->accepts & KindSpec::Audio) != 0;
    };
    popup.setFilter(followsAudio);
    popup.popup(QPoint(20, 20));
    const QStringList expected = kindsWhere(
        [](const KindSpec &spec) { return (spec.accepts & KindSpec::Audio) != 0; });
    EXPECT_EQ(popup.offeredKinds(), expected);
    EXPECT_FALSE(expected.contains(u"video"_s));
    EXPECT_TRUE(expected.contains(u"speech"_s));
    EXPECT_EQ(popup.currentKind(), expected.first());

    popup.setFilter({});
    EXPECT_EQ(popup.offeredKinds(), KindSpec::kindNames());
}

TEST(QuickAddPopup, TypingNarrowsAndEnterChoosesTheFirstMatch)
{
    QuickAddPopup popup;
    QStringList chosen;
    int dismissed = 0;
    QObject::connect(&popup, &QuickAddPopup::kindChosen, &popup, [&](const QString &kind) {
        chosen.append(kind);
    });
    QObject::connect(&popup, &QuickAddPopup::dismissed, &popup, [&] { ++dismissed; });
    popup.setFilter([](const QString &kind) { return kind != u"audio"; });
    popup.popup(QPoint(20, 20));
    auto *search = popup.findChild<QLineEdit *>();
    ASSERT_NE(search, nullptr);

    typeInto(search, u"tra"_s);
    EXPECT_EQ(popup.offeredKinds(), (QStringList{u"video"_s, u"thumbnails"_s, u"speech"_s}))
        << "audio also says \"transcodes\" but the filter turns it away";
    typeInto(search, u"ns"_s);
    EXPECT_EQ(popup.offeredKinds(), (QStringList{u"video"_s, u"speech"_s}));
    sendKey(search, Qt::Key_Return);
    EXPECT_EQ(chosen, QStringList{u"video"_s});
    EXPECT_EQ(dismissed, 0);
    EXPECT_FALSE(popup.isVisible());

    // The next popup starts with an empty search.
    popup.popup(QPoint(20, 20));
    EXPECT_EQ(popup.offeredKinds().size(), KindSpec::all().size() - 1);
    EXPECT_TRUE(search->text().isEmpty());
    popup.hide();
}

TEST(QuickAddPopup, ArrowsMoveTheChoiceWhileTheSearchKeepsTheKeys)
{
    QuickAddPopup popup;
    QStringList chosen;
    QObject::connect(&popup, &QuickAddPopup::kindChosen, &popup, [&](const QString &kind) {
        chosen.append(kind);
    });
    popup.popup(QPoint(20, 20));
    auto *search = popup.findChild<QLineEdit *>();
    ASSERT_NE(search, nullptr);
    const QStringList kinds = KindSpec::kindNames();

    EXPECT_EQ(popup.currentKind(), kinds.at(0));
    sendKey(search, Qt::Key_Down);
    sendKey(search, Qt::Key_Down);
    EXPECT_EQ(popup.currentKind(), kinds.at(2));
    sendKey(search, Qt::Key_Up);
    EXPECT_EQ(popup.currentKind(), kinds.at(1));
    sendKey(search, Qt::Key_Up);
    sendKey(search, Qt::Key_Up);
    EXPECT_EQ(popup.currentKind(), kinds.at(0)) << "the choice stops at the top";
    sendKey(search, Qt::Key_PageDown);
    sendKey(search, Qt::Key_PageDown);
    sendKey(search, Qt::Key_PageDown);
    EXPECT_EQ(popup.currentKind(), kinds.last()) << "and at the bottom";
    EXPECT_TRUE(search->text().isEmpty()) << "arrows never reach the text";

    sendKey(search, Qt::Key_Up);
    sendKey(search, Qt::Key_Enter);
    EXPECT_EQ(chosen, QStringList{kinds.at(kinds.size() - 2)});
}

TEST(QuickAddPopup, EveryPopupEndsInExactlyOneSignal)
{
    QuickAddPopup popup;
    int chosen = 0;
    int dismissed = 0;
    QObject::connect(&popup, &QuickAddPopup::kindChosen, &popup, [&](const QString &) { ++chosen; });
    QObject::connect(&popup, &QuickAddPopup::dismissed, &popup, [&] { ++dismissed; });
    auto *search = popup.findChild<QLineEdit *>();
    ASSERT_NE(search, nullptr);

    popup.popup(QPoint(20, 20));
    EXPECT_TRUE(popup.isVisible());
    sendKey(search, Qt::Key_Escape);
    EXPECT_FALSE(popup.isVisible());
    EXPECT_EQ(dismissed, 1);
    popup.hide();
    EXPECT_EQ(dismissed, 1) << "hiding a closed popup reports nothing";

    popup.popup(QPoint(20, 20));
    popup.close(); // what a click outside a Qt::Popup does
    EXPECT_EQ(dismissed, 2);

    popup.popup(QPoint(20, 20));
    typeInto(search, u"no such task"_s);
    EXPECT_TRUE(popup.offeredKinds().isEmpty());
    sendKey(search, Qt::Key_Return);
    EXPECT_TRUE(popup.isVisible()) << "Enter with nothing to choose keeps the popup open";
    sendKey(search, Qt::Key_Escape);
    EXPECT_EQ(chosen, 0);
    EXPECT_EQ(dismissed, 3);
}

TEST(KindStyle, EveryKindHasAnIconOfItsOwn)
{
    QStringList kinds = KindSpec::kindNames();
    kinds.append(u"no_such_kind"_s);
    QList<QImage> images;
    for (const QString &kind : std::as_const(kinds)) {
        const QIcon icon = KindStyle::icon(kind);
        ASSERT_FALSE(icon.isNull()) << kind.toStdString();
        for (const int size : {16, 24, 32, 48})
            EXPECT_TRUE(icon.availableSizes().contains(QSize(size, size))) << size;
        images.append(iconImage(kind, 24));
    }
    for (qsizetype i = 0; i < images.size(); ++i) {
        for (qsizetype j = i + 1; j < images.size(); ++j) {
            EXPECT_NE(images.at(i), images.at(j))
                << kinds.at(i).toStdString() << " and " << kinds.at(j).toStdString();
        }
    }
}

TEST(KindStyle, IconsAreDrawnInTheKindsColourOnTransparency)
{
    for (const KindSpec &spec : KindSpec::all()) {
        const QImage image = iconImage(spec.kind, 24);
        const QColor color = KindStyle::kindColor(spec.kind);
        EXPECT_EQ(color, KindStyle::groupColor(spec.group));
        int solid = 0;
        int clear = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                if (pixel.alpha() == 0) {
                    ++clear;
                } else if (pixel.alpha() == 255) {
                    ++solid;
                    EXPECT_EQ(pixel.rgb(), color.rgb()) << spec.kind.toStdString();
                }
            }
        }
        // A pictogram, neither a blank nor a filled square.
        EXPECT_GT(solid, 12) << spec.kind.toStdString();
        EXPECT_GT(clear, image.width() * image.height() / 3) << spec.kind.toStdString();
    }
}

TEST(KindStyle, StrokesStayVisibleAtTwelvePixels)
{
    for (const QString &kind : KindSpec::kindNames()) {
        QImage image(12, 12, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        KindStyle::paintIcon(&painter, QRectF(0, 0, 12, 12), kind, Qt::black);
        painter.end();
        int strong = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (image.pixelColor(x, y).alpha() >= 160)
                    ++strong;
            }
        }
        EXPECT_GE(strong, 8) << kind.toStdString();
    }
}

TEST(KindStyle, GroupColoursDifferAndReadOnLightAndDark)
{
    QStringList groups;
    for (const KindSpec &spec : KindSpec::all()) {
        if (!groups.contains(spec.group))
            groups.append(spec.group);
    }
    const QColor light(Qt::white);
    const QColor dark(0x2b, 0x2b, 0x2b);
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QColor color = KindStyle::groupColor(groups.at(i));
        EXPECT_GE(contrast(color, light), 3.0) << groups.at(i).toStdString();
        EXPECT_GE(contrast(color, dark), 3.0) << groups.at(i).toStdString();
        for (qsizetype j = i + 1; j < groups.size(); ++j)
            EXPECT_NE(color, KindStyle::groupColor(groups.at(j)));
    }
    EXPECT_NE(KindStyle::kindColor(u"no_such_kind"), KindStyle::kindColor(u"video"));
}

TEST(PaletteWidget, AnExactNameWinsOverADescriptionThatMentionsIt)
{
    PaletteWidget palette;
    palette.setSearchText(u"speech"_s);
    EXPECT_EQ(palette.firstMatch(), u"speech"_s) << "subtitles' description mentions speech";
    palette.setSearchText(u"sum"_s);
    EXPECT_EQ(palette.firstMatch(), u"summary"_s);
    EXPECT_EQ(KindStyle::searchRank(u"adaptive_video", u"adaptive video"), 0);
    EXPECT_EQ(KindStyle::searchRank(u"video", u"vid"), 1);
    EXPECT_EQ(KindStyle::searchRank(u"adaptive_video", u"video"), 2);
    EXPECT_EQ(KindStyle::searchRank(u"video", u"zebra"), -1);
}

TEST(KindStyle, TheSelectedRowsIconStaysVisibleInTheHighlight)
{
    const QColor highlight = QApplication::palette().color(QPalette::Highlight);
    for (const KindSpec &spec : KindSpec::all()) {
        QImage image(24, 24, QImage::Format_ARGB32);
        image.fill(highlight);
        QPainter painter(&image);
        KindStyle::icon(spec.kind).paint(&painter,
                                         QRect(0, 0, 24, 24),
                                         Qt::AlignCenter,
                                         QIcon::Selected);
        painter.end();
        int readable = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (contrast(image.pixelColor(x, y), highlight) >= 3)
                    ++readable;
            }
        }
        EXPECT_GT(readable, 12) << spec.kind.toStdString();
    }
}

TEST(PaletteWidget, ASearchWithNoMatchSaysSoAndOffersTheClosestKind)
{
    PaletteWidget palette;
    palette.setSearchText(u"vdeo"_s);
    EXPECT_TRUE(palette.firstMatch().isEmpty());
    EXPECT_TRUE(palette.noMatchText().contains(u"vdeo"_s));
    EXPECT_TRUE(palette.noMatchText().contains(u"video"_s));
    EXPECT_EQ(palette.suggestion(), u"video"_s);
    // Enter takes the suggestion into the search, where the kind is then listed.
    auto *search = palette.findChild<QLineEdit *>();
    sendKey(search, Qt::Key_Return);
    EXPECT_EQ(palette.searchText(), u"video"_s);
    EXPECT_EQ(palette.firstMatch(), u"video"_s);
    EXPECT_TRUE(palette.noMatchText().isEmpty());

    palette.setSearchText(u"zzzzzzzz"_s);
    EXPECT_TRUE(palette.noMatchText().contains(u"zzzzzzzz"_s));
    EXPECT_TRUE(palette.suggestion().isEmpty()) << "nothing close: no guess";
}

TEST(QuickAddPopup, ASearchWithNoMatchSaysSoAndOffersTheClosestKind)
{
    QuickAddPopup popup;
    popup.popup(QPoint(0, 0));
    auto *search = popup.findChild<QLineEdit *>();
    search->setText(u"vdeo"_s);
    EXPECT_TRUE(popup.noMatchText().contains(u"video"_s));
    EXPECT_EQ(popup.offeredKinds(), QStringList{u"video"_s});
    EXPECT_EQ(popup.currentKind(), u"video"_s) << "Enter takes the closest kind";
    search->setText(u"zzzzzzzz"_s);
    EXPECT_TRUE(popup.offeredKinds().isEmpty());
    EXPECT_TRUE(popup.currentKind().isEmpty());
    EXPECT_TRUE(popup.noMatchText().contains(u"zzzzzzzz"_s));
    popup.hide();
}

TEST(PaletteWidget, GroupsHaveSpaceBetweenThemAndTheHostedHintIsNotCut)
{
    PaletteWidget palette;
    palette.resize(200, 900); // the dock's width in a new window
    palette.show();
    QApplication::processEvents();
    auto *view = palette.findChild<QTreeView *>();
    ASSERT_NE(view, nullptr);
    const QAbstractItemModel *model = palette.model();
    ASSERT_GT(model->rowCount(), 1);
    // The first header sits at the top; every later one is taller by the space above it.
    const int firstHeader = view->visualRect(model->index(0, 0)).height();
    for (int row = 1; row < model->rowCount(); ++row)
        EXPECT_GE(view->visualRect(model->index(row, 0)).height() - firstHeader, 8) << row;

    const QStringList headers = headerTitles(model);
    const QModelIndex hosted = model->index(int(headers.indexOf(
                                                SpecText::groupTitle(u"Hosted only"))),
                                            0);
    const QModelIndex hint = model->index(0, 0, hosted);
    const QRect rect = view->visualRect(hint);
    QFont font = view->font();
    font.setItalic(true);
    const QRect needed = QFontMetrics(font).boundingRect(rect,
                                                         Qt::TextWordWrap,
                                                         hint.data().toString());
    EXPECT_LE(needed.width(), rect.width() - 4) << hint.data().toString().toStdString();
    EXPECT_LE(needed.height(), rect.height());
}
