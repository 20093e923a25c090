#pragma once

#include <schema/run.h>

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTextStream>
#include <QTimer>

namespace spool {

class RunService;

/// Shows a run's progress on standard error while `spool-cli run` works: on a terminal, a bar
/// per task redrawn in place (at most ten times a second); otherwise one plain line per status
/// change, for logs.
class ProgressPrinter : public QObject
{
    Q_OBJECT

public:
    ProgressPrinter(RunService *service, bool terminal, QObject *parent = nullptr);

    /// Draws the final state (on a terminal) so the last frame is complete.
    void finish();

private:
    struct Line
    {
        QString kind;
        Status status = Status::Waiting;
        int progress = 0;
        int depth = 0;
        QString error;
        QStringList children; // in the order they were created
    };

    void onTaskChanged(const QString &runId, const Task &task);
    void onRunChanged(const Run &run);
    void redraw();
    bool closed();
    void scheduleFlush();
    QString row(const Line &line) const;
    const QString &clock();

    QTextStream m_err;
    bool m_terminal;
    // The tasks as a tree (roots, and each line's children), so that a new task costs the same
    // however many there are, and a redraw walks only the rows it shows.
    QStringList m_roots;
    QHash<QString, Line> m_lines;
    bool m_closed = false; // standard error is gone (EPIPE): print nothing more
    qint64 m_clockSecond = -1;
    QString m_clockText;
    int m_drawn = 0;
    QTimer m_redraw;
    QTimer m_flush;
};

} // namespace spool
