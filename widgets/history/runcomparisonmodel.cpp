#include "runcomparisonmodel.h"

#include <common/statusstyle.h>

#include <QColor>
#include <QFont>
#include <QHash>
#include <QLocale>

#include <cmath>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

// Where a task stands for matching: its request node, else its kind and its place among the
// run's tasks of that kind that have no node.
QList<QString> keysOf(const Run &run)
{
    QList<QString> keys;
    QHash<QString, int> unplaced;
    for (const Task &task : run.tasks) {
        if (task.requestNode && !task.requestNode->isEmpty())
            keys.append(*task.requestNode);
        else
            keys.append(u"#%1/%2"_s.arg(task.kind).arg(unplaced[task.kind]++));
    }
    return keys;
}

QString taskLabel(const Task &task)
{
    const QString name = task.metadata.value(u"name"_s).toString();
    const QString where = task.requestNode.value_or(QString());
    QString label = name.isEmpty() ? task.kind : u"%1 (%2)"_s.arg(name, task.kind);
    if (!where.isEmpty())
        label += u"  "_s + where;
    return label;
}

QString probeOf(const OutputEntry &entry)
{
    QStringList parts;
    if (entry.width && entry.height)
        parts.append(u"%1×%2"_s.arg(*entry.width).arg(*entry.height));
    if (entry.duration)
        parts.append(u"%1 s"_s.arg(QLocale().toString(*entry.duration, 'f', 1)));
    if (entry.format && !entry.format->isEmpty())
        parts.append(*entry.format);
    for (const QString &key : {u"video_codec"_s, u"audio_codec"_s}) {
        const QString codec = entry.extra.value(key).toString();
        if (!codec.isEmpty())
            parts.append(codec);
    }
    if (parts.isEmpty())
        parts.append(entry.type.isEmpty() ? entry.kind : entry.type);
    return parts.join(u", "_s);
}

} // namespace

RunComparisonModel::RunComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RunComparisonModel::setRuns(const Run &first, const Run &second)
{
    beginResetModel();
    m_first = first;
    m_second = second;
    m_pairs.clear();
    const QList<QString> firstKeys = keysOf(first);
    const QList<QString> secondKeys = keysOf(second);
    QHash<QString, qsizetype> byKey;
    for (qsizetype i = 0; i < firstKeys.size(); ++i) {
        byKey.insert(firstKeys.at(i), m_pairs.size());
        m_pairs.append(Pair{firstKeys.at(i), taskLabel(first.tasks.at(i)), i, std::nullopt});
    }
    for (qsizetype i = 0; i < secondKeys.size(); ++i) {
        const auto it = byKey.constFind(secondKeys.at(i));
        if (it != byKey.cend() && !m_pairs[*it].second) {
            m_pairs[*it].second = i;
            continue;
        }
        m_pairs.append(Pair{secondKeys.at(i), taskLabel(second.tasks.at(i)), std::nullopt, i});
    }
    endResetModel();
}

const Task *RunComparisonModel::firstTask(int row) const
{
    if (row < 0 || row >= m_pairs.size() || !m_pairs.at(row).first)
        return nullptr;
    return &m_first.tasks.at(*m_pairs.at(row).first);
}

const Task *RunComparisonModel::secondTask(int row) const
{
    if (row < 0 || row >= m_pairs.size() || !m_pairs.at(row).second)
        return nullptr;
    return &m_second.tasks.at(*m_pairs.at(row).second);
}

int RunComparisonModel::rowOfRequestNode(const QString &pointer) const
{
    for (qsizetype i = 0; i < m_pairs.size(); ++i) {
        if (m_pairs.at(i).key == pointer)
            return int(i);
    }
    return -1;
}

std::optional<qint64> RunComparisonModel::durationOf(const Task &task)
{
    const std::optional<qint64> started = task.lifecycle.startedAt();
    const std::optional<qint64> finished = task.lifecycle.finishedAt();
    if (!started || !finished)
        return std::nullopt;
    return *finished - *started;
}

