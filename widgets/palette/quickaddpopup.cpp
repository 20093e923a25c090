#include "quickaddpopup.h"

#include <common/kindstyle.h>
#include <common/spectext.h>

#include <schema/kindspec.h>
#include <schema/spelling.h>

#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScreen>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace spool {

namespace {

constexpr int KindColumn = 0;
constexpr int DescriptionColumn = 1;
constexpr int IconSize = 16;
// Enough rows to show a whole palette group at a glance without covering the canvas.
constexpr int MaxVisibleRows = 10;
constexpr int WidthInCharacters = 60;

} // namespace

QuickAddPopup::QuickAddPopup(QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_search(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
{
    setFrameStyle(QFrame::StyledPanel | QFrame::Raised);

    m_search->setPlaceholderText(tr("Add a task…"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_list->setColumnCount(2);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setIconSize(QSize(IconSize, IconSize));
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->header()->setStretchLastSection(true);
    // The search field keeps the focus; arrows reach the list through eventFilter().
    m_list->setFocusPolicy(Qt::NoFocus);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_list);

    setFixedWidth(fontMetrics().averageCharWidth() * WidthInCharacters);
    rebuild();

    connect(m_search, &QLineEdit::textChanged, this, &QuickAddPopup::onSearchEdited);
    connect(m_list, &QTreeWidget::itemClicked, this, &QuickAddPopup::onItemClicked);
}

void QuickAddPopup::setFilter(std::function<bool(const QString &kind)> accepts)
{
    m_accepts = std::move(accepts);
    rebuild();
}

void QuickAddPopup::popup(const QPoint &globalPos)
{
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    rebuild();

    // The list keeps one height while typing narrows it, so the popup does not jump.
    const int rows = std::clamp(acceptedKindCount(), 1, MaxVisibleRows);
    const int rowHeight = m_list->topLevelItemCount() > 0
                              ? m_list->sizeHintForRow(0)
                              : std::max(IconSize, fontMetrics().height()) + 4;
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth());
    adjustSize();

    QScreen *screen = QGuiApplication::screenAt(globalPos);
    if (!screen)
        screen = this->screen();
    const QRect available = screen->availableGeometry();
    QPoint position = globalPos;
    position.setX(
        std::max(available.left(), std::min(position.x(), available.right() + 1 - width())));
    position.setY(
        std::max(available.top(), std::min(position.y(), available.bottom() + 1 - height())));
    move(position);

    m_open = true;
    show();
    m_search->setFocus(Qt::PopupFocusReason);
}

QStringList QuickAddPopup::offeredKinds() const
{
    QStringList kinds;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        const QString kind = m_list->topLevelItem(row)->data(KindColumn, Qt::UserRole).toString();
        if (!kind.isEmpty())
            kinds.append(kind);
    }
    return kinds;
}

QString QuickAddPopup::currentKind() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(KindColumn, Qt::UserRole).toString() : QString();
}

bool QuickAddPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress)
        return filterSearchKey(static_cast<QKeyEvent *>(event));
    return QFrame::eventFilter(watched, event);
}

void QuickAddPopup::hideEvent(QHideEvent *event)
{
    QFrame::hideEvent(event);
    if (m_open) {
        m_open = false;
        Q_EMIT dismissed();
    }
}

