#include "progressprinter.h"

#include <runtime/runservice.h>

#include <QDateTime>

#include <cstdio>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int BarWidth = 24;
constexpr int MaxLines = 30;
constexpr int RedrawMs = 100;
constexpr int FlushMs = 50;

} // namespace

ProgressPrinter::ProgressPrinter(RunService *service, bool terminal, QObject *parent)
    : QObject(parent)
    , m_err(stderr)
    , m_terminal(terminal)
{
    connect(service, &RunService::taskChanged, this, &ProgressPrinter::onTaskChanged);
    connect(service, &RunService::runChanged, this, &ProgressPrinter::onRunChanged);
    m_redraw.setInterval(RedrawMs);
    m_redraw.setSingleShot(true);
    connect(&m_redraw, &QTimer::timeout, this, &ProgressPrinter::redraw);
    m_flush.setInterval(FlushMs);
    m_flush.setSingleShot(true);
    connect(&m_flush, &QTimer::timeout, this, [this] {
        if (!closed())
            m_err.flush();
    });
}

void ProgressPrinter::finish()
{
    m_flush.stop();
    if (closed())
        return;
    if (m_terminal)
        redraw();
    m_err.flush();
}

bool ProgressPrinter::closed()
{
    if (!m_closed && m_err.status() == QTextStream::WriteFailed) {
        m_closed = true;
        m_redraw.stop();
    }
    return m_closed;
}

void ProgressPrinter::onTaskChanged(const QString &, const Task &task)
{
    auto it = m_lines.find(task.id);
    if (it == m_lines.end()) {
        Line line;
        line.kind = task.kind;
        const auto parent = task.parentId ? m_lines.find(*task.parentId) : m_lines.end();
        if (parent != m_lines.end()) {
            // Children are shown under their parent.
            line.depth = parent->depth + 1;
            parent->children.append(task.id);
        } else {
            m_roots.append(task.id);
        }
        it = m_lines.insert(task.id, line);
    }
    const Status previous = it->status;
    it->status = task.lifecycle.status();
    it->progress = task.progress;
    if (task.lifecycle.error())
        it->error = task.lifecycle.error()->message;

    if (closed())
        return;
    if (m_terminal) {
        if (!m_redraw.isActive())
            m_redraw.start();
        return;
    }
    if (previous == it->status && task.lifecycle.status() != Status::Waiting)
        return; // plain output has a line per status, not per percent
    QString text = u"%1 %2 %3 %4"_s.arg(clock(), task.id, task.kind, statusName(it->status));
    if (!it->error.isEmpty() && it->status == Status::Failed)
        text += u": "_s + it->error;
    m_err << text << u"\n"_s;
    scheduleFlush();
}

// Plain lines reach the log within FlushMs, in one write for all that came meanwhile rather
// than one per line: a run of many short tasks prints several lines per task.
void ProgressPrinter::scheduleFlush()
{
    if (!m_flush.isActive())
        m_flush.start();
}

void ProgressPrinter::onRunChanged(const Run &run)
{
    if (m_terminal || closed())
        return;
    QString text = u"%1 %2 %3"_s.arg(clock(), run.id, statusName(run.lifecycle.status()));
    if (run.lifecycle.error())
        text += u": "_s + run.lifecycle.error()->message;
    m_err << text << u"\n"_s;
    scheduleFlush();
}

// The time of day for plain lines, formatted once a second rather than once a line.
const QString &ProgressPrinter::clock()
{
    const qint64 second = QDateTime::currentSecsSinceEpoch();
    if (second != m_clockSecond) {
        m_clockSecond = second;
        m_clockText = QDateTime::fromSecsSinceEpoch(second).toString(u"HH:mm:ss"_s);
    }
    return m_clockText;
}

QString ProgressPrinter::row(const Line &line) const
{
    const int progress = isTerminal(line.status) && line.status == Status::Succeeded
                             ? 100
                             : line.progress;
    const int filled = progress * BarWidth / 100;
    const QString name = QString(line.depth * 2, u' ') + line.kind;
    QString row = u"  %1 [%2%3] %4%  %5"_s
                      .arg(name.leftJustified(22, u' ', true),
                           QString(filled, u'#'),
                           QString(BarWidth - filled, u'-'))
                      .arg(progress, 3)
                      .arg(statusName(line.status));
    if (line.status == Status::Failed && !line.error.isEmpty())
        row += u": "_s + line.error.left(80);
    return row;
}

void ProgressPrinter::redraw()
{
    if (closed())
        return;
    // Depth first, parents before their children, stopping at MaxLines rows.
    QStringList rows;
    std::vector<std::pair<const QStringList *, qsizetype>> stack{{&m_roots, 0}};
    while (!stack.empty() && rows.size() < MaxLines) {
        const QStringList *ids = stack.back().first;
        const qsizetype next = stack.back().second++;
        if (next >= ids->size()) {
            stack.pop_back();
            continue;
        }
        const auto line = m_lines.constFind(ids->at(next));
        rows.append(row(*line));
        if (!line->children.isEmpty())
            stack.emplace_back(&line->children, 0);
    }
    const qsizetype hidden = m_lines.size() - rows.size();
    if (hidden > 0)
        rows.append(u"  … and %1 more tasks"_s.arg(hidden));
    // Move up over the previous frame and draw over it, clearing each line.
    if (m_drawn > 0)
        m_err << u"\x1b[%1A"_s.arg(m_drawn);
    for (const QString &row : std::as_const(rows))
        m_err << u"\x1b[2K"_s << row << u"\n"_s;
    m_drawn = int(rows.size());
    m_err.flush();
}

} // namespace spool
