#include "historydock.h"

#include "historymodel.h"

#include <common/statusstyle.h>

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int DefaultPollMs = 1000;
// Typing in the filter looks through the loaded runs once the typing pauses.
constexpr int FilterDelayMs = 150;

constexpr Status FilterStatuses[] = {Status::Succeeded,
                                     Status::Failed,
                                     Status::Cancelled,
                                     Status::Processing,
                                     Status::Queued,
                                     Status::Waiting};

} // namespace

HistoryDock::HistoryDock(RunService *service, QWidget *parent)
    : QDockWidget(parent)
    , m_model(new HistoryModel(service, this))
    , m_filter(new QLineEdit)
    , m_status(new QComboBox)
    , m_view(new QTreeView)
    , m_count(new QLabel)
    , m_open(new QAction(this))
    , m_compare(new QAction(this))
    , m_export(new QAction(this))
    , m_copy(new QAction(this))
    , m_poll(new QTimer(this))
    , m_filterDelay(new QTimer(this))
{
    setObjectName(u"historyDock"_s);
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(u"historyFilter"_s);
    m_status->setObjectName(u"historyStatus"_s);
    m_status->addItem(QString(), -1);
    for (const Status status : FilterStatuses)
        m_status->addItem(StatusStyle::icon(status), QString(), int(status));

    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(HistoryModel::RunColumn, 230);
    m_view->setColumnWidth(HistoryModel::StatusColumn, 110);
    m_view->setColumnWidth(HistoryModel::CreatedColumn, 130);

    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_status);
    bar->addWidget(m_count);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    setWidget(body);

    m_open->setShortcut(QKeySequence(Qt::Key_Return));
    m_open->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_open);
    connect(m_open, &QAction::triggered, this, &HistoryDock::openCurrent);
    connect(m_view, &QAbstractItemView::activated, this, &HistoryDock::openCurrent);
    connect(m_compare, &QAction::triggered, this, [this] {
        const QStringList ids = selectedRunIds();
        if (ids.size() == 2)
            Q_EMIT compareRequested(ids.at(1), ids.at(0)); // the older first
    });
    connect(m_export, &QAction::triggered, this, [this] {
        const QStringList ids = selectedRunIds();
        if (ids.size() == 1)
            Q_EMIT exportRequested(ids.constFirst());
    });
    connect(m_copy, &QAction::triggered, this, [this] {
        const QStringList ids = selectedRunIds();
        if (!ids.isEmpty())
            QGuiApplication::clipboard()->setText(ids.join(u'\n'));
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(m_open);
        menu.addAction(m_compare);
        menu.addAction(m_export);
        menu.addSeparator();
        menu.addAction(m_copy);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &HistoryDock::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryDock::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryDock::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryDock::updateCount);
    connect(m_model, &HistoryModel::pageLoaded, this, &HistoryDock::updateCount);
    connect(m_model, &HistoryModel::loadFailed, this, [this](const Error &error) {
        Q_EMIT messageRaised(tr("The run history cannot be read: %1").arg(error.message));
    });

    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(FilterDelayMs);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, [this] {
        m_model->setTextFilter(m_filter->text());
    });
    // Enter in the filter applies it at once.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_filterDelay->stop();
        m_model->setTextFilter(m_filter->text());
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this](int index) {
        const int value = m_status->itemData(index).toInt();
        m_model->setStatusFilter(value < 0 ? std::nullopt : std::optional(Status(value)));
    });
    m_poll->setInterval(DefaultPollMs);
    connect(m_poll, &QTimer::timeout, m_model, &HistoryModel::refresh);
    retranslate();
    updateActions();
}

void HistoryDock::setPollInterval(int milliseconds)
{
    m_poll->setInterval(milliseconds);
}

void HistoryDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    // The history is read when it is first looked at, and brought up to date whenever it is
    // looked at again.
    if (!m_model->hasLoaded())
        m_model->reload();
    else
        m_model->refresh();
    m_poll->start();
}

void HistoryDock::hideEvent(QHideEvent *event)
{
    QDockWidget::hideEvent(event);
    m_poll->stop();
}

void HistoryDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void HistoryDock::retranslate()
{
    setWindowTitle(tr("History"));
    m_filter->setPlaceholderText(tr("Filter by run id, metadata or task kind"));
    m_status->setItemText(0, tr("All statuses"));
    for (int i = 1; i < m_status->count(); ++i)
        m_status->setItemText(i, StatusStyle::name(Status(m_status->itemData(i).toInt())));
    m_open->setText(tr("&Open Run"));
    m_compare->setText(tr("&Compare Runs"));
    m_compare->setToolTip(tr("Select two runs to compare them task by task"));
    m_export->setText(tr("&Export Run…"));
    m_copy->setText(tr("Copy Run &ID"));
    updateCount();
}

QStringList HistoryDock::selectedRunIds() const
{
    QList<QModelIndex> rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.row() < b.row();
    });
    QStringList ids;
    for (const QModelIndex &row : std::as_const(rows))
        ids.append(row.data(HistoryModel::RunIdRole).toString());
    return ids;
}

bool HistoryDock::selectRun(const QString &runId)
{
    const QModelIndex index = m_model->indexOfRun(runId);
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index,
                                              QItemSelectionModel::ClearAndSelect
                                                  | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void HistoryDock::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        Q_EMIT runOpened(current.data(HistoryModel::RunIdRole).toString());
}

void HistoryDock::updateActions()
{
    const qsizetype selected = m_view->selectionModel()->selectedRows().size();
    m_open->setEnabled(m_view->currentIndex().isValid());
    m_compare->setEnabled(selected == 2);
    m_export->setEnabled(selected == 1);
    m_copy->setEnabled(selected > 0);
}

void HistoryDock::updateCount()
{
    const int shown = m_model->rowCount();
    const int loaded = m_model->loadedCount();
    QString text = shown == loaded ? tr("%n run(s)", nullptr, loaded)
                                   : tr("%1 of %n run(s)", nullptr, loaded).arg(shown);
    if (m_model->hasMore())
        text += u" +"_s;
    m_count->setText(text);
    m_count->setToolTip(m_model->hasMore() ? tr("More runs load as you scroll") : QString());
}

} // namespace spool