void QuickAddPopup::rebuild()
{
    m_list->clear();
    const QString needle = m_search->text().trimmed();
    const QColor descriptionColor = palette().color(QPalette::PlaceholderText);
    for (const KindSpec &spec : KindSpec::all()) {
        if (m_accepts && !m_accepts(spec.kind))
            continue;
        if (!KindStyle::searchText(spec.kind).contains(needle, Qt::CaseInsensitive))
            continue;
        auto *item = new QTreeWidgetItem(m_list);
        item->setIcon(KindColumn, KindStyle::icon(spec.kind));
        item->setText(KindColumn, spec.kind);
        item->setData(KindColumn, Qt::UserRole, spec.kind);
        const QString description = SpecText::kindDescription(spec);
        item->setText(DescriptionColumn, description);
        item->setForeground(DescriptionColumn, descriptionColor);
        item->setToolTip(KindColumn, description);
        item->setToolTip(DescriptionColumn, description);
    }
    m_noMatch.clear();
    if (m_list->topLevelItemCount() == 0 && !needle.isEmpty())
        addNoMatchRow(needle, descriptionColor);
    m_list->resizeColumnToContents(KindColumn);
    // The list keeps the palette's order; Enter takes the best match ("speech" before the
    // kinds whose description mentions speech).
    QTreeWidgetItem *best = nullptr;
    int bestRank = 4;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        const int rank = KindStyle::searchRank(item->data(KindColumn, Qt::UserRole).toString(),
                                               needle);
        if (rank >= 0 && rank < bestRank) {
            best = item;
            bestRank = rank;
        }
    }
    if (!best && !m_noMatch.isEmpty() && m_list->topLevelItemCount() > 0
        && (m_list->topLevelItem(0)->flags() & Qt::ItemIsEnabled))
        best = m_list->topLevelItem(0); // the closest kind offered for a typo
    if (best)
        m_list->setCurrentItem(best);
}

void QuickAddPopup::addNoMatchRow(const QString &needle, const QColor &descriptionColor)
{
    // Nothing matches: say so, and offer the kind the search is probably a typo of, as the
    // validator does for an unknown kind.
    QStringList kinds;
    for (const KindSpec &spec : KindSpec::all()) {
        if (!m_accepts || m_accepts(spec.kind))
            kinds.append(spec.kind);
    }
    const QString closest = Spelling::closest(needle, kinds);
    auto *item = new QTreeWidgetItem(m_list);
    if (closest.isEmpty()) {
        m_noMatch = tr("No task matches “%1”.").arg(needle);
        item->setText(KindColumn, m_noMatch);
        item->setFlags(Qt::NoItemFlags);
        item->setFirstColumnSpanned(true);
        return;
    }
    m_noMatch = tr("No task matches “%1”. Did you mean %2?").arg(needle, closest);
    item->setIcon(KindColumn, KindStyle::icon(closest));
    item->setText(KindColumn, closest);
    item->setData(KindColumn, Qt::UserRole, closest);
    item->setText(DescriptionColumn, m_noMatch);
    item->setForeground(DescriptionColumn, descriptionColor);
    item->setToolTip(KindColumn, m_noMatch);
    item->setToolTip(DescriptionColumn, m_noMatch);
}

void QuickAddPopup::onSearchEdited()
{
    rebuild();
}

void QuickAddPopup::onItemClicked(QTreeWidgetItem *item)
{
    choose(item->data(KindColumn, Qt::UserRole).toString());
}

bool QuickAddPopup::filterSearchKey(QKeyEvent *event)
{
    const int page = std::max(1, MaxVisibleRows - 1);
    switch (event->key()) {
    case Qt::Key_Up:
        moveCurrent(-1);
        return true;
    case Qt::Key_Down:
        moveCurrent(1);
        return true;
    case Qt::Key_PageUp:
        moveCurrent(-page);
        return true;
    case Qt::Key_PageDown:
        moveCurrent(page);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        const QString kind = currentKind();
        if (!kind.isEmpty())
            choose(kind);
        return true;
    }
    case Qt::Key_Escape:
        hide();
        return true;
    default:
        return false;
    }
}

void QuickAddPopup::moveCurrent(int rows)
{
    const int count = m_list->topLevelItemCount();
    if (count == 0)
        return;
    const int row = std::clamp(m_list->indexOfTopLevelItem(m_list->currentItem()) + rows,
                               0,
                               count - 1);
    QTreeWidgetItem *item = m_list->topLevelItem(row);
    m_list->setCurrentItem(item);
    m_list->scrollToItem(item);
}

void QuickAddPopup::choose(const QString &kind)
{
    // Cleared before hiding, so hideEvent() does not also report a dismissal.
    m_open = false;
    hide();
    Q_EMIT kindChosen(kind);
}

int QuickAddPopup::acceptedKindCount() const
{
    if (!m_accepts)
        return int(KindSpec::all().size());
    return int(std::count_if(KindSpec::all().cbegin(),
                             KindSpec::all().cend(),
                             [this](const KindSpec &spec) { return m_accepts(spec.kind); }));
}

} // namespace spool
