#include "palettewidget.h"

#include <common/mimetypes.h>

#include <common/kindstyle.h>
#include <common/spectext.h>

#include <schema/kindspec.h>
#include <schema/spelling.h>

#include <QApplication>
#include <QDrag>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QMouseEvent>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

// The text a search is matched against; header and hint rows have none, so any search text
// hides them unless a kind beneath keeps its group visible.
constexpr int SearchTextRole = PaletteWidget::KindRole + 1;

// Small enough that every kind, its group and the hosted-only hint fit a 640-pixel-high window
// without scrolling.
constexpr int IconSize = 20;
// The space above a group's header, between it and the group before.
constexpr int GroupSpacing = 8;

} // namespace

PaletteWidget::PaletteWidget(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_noMatch(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_search->setPlaceholderText(tr("Search tasks…"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);

    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setExpandsOnDoubleClick(false);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setIconSize(QSize(IconSize, IconSize));
    // Drags are started here rather than by the view, so they carry the kind MIME type
    // instead of the model's internal item format.
    m_view->setDragEnabled(false);
    m_view->viewport()->installEventFilter(this);
    // Hints wrap rather than lose their end in a narrow dock.
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);

    m_noMatch->setWordWrap(true);
    m_noMatch->setTextFormat(Qt::RichText);
    m_noMatch->setContentsMargins(6, 6, 6, 6);
    m_noMatch->hide();
    connect(m_noMatch, &QLabel::linkActivated, this, [this](const QString &kind) {
        m_search->setText(kind);
        m_search->setFocus(Qt::OtherFocusReason);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_noMatch);
    layout->addWidget(m_view);

    populate();

    connect(m_search, &QLineEdit::textChanged, this, &PaletteWidget::onSearchEdited);
    connect(m_search, &QLineEdit::returnPressed, this, &PaletteWidget::onSearchReturnPressed);
    connect(m_view, &QTreeView::activated, this, &PaletteWidget::onIndexActivated);
}

QMimeData *PaletteWidget::mimeDataForKind(const QString &kind)
{
    auto *data = new QMimeData;
    data->setData(MimeTypes::taskKind(), kind.toUtf8());
    data->setText(kind);
    return data;
}

QString PaletteWidget::searchText() const
{
    return m_search->text();
}

void PaletteWidget::setSearchText(const QString &text)
{
    m_search->setText(text);
}

QAbstractItemModel *PaletteWidget::model() const
{
    return m_proxy;
}

QString PaletteWidget::firstMatch() const
{
    return firstMatchIndex().data(KindRole).toString();
}

void PaletteWidget::populate()
{
    QStandardItem *header = nullptr;
    QString group;
    for (const KindSpec &spec : KindSpec::all()) {
        if (!header || spec.group != group) {
            group = spec.group;
            header = new QStandardItem(SpecText::groupTitle(group));
            header->setFlags(Qt::ItemIsEnabled);
            QFont font = header->font();
            font.setBold(true);
            header->setFont(font);
            // Space above every group but the first, the title sitting at the bottom of it.
            if (m_model->rowCount() > 0) {
                header->setSizeHint(QSize(0, QFontMetrics(font).height() + GroupSpacing));
                header->setData(int(Qt::AlignLeft | Qt::AlignBottom), Qt::TextAlignmentRole);
            }
            m_model->appendRow(header);
        }

        const bool firstInGroup = header->rowCount() == 0;
        if (spec.hostedOnly && firstInGroup) {
            // A disabled row: the view greys it in any palette and keyboard navigation
            // skips it.
            auto *hint = new QStandardItem(tr("Hosted service only"));
            hint->setToolTip(tr("These tasks run on the hosted service only; the embedded "
                                "engine rejects them."));
            hint->setFlags(Qt::NoItemFlags);
            QFont font = hint->font();
            font.setItalic(true);
            hint->setFont(font);
            header->appendRow(hint);
        }

        auto *item = new QStandardItem(KindStyle::icon(spec.kind), spec.kind);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        item->setData(spec.kind, KindRole);
        item->setData(KindStyle::searchText(spec.kind), SearchTextRole);
        const QString description = SpecText::kindDescription(spec);
        item->setToolTip(spec.hostedOnly
                             ? description + u'\n'
                                   + tr("Runs on the hosted service only; the embedded engine "
                                        "rejects it.")
                             : description);
        header->appendRow(item);
    }
    m_view->expandAll();
}

void PaletteWidget::onSearchEdited(const QString &text)
{
    m_proxy->setFilterFixedString(text.trimmed());
    // Groups that reappear come back collapsed.
    m_view->expandAll();
    if (text.trimmed().isEmpty())
        m_view->clearSelection();
    else
        m_view->setCurrentIndex(firstMatchIndex());
    updateNoMatch();
}

void PaletteWidget::updateNoMatch()
{
    const QString text = m_search->text().trimmed();
    const bool none = !text.isEmpty() && !firstMatchIndex().isValid();
    m_suggestion.clear();
    if (none) {
        QStringList kinds;
        for (const KindSpec &spec : KindSpec::all())
            kinds.append(spec.kind);
        m_suggestion = Spelling::closest(text, kinds);
    }
    m_noMatch->setVisible(none);
    m_noMatch->setText(none ? noMatchText() : QString());
}

QString PaletteWidget::noMatchText() const
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty() || firstMatchIndex().isValid())
        return {};
    const QString none = tr("No task matches “%1”.").arg(text.toHtmlEscaped());
    if (m_suggestion.isEmpty())
        return none;
    return none + u' '
           + tr("Did you mean %1?").arg(u"<a href=\"%1\">%1</a>"_s.arg(m_suggestion.toHtmlEscaped()));
}

