#include "historymodel.h"

#include <common/statusstyle.h>
#include <runtime/runservice.h>

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QTimer>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

// What refresh() rereads of the runs not yet terminal: the newest ones, so a poll stays cheap
// however much of the history is loaded.
constexpr int RefreshedRunsAtMost = 20;

QStringList kindsOf(const Run &run)
{
    QStringList kinds;
    for (const Task &task : run.tasks) {
        if (!kinds.contains(task.kind))
            kinds.append(task.kind);
    }
    return kinds;
}

} // namespace

HistoryModel::HistoryModel(RunService *service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    if (m_service) {
        // The runs of this service announce themselves; a run it starts shows at once.
        connect(m_service, &RunService::runChanged, this, [this](const Run &run) {
            if (m_slots.contains(run.id))
                updateRun(run);
            else if (m_loaded)
                refresh();
        });
        connect(m_service, &RunService::runFinished, this, &HistoryModel::updateRun);
    }
}

void HistoryModel::setPageSize(int runs)
{
    m_pageSize = qBound(1, runs, 100);
}

void HistoryModel::setStatusFilter(const std::optional<Status> &status)
{
    if (status == m_status && m_loaded)
        return;
    m_status = status;
    reload();
}

void HistoryModel::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    beginResetModel();
    rebuildRows();
    endResetModel();
    // Nothing of what is loaded shows: look further.
    if (m_rows.isEmpty() && m_hasMore)
        fetchMore({});
}

RunQuery HistoryModel::baseQuery() const
{
    RunQuery query;
    query.limit = m_pageSize;
    query.status = m_status;
    return query;
}

void HistoryModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_runs.clear();
    m_slots.clear();
    m_rows.clear();
    m_hasMore = false;
    m_loaded = false;
    m_fetching = false;
    m_refreshing = false;
    endResetModel();
    if (!m_service)
        return;
    m_fetching = true;
    const quint64 generation = m_generation;
    m_service->list(baseQuery()).then(this, [this, generation](const Result<RunPage> &page) {
        onPage(generation, false, page);
    });
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loaded && m_hasMore && !m_fetching;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_runs.isEmpty())
        return;
    RunQuery query = baseQuery();
    query.after = m_runs.constLast().id;
    m_fetching = true;
    const quint64 generation = m_generation;
    m_service->list(query).then(this, [this, generation](const Result<RunPage> &page) {
        onPage(generation, true, page);
    });
}

void HistoryModel::onPage(quint64 generation, bool appended, const Result<RunPage> &page)
{
    if (generation != m_generation)
        return;
    m_fetching = false;
    if (!page) {
        m_loaded = true;
        m_hasMore = false;
        Q_EMIT loadFailed(page.error());
        return;
    }
    Q_UNUSED(appended);
    QList<qsizetype> shown;
    for (const Run &run : page->runs) {
        if (m_slots.contains(run.id))
            continue; // arrived by refresh() meanwhile
        m_slots.insert(run.id, m_runs.size());
        if (matches(run, m_text))
            shown.append(m_runs.size());
        m_runs.append(run);
    }
    m_hasMore = page->hasMore;
    m_loaded = true;
    if (!shown.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + shown.size() - 1));
        m_rows.append(shown);
        endInsertRows();
    }
    Q_EMIT pageLoaded();
    // A text filter that hid the whole page: the next one, from the event loop, so the
    // window stays responsive while a rare match is looked for.
    if (shown.isEmpty() && m_hasMore && !m_text.isEmpty()) {
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation)
                fetchMore({});
        });
    }
}

void HistoryModel::refresh()
{
    if (!m_service || m_refreshing || m_fetching)
        return;
    if (!m_loaded || m_runs.isEmpty()) {
        if (m_loaded && !m_hasMore)
            reload(); // an empty history: the first run may have come
        return;
    }
    RunQuery query = baseQuery();
    query.limit = 100;
    query.before = m_runs.constFirst().id;
    m_refreshing = true;
    const quint64 generation = m_generation;
    m_service->list(query).then(this, [this, generation](const Result<RunPage> &page) {
        onNewer(generation, page);
    });
    if (generation != m_generation)
        return;
    int reread = 0;
    for (const Run &run : std::as_const(m_runs)) {
        if (reread == RefreshedRunsAtMost)
            break;
        if (isTerminal(run.lifecycle.status()))
            continue;
        ++reread;
        m_service->run(run.id).then(this, [this, generation](const Result<Run> &found) {
            if (generation == m_generation && found)
                updateRun(*found);
        });
    }
}

