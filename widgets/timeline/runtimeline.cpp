#include "runtimeline.h"

#include <common/statusstyle.h>

#include "qcustomplotinclude.h"
#include <QDateTime>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {
// A task that took no measurable time still gets a visible bar.
constexpr double MinimumBar = 0.05;
constexpr int FrameMs = 16;
constexpr double RowHeight = 0.7;

QString nameOf(const Task &task)
{
    const QString name = task.metadata.value(u"name").toString();
    return name.isEmpty() ? task.kind : name;
}
} // namespace

RunTimeline::RunTimeline(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_clock(new QTimer(this))
    , m_frame(new QTimer(this))
    , m_rowScroll(new QScrollBar(Qt::Vertical, this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_rowScroll);
    m_rowScroll->hide();
    connect(m_rowScroll, &QScrollBar::valueChanged, this, [this] {
        updateRowRange();
        scheduleReplot();
    });
    m_frame->setSingleShot(true);
    m_frame->setInterval(FrameMs);
    connect(m_frame, &QTimer::timeout, this, &RunTimeline::flush);

    // Palette roles for everything but the status colours.
    const QPalette palette = this->palette();
    m_plot->setBackground(palette.brush(QPalette::Base));
    m_plot->plotLayout()->clear();
    m_ganttRect = new QCPAxisRect(m_plot);
    m_progressRect = new QCPAxisRect(m_plot);
    m_plot->plotLayout()->addElement(0, 0, m_ganttRect);
    m_plot->plotLayout()->addElement(1, 0, m_progressRect);
    m_plot->plotLayout()->setRowStretchFactor(0, 3);
    m_plot->plotLayout()->setRowStretchFactor(1, 1);
    auto *group = new QCPMarginGroup(m_plot);
    m_ganttRect->setMarginGroup(QCP::msLeft | QCP::msRight, group);
    m_progressRect->setMarginGroup(QCP::msLeft | QCP::msRight, group);
    for (QCPAxisRect *rect : {m_ganttRect, m_progressRect}) {
        for (QCPAxis *axis : rect->axes()) {
            axis->setBasePen(QPen(palette.color(QPalette::Mid)));
            axis->setTickPen(QPen(palette.color(QPalette::Mid)));
            axis->setSubTickPen(QPen(palette.color(QPalette::Mid)));
            axis->setTickLabelColor(palette.color(QPalette::Text));
            axis->setLabelColor(palette.color(QPalette::Text));
            axis->grid()->setPen(QPen(palette.color(QPalette::Midlight), 0, Qt::DotLine));
        }
        rect->setRangeZoom(Qt::Horizontal);
        rect->setRangeDrag(Qt::Horizontal);
    }
    // Both plots share the time axis: zooming one zooms the other.
    connect(m_ganttRect->axis(QCPAxis::atBottom),
            qOverload<const QCPRange &>(&QCPAxis::rangeChanged),
            m_progressRect->axis(QCPAxis::atBottom),
            qOverload<const QCPRange &>(&QCPAxis::setRange));
    connect(m_progressRect->axis(QCPAxis::atBottom),
            qOverload<const QCPRange &>(&QCPAxis::rangeChanged),
            m_ganttRect->axis(QCPAxis::atBottom),
            qOverload<const QCPRange &>(&QCPAxis::setRange));
    m_ganttRect->axis(QCPAxis::atLeft)->setRangeReversed(true);
    m_ganttRect->axis(QCPAxis::atLeft)->grid()->setVisible(false);
    m_progressRect->axis(QCPAxis::atBottom)->setLabel(tr("Seconds since the run was created"));
    m_progressRect->axis(QCPAxis::atLeft)->setRange(0, 100);
    m_progressRect->axis(QCPAxis::atLeft)->setLabel(tr("%"));
    m_progress = m_plot->addGraph(m_progressRect->axis(QCPAxis::atBottom),
                                  m_progressRect->axis(QCPAxis::atLeft));
    m_progress->setLineStyle(QCPGraph::lsStepLeft);
    m_progress->setPen(QPen(palette.color(QPalette::Highlight), 1.5));
    QColor fill = palette.color(QPalette::Highlight);
    fill.setAlphaF(0.2);
    m_progress->setBrush(fill);
    m_plot->setInteractions(QCP::iRangeZoom | QCP::iRangeDrag);
    m_plot->setMouseTracking(true);
    connect(m_plot, &QCustomPlot::mouseMove, this, &RunTimeline::onMouseMove);
    connect(m_plot, &QCustomPlot::mousePress, this, &RunTimeline::onMousePress);
    m_clock->setInterval(500);
    connect(m_clock, &QTimer::timeout, this, &RunTimeline::tick);
    clear();
}

double RunTimeline::now() const
{
    return (QDateTime::currentMSecsSinceEpoch() - m_createdAtMs) / 1000.0;
}

void RunTimeline::scheduleReplot()
{
    m_dirty = true;
    if (!m_frame->isActive())
        m_frame->start();
}

void RunTimeline::flush()
{
    m_frame->stop();
    if (!m_dirty)
        return;
    m_dirty = false;
    rescale();
    m_plot->replot();
}

void RunTimeline::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateRowRange();
    scheduleReplot();
}

