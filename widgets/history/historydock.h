#pragma once

#include <QDockWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;

namespace spool {

class HistoryModel;
class RunService;

/// The History dock: the runs of the service's history, newest first, filtered by status and
/// by text, loaded a page at a time as the list is scrolled. While it is shown it polls the
/// service (refresh() every second, one cheap query for newer runs), so a run another process
/// started on the same history appears without a restart.
///
/// Opening a run (double-click, Enter, *Open Run*) announces it; so do *Compare Runs* (two
/// runs selected) and *Export Run…*. What they do is the controller's business.
class HistoryDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit HistoryDock(RunService *service, QWidget *parent = nullptr);

    HistoryModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *statusBox() const { return m_status; }
    QAction *openAction() const { return m_open; }
    QAction *compareAction() const { return m_compare; }
    QAction *exportAction() const { return m_export; }
    QAction *copyIdAction() const { return m_copy; }
    /// How often the history is polled while the dock is shown.
    void setPollInterval(int milliseconds);

    /// The selected runs' ids, newest first.
    QStringList selectedRunIds() const;
    /// Selects the run's row, if it is loaded and shown.
    bool selectRun(const QString &runId);

Q_SIGNALS:
    void runOpened(const QString &runId);
    void compareRequested(const QString &first, const QString &second);
    void exportRequested(const QString &runId);
    void messageRaised(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void openCurrent();
    void updateActions();
    void updateCount();
    void retranslate();

    HistoryModel *m_model;
    QLineEdit *m_filter;
    QComboBox *m_status;
    QTreeView *m_view;
    QLabel *m_count;
    QAction *m_open;
    QAction *m_compare;
    QAction *m_export;
    QAction *m_copy;
    QTimer *m_poll;
    QTimer *m_filterDelay;
};

} // namespace spool