void HistoryModel::onNewer(quint64 generation, const Result<RunPage> &page)
{
    if (generation != m_generation)
        return;
    m_refreshing = false;
    if (!page) {
        // The cursor run was deleted from the history, or it cannot be read: start again.
        if (page.error().kind == u"run_not_found")
            reload();
        else
            Q_EMIT loadFailed(page.error());
        return;
    }
    QList<Run> newer;
    for (const Run &run : page->runs) {
        if (!m_slots.contains(run.id))
            newer.append(run);
    }
    if (newer.isEmpty())
        return;
    int shown = 0;
    for (const Run &run : std::as_const(newer))
        shown += matches(run, m_text) ? 1 : 0;
    if (shown > 0)
        beginInsertRows({}, 0, shown - 1);
    m_runs = newer + m_runs;
    m_slots.clear();
    for (qsizetype i = 0; i < m_runs.size(); ++i)
        m_slots.insert(m_runs.at(i).id, i);
    rebuildRows();
    if (shown > 0)
        endInsertRows();
}

void HistoryModel::rebuildRows()
{
    m_rows.clear();
    for (qsizetype i = 0; i < m_runs.size(); ++i) {
        if (matches(m_runs.at(i), m_text))
            m_rows.append(i);
    }
}

void HistoryModel::updateRun(const Run &run)
{
    const qsizetype slot = m_slots.value(run.id, -1);
    if (slot < 0)
        return;
    const bool wasShown = matches(m_runs.at(slot), m_text);
    m_runs[slot] = run;
    if (matches(run, m_text) != wasShown) {
        beginResetModel();
        rebuildRows();
        endResetModel();
        return;
    }
    const QModelIndex first = indexOfRun(run.id);
    if (first.isValid())
        Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
}

bool HistoryModel::matches(const Run &run, const QString &text)
{
    if (text.isEmpty())
        return true;
    if (run.id.contains(text, Qt::CaseInsensitive))
        return true;
    if (run.createdBy && run.createdBy->contains(text, Qt::CaseInsensitive))
        return true;
    if (!run.metadata.isEmpty()
        && QString::fromUtf8(QJsonDocument(run.metadata).toJson(QJsonDocument::Compact))
               .contains(text, Qt::CaseInsensitive))
        return true;
    for (const Task &task : run.tasks) {
        if (task.kind.contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

const Run *HistoryModel::runAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_runs.at(m_rows.at(row));
}

const Run *HistoryModel::run(const QString &runId) const
{
    const qsizetype slot = m_slots.value(runId, -1);
    return slot < 0 ? nullptr : &m_runs.at(slot);
}

QModelIndex HistoryModel::indexOfRun(const QString &runId, int column) const
{
    const qsizetype slot = m_slots.value(runId, -1);
    if (slot < 0)
        return {};
    const qsizetype row = m_rows.indexOf(slot);
    return row < 0 ? QModelIndex() : index(int(row), column);
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    const Run *run = runAt(index.row());
    if (!run || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const Status status = run->lifecycle.status();
    if (role == RunIdRole)
        return run->id;
    if (role == StatusRole)
        return int(status);
    if (role == Qt::DecorationRole && index.column() == StatusColumn)
        return StatusStyle::icon(status);
    if (role == Qt::ToolTipRole) {
        QString tip = run->id;
        if (const std::optional<Error> &error = run->lifecycle.error())
            tip += u"\n"_s + error->message;
        if (!run->metadata.isEmpty())
            tip += u"\n"_s
                   + QString::fromUtf8(QJsonDocument(run->metadata).toJson(QJsonDocument::Compact));
        return tip;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case RunColumn: {
        const QString name = run->metadata.value(u"name"_s).toString();
        return name.isEmpty() ? run->id : u"%1 (%2)"_s.arg(name, run->id);
    }
    case StatusColumn:
        return StatusStyle::name(status);
    case CreatedColumn:
        if (const std::optional<qint64> created = run->lifecycle.createdAt())
            return QLocale().toString(QDateTime::fromSecsSinceEpoch(*created), QLocale::ShortFormat);
        return {};
    case DurationColumn: {
        const std::optional<qint64> started = run->lifecycle.startedAt()
                                                  ? run->lifecycle.startedAt()
                                                  : run->lifecycle.createdAt();
        const std::optional<qint64> finished = run->lifecycle.finishedAt();
        if (started && finished)
            return StatusStyle::duration(*finished - *started);
        return {};
    }
    case TasksColumn: {
        int failed = 0;
        for (const Task &task : run->tasks)
            failed += task.lifecycle.status() == Status::Failed ? 1 : 0;
        if (failed > 0)
            return tr("%1 (%2 failed)").arg(run->tasks.size()).arg(failed);
        return QString::number(run->tasks.size());
    }
    case KindsColumn:
        return kindsOf(*run).join(u", "_s);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case RunColumn:
        return tr("Run");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    case DurationColumn:
        return tr("Duration");
    case TasksColumn:
        return tr("Tasks");
    case KindsColumn:
        return tr("Task Kinds");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace spool