void RunTimeline::clear()
{
    m_clock->stop();
    m_frame->stop();
    m_dirty = false;
    m_shown = {0, 0};
    m_scrolling = false;
    m_plot->clearItems();
    m_rows.clear();
    m_rowOf.clear();
    m_progress->data()->clear();
    m_runId.clear();
    m_selected.clear();
    m_live = false;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    m_ganttRect->axis(QCPAxis::atLeft)->setTicker(ticker);
    rescale();
    m_plot->replot();
}

void RunTimeline::setRun(const Run &run)
{
    clear();
    m_runId = run.id;
    m_createdAtMs = run.lifecycle.createdAt().value_or(QDateTime::currentSecsSinceEpoch()) * 1000;
    m_live = !isTerminal(run.lifecycle.status());
    m_progress->addData(0, 0);
    for (const Task &task : run.tasks)
        updateTask(task);
    if (m_live)
        m_clock->start();
    else
        finishRun(run);
    rescale();
    m_plot->replot();
}

void RunTimeline::updateTask(const Task &task)
{
    if (task.runId != m_runId && !task.runId.isEmpty())
        return;
    auto it = m_rowOf.constFind(task.id);
    if (it == m_rowOf.cend()) {
        Row row;
        row.task = task;
        row.wait = new QCPItemRect(m_plot);
        row.bar = new QCPItemRect(m_plot);
        for (QCPItemRect *rect : {row.wait, row.bar}) {
            rect->setClipAxisRect(m_ganttRect);
            for (QCPItemPosition *position : {rect->topLeft, rect->bottomRight})
                position->setAxes(m_ganttRect->axis(QCPAxis::atBottom),
                                  m_ganttRect->axis(QCPAxis::atLeft));
        }
        m_rows.append(row);
        m_rowOf.insert(task.id, int(m_rows.size() - 1));
        auto ticker = m_ganttRect->axis(QCPAxis::atLeft)->ticker().dynamicCast<QCPAxisTickerText>();
        ticker->addTick(double(m_rows.size() - 1), nameOf(task));
        it = m_rowOf.constFind(task.id);
    }
    Row &row = m_rows[*it];
    row.task = task;
    if (m_live) {
        // Timed as it arrives, to the millisecond.
        const qint64 seen = QDateTime::currentMSecsSinceEpoch();
        if (!row.seenCreatedMs)
            row.seenCreatedMs = seen;
        if (!row.seenStartedMs && task.lifecycle.startedAt())
            row.seenStartedMs = seen;
        if (!row.seenFinishedMs && isTerminal(task.lifecycle.status()))
            row.seenFinishedMs = seen;
    }
    placeRow(row, *it);
    scheduleReplot();
}

// The moment this widget saw a change refines the task's whole-second stamp when it agrees
// with it (seen within the stamp's second or the next): the ms of a live run. A stamp from
// elsewhere (a scripted or past run) is kept as it is.
std::optional<qint64> RunTimeline::refinedMs(std::optional<qint64> stamp, qint64 seenMs)
{
    if (!stamp)
        return seenMs ? std::optional<qint64>(seenMs) : std::nullopt;
    if (seenMs >= *stamp * 1000 && seenMs < (*stamp + 2) * 1000)
        return seenMs;
    return *stamp * 1000;
}

void RunTimeline::rowTimes(const Row &row, double *created, double *started, double *ended) const
{
    const Lifecycle &life = row.task.lifecycle;
    const auto seconds = [this](qint64 ms) { return (ms - m_createdAtMs) / 1000.0; };
    const std::optional<qint64> end = life.finishedAt()
                                          ? refinedMs(life.finishedAt(), row.seenFinishedMs)
                                          : std::nullopt;
    *ended = end ? seconds(*end) : now();
    const std::optional<qint64> start = life.startedAt()
                                            ? refinedMs(life.startedAt(), row.seenStartedMs)
                                            : std::nullopt;
    *started = start ? seconds(*start) : (end ? *ended : now());
    const std::optional<qint64> made = refinedMs(life.createdAt(), row.seenCreatedMs);
    *created = made ? seconds(*made) : 0;
    *created = qMax(0.0, qMin(*created, *started));
}

