#pragma once

#include <schema/run.h>

#include <QHash>
#include <QWidget>

class QCPAxisRect;
class QCPGraph;
class QCPItemRect;
class QCustomPlot;
class QMouseEvent;
class QScrollBar;
class QTimer;

namespace spool {

/// A run as a Gantt chart on QCustomPlot: a row per task, a bar from started to finished in
/// the status colour, the wait from created to started drawn lighter, bars of live tasks
/// growing with the clock; beneath it the run's progress over time. The time axis counts
/// seconds from the run's creation. The wheel zooms time, dragging pans it, hovering a bar
/// shows the task's details, a click selects the task.
///
/// Rows keep a readable height (MinimumRowPixels): when more tasks than fit, a scroll bar
/// beside the chart moves through them and selecting a task scrolls to it. A live run's
/// changes are timed to the millisecond as they arrive (the Task's own times are whole
/// seconds), so short tasks get bars and durations of their true length; a past run has its
/// seconds only. Changes are drawn once per frame, however many arrive in it.
class RunTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit RunTimeline(QWidget *parent = nullptr);

    void setRun(const Run &run);
    void updateTask(const Task &task);
    /// The run's progress at this moment (a point of the lower plot).
    void addProgress(int percent);
    /// The run ended: live bars stop growing and the run's final state is drawn.
    void finishRun(const Run &run);
    void clear();

    QString runId() const { return m_runId; }
    int rowCount() const { return int(m_rows.size()); }
    /// The task in a row (0 is the top row), or an empty string.
    QString taskAtRow(int row) const;
    int rowOfTask(const QString &taskId) const;
    /// The time span (seconds from the run's creation) a task's bar covers, or {0, 0}.
    QPair<double, double> barOf(const QString &taskId) const;
    QColor barColour(const QString &taskId) const;
    void selectTask(const QString &taskId);
    /// What hovering a task shows.
    QString details(const QString &taskId) const;
    QCustomPlot *plot() const { return m_plot; }

    /// The rows in view (first, count): all of them unless they need more room than there is.
    QPair<int, int> visibleRows() const;
    QScrollBar *rowScrollBar() const { return m_rowScroll; }
    /// Draws what changed now rather than at the next frame (for a caller that measures or
    /// grabs the plot).
    void flush();

    static constexpr int MinimumRowPixels = 16;

    /// Writes the plot as PNG or PDF, by the file's suffix; false when it could not.
    bool exportTo(const QString &path, int width = 0, int height = 0);

Q_SIGNALS:
    void taskSelected(const QString &taskId);

private:
    struct Row
    {
        Task task;
        QCPItemRect *wait = nullptr;
        QCPItemRect *bar = nullptr;
        // When this widget saw the task made, start and end (ms since the epoch; 0: not seen).
        qint64 seenCreatedMs = 0;
        qint64 seenStartedMs = 0;
        qint64 seenFinishedMs = 0;
        bool running = false; // started or ended: it has a bar
    };

    void placeRow(Row &row, int index);
    void tick();
    void onMouseMove(QMouseEvent *event);
    void onMousePress(QMouseEvent *event);
    /// The row under a point of the plot, or -1.
    int rowAt(const QPointF &position) const;
    double now() const;
    void rescale();
    void updateRowRange();
    bool inView(int row) const;
    void scheduleReplot();
    void resizeEvent(QResizeEvent *event) override;
    /// A row's times in seconds from the run's creation: created, started, ended.
    void rowTimes(const Row &row, double *created, double *started, double *ended) const;
    static std::optional<qint64> refinedMs(std::optional<qint64> stamp, qint64 seenMs);

    QCustomPlot *m_plot;
    QCPAxisRect *m_ganttRect;
    QCPAxisRect *m_progressRect;
    QCPGraph *m_progress;
    QTimer *m_clock;
    QTimer *m_frame;
    QScrollBar *m_rowScroll;
    bool m_dirty = false;
    /// The rows in view when last laid out; rows outside draw nothing.
    QPair<int, int> m_shown{0, 0};
    bool m_scrolling = false;
    QString m_runId;
    qint64 m_createdAtMs = 0;
    bool m_live = false;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOf;
    QString m_selected;
};

} // namespace spool
