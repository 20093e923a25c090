#pragma once

#include <schema/run.h>

#include <QDockWidget>

class QAction;
class QPlainTextEdit;
class QTimer;
class QTreeView;

namespace spool {

class RunHeader;
class RunService;
class RunTaskModel;

/// The run dock: a header (id, status, progress, elapsed time, input) above the tree of the
/// run's tasks and the log of the selected task. It follows one run through the service's
/// signals; the log is read again whenever the selected task changes and, while it is live,
/// every second, so it grows as the task writes it.
class RunDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit RunDock(RunService *service, QWidget *parent = nullptr);

    /// Shows `run` and follows it from now on; `input` is what the header says the run reads.
    void watch(const Run &run, const QString &input = {});
    void clear();
    /// The folder runs keep their files in (`<root>/runs/<run id>`), for Open Run Folder.
    void setWorkspaceRoot(const QString &root);

    QString runId() const;
    /// Selects a task's row (empty: none) without announcing it back.
    void selectTask(const QString &taskId);
    QString selectedTaskId() const;

    RunTaskModel *model() const { return m_model; }
    RunHeader *header() const { return m_header; }
    QTreeView *view() const { return m_view; }
    QPlainTextEdit *logView() const { return m_log; }
    QAction *copyRunIdAction() const { return m_copyAction; }
    QAction *openRunFolderAction() const { return m_folderAction; }
    QString runFolder() const;

Q_SIGNALS:
    /// The user picked a task's row; `requestNode` is its pointer into the request (may be empty).
    void taskSelected(const QString &taskId, const QString &requestNode);
    void messageRaised(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onRunChanged(const Run &run);
    void onTaskChanged(const QString &runId, const Task &task);
    void onSelectionChanged();
    void refreshLog();
    void copyRunId();
    void openRunFolder();
    void retranslate();

    RunService *m_service;
    RunHeader *m_header;
    RunTaskModel *m_model;
    QTreeView *m_view;
    QPlainTextEdit *m_log;
    QAction *m_copyAction;
    QAction *m_folderAction;
    QTimer *m_logTimer;
    QString m_workspaceRoot;
    bool m_selecting = false;
    /// Which request a log answer belongs to, so a late answer for another task is dropped.
    quint64 m_logRequest = 0;
};

} // namespace spool