void RunTimeline::placeRow(Row &row, int index)
{
    const Lifecycle &life = row.task.lifecycle;
    double created = 0;
    double started = 0;
    double end = 0;
    rowTimes(row, &created, &started, &end);
    const Status status = life.status();
    const QPalette palette = this->palette();
    const double top = index - RowHeight / 2;
    const double bottom = index + RowHeight / 2;
    row.wait->topLeft->setCoords(created, top + RowHeight * 0.25);
    row.wait->bottomRight->setCoords(qMax(started, created), bottom - RowHeight * 0.25);
    row.wait->setPen(Qt::NoPen);
    row.wait->setBrush(StatusStyle::waitColor(status, palette.color(QPalette::Base)));
    const bool running = life.startedAt() || isTerminal(status);
    row.running = running;
    // Rows scrolled out of view draw nothing: a replot costs the rows in view only.
    row.wait->setVisible(inView(index));
    row.bar->setVisible(running && inView(index));
    row.bar->topLeft->setCoords(started, top);
    row.bar->bottomRight->setCoords(qMax(end, started + MinimumBar), bottom);
    row.bar->setBrush(StatusStyle::color(status));
    row.bar->setPen(row.task.id == m_selected ? QPen(palette.color(QPalette::Highlight), 2)
                                              : QPen(StatusStyle::color(status).darker(130)));
}

void RunTimeline::tick()
{
    // Live bars grow with the clock.
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!isTerminal(m_rows.at(i).task.lifecycle.status()))
            placeRow(m_rows[i], i);
    }
    scheduleReplot();
}

void RunTimeline::addProgress(int percent)
{
    if (m_runId.isEmpty())
        return;
    m_progress->addData(qMax(0.0, now()), percent);
    scheduleReplot();
}

void RunTimeline::finishRun(const Run &run)
{
    if (run.id != m_runId)
        return;
    m_live = false;
    m_clock->stop();
    for (const Task &task : run.tasks)
        updateTask(task);
    if (run.lifecycle.finishedAt()) {
        const double end = double(*run.lifecycle.finishedAt()) - m_createdAtMs / 1000.0;
        m_progress->addData(qMax(end,
                                 m_progress->data()->isEmpty()
                                     ? end
                                     : (m_progress->data()->constEnd() - 1)->key),
                            run.lifecycle.status() == Status::Succeeded ? 100 : run.progress);
    }
    rescale();
    m_plot->replot();
}

void RunTimeline::rescale()
{
    double last = 1;
    for (const Row &row : std::as_const(m_rows))
        last = qMax(last, row.bar->bottomRight->coords().x());
    if (!m_progress->data()->isEmpty())
        last = qMax(last, (m_progress->data()->constEnd() - 1)->key);
    m_ganttRect->axis(QCPAxis::atBottom)->setRange(0, last * 1.05);
    updateRowRange();
}

QPair<int, int> RunTimeline::visibleRows() const
{
    const int rows = int(m_rows.size());
    // The chart's share of the plot (3 of 4 rows of the layout), less its axis margins.
    const int height = m_ganttRect->height() > 0 ? m_ganttRect->height()
                                                 : m_plot->height() * 3 / 4 - 40;
    // Hidden, the plot has no laid-out size yet: every row counts as in view.
    const int fitting = isVisible() ? qMax(1, height / MinimumRowPixels) : qMax(rows, 1);
    if (rows <= fitting)
        return {0, rows};
    return {qBound(0, m_rowScroll->value(), rows - fitting), fitting};
}

void RunTimeline::updateRowRange()
{
    const int rows = int(m_rows.size());
    const int height = m_ganttRect->height() > 0 ? m_ganttRect->height()
                                                 : m_plot->height() * 3 / 4 - 40;
    const int fitting = isVisible() ? qMax(1, height / MinimumRowPixels) : qMax(rows, 1);
    const bool scrolls = rows > fitting;
    {
        const QSignalBlocker blocker(m_rowScroll);
        m_rowScroll->setRange(0, scrolls ? rows - fitting : 0);
        m_rowScroll->setPageStep(fitting);
    }
    if (m_rowScroll->isVisible() != scrolls)
        m_rowScroll->setVisible(scrolls);
    const QPair<int, int> shown = visibleRows();
    m_ganttRect->axis(QCPAxis::atLeft)
        ->setRange(shown.first - 0.6, shown.first + qMax(shown.second, 1) - 0.4);
    if (shown != m_shown || scrolls != m_scrolling) {
        m_shown = shown;
        m_scrolling = scrolls;
        for (int i = 0; i < m_rows.size(); ++i) {
            Row &row = m_rows[i];
            row.wait->setVisible(inView(i));
            row.bar->setVisible(row.running && inView(i));
        }
    }
}

