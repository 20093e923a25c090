#pragma once

#include <schema/run.h>

#include <QDockWidget>

class QComboBox;
class QLabel;
class QStackedWidget;

namespace spool {

class OutputPage;
class RunService;

/// The Preview dock: the outputs of the task selected in the run dock, on the canvas or in
/// the history, each in the view its kind needs (OutputPage), one at a time, picked from a
/// list when the task made several. It reads the run from the service and follows the shown
/// task, so the preview appears when the task finishes.
class PreviewDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit PreviewDock(RunService *service, QWidget *parent = nullptr);

    /// Reads the run from the service and shows the task's outputs.
    void showTask(const QString &runId, const QString &taskId);
    /// Shows a task of a run at hand.
    void showTask(const Run &run, const QString &taskId);
    void clear();

    QString runId() const { return m_run.id; }
    QString taskId() const { return m_taskId; }
    /// The output shown and the choice among the task's outputs.
    OutputPage *page() const { return m_page; }
    QComboBox *outputChooser() const { return m_outputs; }
    void showOutput(int index);
    /// What the dock says when it has no preview to show (nothing selected, no outputs yet).
    QString placeholder() const;

Q_SIGNALS:
    void messageRaised(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onTaskChanged(const QString &runId, const Task &task);
    void showPlaceholder(const QString &text);
    void retranslate();

    RunService *m_service;
    Run m_run;
    QString m_taskId;
    QComboBox *m_outputs;
    QLabel *m_title;
    QLabel *m_placeholder;
    QStackedWidget *m_stack;
    OutputPage *m_page = nullptr;
    quint64 m_request = 0;
};

} // namespace spool