QString RunComparisonModel::outputSummary(const Task &task)
{
    if (task.outputs.isEmpty())
        return {};
    qint64 bytes = 0;
    bool sized = false;
    QStringList probes;
    for (const OutputEntry &entry : task.outputs) {
        if (entry.filesize) {
            bytes += *entry.filesize;
            sized = true;
        }
        probes.append(probeOf(entry));
    }
    QString text = tr("%n output(s)", nullptr, int(task.outputs.size()));
    if (sized)
        text += u", "_s + QLocale().formattedDataSize(bytes);
    return text + u": "_s + probes.join(u"; "_s);
}

bool RunComparisonModel::cellDiffers(int row, int column) const
{
    const Task *a = firstTask(row);
    const Task *b = secondTask(row);
    if (!a || !b)
        return column != TaskColumn;
    switch (Column(column)) {
    case TaskColumn:
        return false;
    case FirstStatusColumn:
    case SecondStatusColumn:
        return a->lifecycle.status() != b->lifecycle.status();
    case FirstDurationColumn:
    case SecondDurationColumn: {
        const std::optional<qint64> da = durationOf(*a);
        const std::optional<qint64> db = durationOf(*b);
        if (!da || !db)
            return da.has_value() != db.has_value();
        const qint64 gap = std::abs(*da - *db);
        return gap >= 1 && gap * 5 >= std::max(*da, *db);
    }
    case FirstOutputsColumn:
    case SecondOutputsColumn:
        return outputSummary(*a) != outputSummary(*b);
    case ColumnCount:
        break;
    }
    return false;
}

bool RunComparisonModel::rowDiffers(int row) const
{
    for (int column = FirstStatusColumn; column < ColumnCount; ++column) {
        if (cellDiffers(row, column))
            return true;
    }
    return false;
}

int RunComparisonModel::differingRows() const
{
    int count = 0;
    for (int row = 0; row < m_pairs.size(); ++row)
        count += rowDiffers(row) ? 1 : 0;
    return count;
}

int RunComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pairs.size());
}

int RunComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunComparisonModel::data(const QModelIndex &index, int role) const
{
    const int row = index.row();
    if (row < 0 || row >= m_pairs.size())
        return {};
    const Column column = Column(index.column());
    const bool firstSide = column == FirstStatusColumn || column == FirstDurationColumn
                           || column == FirstOutputsColumn;
    const Task *task = column == TaskColumn ? nullptr
                                            : (firstSide ? firstTask(row) : secondTask(row));
    const bool differs = column == TaskColumn ? rowDiffers(row) : cellDiffers(row, column);
    switch (role) {
    case DifferenceRole:
        return differs;
    case RequestNodeRole:
        return m_pairs.at(row).key.startsWith(u'/') ? m_pairs.at(row).key : QString();
    case Qt::BackgroundRole:
        // A translucent amber: it reads on light and dark bases alike.
        if (differs && column != TaskColumn)
            return QColor(255, 176, 0, 80);
        return {};
    case Qt::FontRole:
        if (differs) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if ((column == FirstStatusColumn || column == SecondStatusColumn) && task)
            return StatusStyle::icon(task->lifecycle.status());
        return {};
    case Qt::ToolTipRole:
        if (task && task->lifecycle.error())
            return task->lifecycle.error()->message;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    if (column == TaskColumn)
        return m_pairs.at(row).label;
    if (!task)
        return tr("(no task)");
    switch (column) {
    case FirstStatusColumn:
    case SecondStatusColumn:
        return StatusStyle::name(task->lifecycle.status());
    case FirstDurationColumn:
    case SecondDurationColumn:
        if (const std::optional<qint64> seconds = durationOf(*task))
            return StatusStyle::duration(*seconds);
        return QString();
    case FirstOutputsColumn:
    case SecondOutputsColumn:
        return outputSummary(*task);
    default:
        return {};
    }
}

QVariant RunComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TaskColumn:
        return tr("Task");
    case FirstStatusColumn:
        return tr("Status A");
    case SecondStatusColumn:
        return tr("Status B");
    case FirstDurationColumn:
        return tr("Duration A");
    case SecondDurationColumn:
        return tr("Duration B");
    case FirstOutputsColumn:
        return tr("Outputs A");
    case SecondOutputsColumn:
        return tr("Outputs B");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace spool