bool RunTimeline::inView(int row) const
{
    // Without a scroll bar every row is in view, one just added too.
    return !m_scrolling || (row >= m_shown.first && row < m_shown.first + m_shown.second);
}

QString RunTimeline::taskAtRow(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).task.id : QString();
}

int RunTimeline::rowOfTask(const QString &taskId) const
{
    return m_rowOf.value(taskId, -1);
}

QPair<double, double> RunTimeline::barOf(const QString &taskId) const
{
    const int row = rowOfTask(taskId);
    if (row < 0 || !m_rows.at(row).running)
        return {0, 0};
    return {m_rows.at(row).bar->topLeft->coords().x(),
            m_rows.at(row).bar->bottomRight->coords().x()};
}

QColor RunTimeline::barColour(const QString &taskId) const
{
    const int row = rowOfTask(taskId);
    return row < 0 ? QColor() : m_rows.at(row).bar->brush().color();
}

void RunTimeline::selectTask(const QString &taskId)
{
    const QString previous = m_selected;
    m_selected = taskId;
    for (const QString &id : {previous, taskId}) {
        const int row = rowOfTask(id);
        if (row >= 0)
            placeRow(m_rows[row], row);
    }
    // Scrolled into view.
    const int row = rowOfTask(taskId);
    const QPair<int, int> shown = visibleRows();
    if (row >= 0 && (row < shown.first || row >= shown.first + shown.second))
        m_rowScroll->setValue(row - shown.second / 2);
    scheduleReplot();
}

QString RunTimeline::details(const QString &taskId) const
{
    const int row = rowOfTask(taskId);
    if (row < 0)
        return {};
    const Task &task = m_rows.at(row).task;
    const Lifecycle &life = task.lifecycle;
    QStringList lines{nameOf(task) + u" · "_s + task.id, StatusStyle::name(life.status())};
    // Durations to the millisecond where this widget timed them, else in whole seconds.
    const Row &seen = m_rows.at(row);
    const auto span =
        [](std::optional<qint64> from, qint64 fromSeen, std::optional<qint64> to, qint64 toSeen) {
            const qint64 a = *refinedMs(from, fromSeen);
            const qint64 b = *refinedMs(to, toSeen);
            const bool precise = a != *from * 1000 || b != *to * 1000
                                 || (fromSeen && toSeen && a == fromSeen && b == toSeen);
            return precise ? StatusStyle::preciseDuration(b - a)
                           : StatusStyle::duration(*to - *from);
        };
    if (life.createdAt() && life.startedAt())
        lines.append(tr("Waited %1")
                         .arg(span(life.createdAt(),
                                   seen.seenCreatedMs,
                                   life.startedAt(),
                                   seen.seenStartedMs)));
    if (life.startedAt() && life.finishedAt())
        lines.append(tr("Took %1").arg(
            span(life.startedAt(), seen.seenStartedMs, life.finishedAt(), seen.seenFinishedMs)));
    else if (!isTerminal(life.status()) && life.startedAt())
        lines.append(tr("%1 % done").arg(task.progress));
    if (life.error())
        lines.append(life.error()->message);
    return lines.join(u'\n');
}

int RunTimeline::rowAt(const QPointF &position) const
{
    if (!m_ganttRect->rect().contains(position.toPoint()))
        return -1;
    const double value = m_ganttRect->axis(QCPAxis::atLeft)->pixelToCoord(position.y());
    const int row = qRound(value);
    const QPair<int, int> shown = visibleRows();
    if (row < shown.first || row >= shown.first + shown.second)
        return -1;
    return row >= 0 && row < m_rows.size() && qAbs(value - row) <= RowHeight / 2 ? row : -1;
}

void RunTimeline::onMouseMove(QMouseEvent *event)
{
    const int row = rowAt(event->position());
    if (row < 0) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(event->globalPosition().toPoint(), details(taskAtRow(row)), m_plot);
}

void RunTimeline::onMousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const int row = rowAt(event->position());
    if (row < 0)
        return;
    selectTask(taskAtRow(row));
    Q_EMIT taskSelected(taskAtRow(row));
}

bool RunTimeline::exportTo(const QString &path, int width, int height)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf")
        return m_plot->savePdf(path, width, height);
    if (suffix == u"png")
        return m_plot->savePng(path, width, height);
    return false;
}

} // namespace spool