void PaletteWidget::onSearchReturnPressed()
{
    const QString kind = firstMatch();
    if (!kind.isEmpty())
        Q_EMIT kindActivated(kind);
    else if (!m_suggestion.isEmpty())
        m_search->setText(m_suggestion); // shows the kind meant; Enter again adds it
}

void PaletteWidget::onIndexActivated(const QModelIndex &index)
{
    const QString kind = index.data(KindRole).toString();
    if (!kind.isEmpty())
        Q_EMIT kindActivated(kind);
}

QModelIndex PaletteWidget::firstMatchIndex() const
{
    // The best match in palette order: an exact name before a name that starts with the
    // search, before one that contains it, before a description that mentions it.
    QModelIndex best;
    int bestRank = 4;
    const QString text = m_search->text().trimmed();
    for (int groupRow = 0; groupRow < m_proxy->rowCount(); ++groupRow) {
        const QModelIndex group = m_proxy->index(groupRow, 0);
        for (int row = 0; row < m_proxy->rowCount(group); ++row) {
            const QModelIndex index = m_proxy->index(row, 0, group);
            if (!index.data(KindRole).isValid())
                continue;
            const int rank = KindStyle::searchRank(index.data(KindRole).toString(), text);
            if (rank >= 0 && rank < bestRank) {
                best = index;
                bestRank = rank;
            }
        }
    }
    return best;
}

bool PaletteWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress)
        return filterSearchKey(static_cast<QKeyEvent *>(event));
    if (watched == m_view->viewport()) {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::MouseButtonRelease:
            return filterViewportMouse(static_cast<QMouseEvent *>(event));
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool PaletteWidget::filterSearchKey(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        m_search->clear();
        return true;
    }
    // Down leaves the search field for the list, on the kind Enter would have taken.
    if (event->key() != Qt::Key_Down)
        return false;
    const QModelIndex first = firstMatchIndex();
    if (!first.isValid())
        return false;
    m_view->setFocus(Qt::TabFocusReason);
    m_view->setCurrentIndex(first);
    return true;
}

bool PaletteWidget::filterViewportMouse(QMouseEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        m_pressedKind.clear();
        if (event->button() == Qt::LeftButton) {
            const QModelIndex index = m_view->indexAt(event->position().toPoint());
            if (index.flags() & Qt::ItemIsDragEnabled) {
                m_pressedKind = index.data(KindRole).toString();
                m_pressPosition = event->position().toPoint();
            }
        }
        return false;
    case QEvent::MouseButtonRelease:
        m_pressedKind.clear();
        return false;
    case QEvent::MouseMove:
        break;
    default:
        return false;
    }

    if (m_pressedKind.isEmpty() || !(event->buttons() & Qt::LeftButton))
        return false;
    if ((event->position().toPoint() - m_pressPosition).manhattanLength()
        < QApplication::startDragDistance())
        return false;

    const QString kind = m_pressedKind;
    m_pressedKind.clear();
    auto *drag = new QDrag(this);
    drag->setMimeData(mimeDataForKind(kind));
    const int size = IconSize * 3 / 2;
    drag->setPixmap(KindStyle::icon(kind).pixmap(QSize(size, size), devicePixelRatioF()));
    drag->setHotSpot(QPoint(size / 2, size / 2));
    drag->exec(Qt::CopyAction);
    return true;
}

} // namespace spool
