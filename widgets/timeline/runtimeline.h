#pragma once

#include <schema/run.h>

#include <QHash>
#include <QWidget>

class QCPAxisRect;
class QCPGraph;
class QCPItemRect;
class QCustomPlot;
class QMouseEvent;
class QTimer;

namespace spool {

/// A run as a Gantt chart on QCustomPlot: a row per task, a bar from started to finished in
/// the status colour, the wait from created to started drawn lighter, bars of live tasks
/// growing with the clock; beneath it the run's progress over time. The time axis counts
/// seconds from the run's creation. The wheel zooms time, dragging pans it, hovering a bar
/// shows the task's details, a click selects the task.
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
    };

    void placeRow(Row &row, int index);
    void tick();
    void onMouseMove(QMouseEvent *event);
    void onMousePress(QMouseEvent *event);
    /// The row under a point of the plot, or -1.
    int rowAt(const QPointF &position) const;
    double now() const;
    void rescale();

    QCustomPlot *m_plot;
    QCPAxisRect *m_ganttRect;
    QCPAxisRect *m_progressRect;
    QCPGraph *m_progress;
    QTimer *m_clock;
    QString m_runId;
    qint64 m_createdAtMs = 0;
    bool m_live = false;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOf;
    QString m_selected;
};

} // namespace spool
