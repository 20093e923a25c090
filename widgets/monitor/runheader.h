#pragma once

#include <schema/run.h>

#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;

namespace spool {

/// The line above a run's tasks: its id, status, progress, the time it has taken so far (or
/// took) and its input, with buttons to copy the id and open the run's folder.
class RunHeader : public QWidget
{
    Q_OBJECT

public:
    explicit RunHeader(QWidget *parent = nullptr);

    void setRun(const Run &run);
    void setProgress(int percent);
    void setInput(const QString &input);
    void clear();

    QString runIdText() const;
    QString statusText() const;
    QString elapsedText() const;
    QString inputText() const;
    int progress() const;
    QToolButton *copyButton() const { return m_copy; }
    QToolButton *folderButton() const { return m_folder; }

private:
    void updateElapsed();

    QLabel *m_id;
    QLabel *m_status;
    QProgressBar *m_progress;
    QLabel *m_elapsed;
    QLabel *m_input;
    QToolButton *m_copy;
    QToolButton *m_folder;
    QTimer *m_tick;
    std::optional<qint64> m_createdAt;
    std::optional<qint64> m_finishedAt;
};

} // namespace spool
