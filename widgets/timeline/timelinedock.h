#pragma once

#include <QDockWidget>

class QAction;

namespace spool {

class RunService;
class RunTimeline;
struct Run;

/// The timeline dock: a RunTimeline fed by a run service's signals for one run, with
/// *Export Timeline…* (PNG or PDF).
class TimelineDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit TimelineDock(RunService *service, QWidget *parent = nullptr);

    void watch(const Run &run);
    void clear();
    RunTimeline *timeline() const { return m_timeline; }
    QAction *exportAction() const { return m_export; }
    /// Asks where to write the plot and writes it.
    void exportWithDialog();

Q_SIGNALS:
    void taskSelected(const QString &taskId);
    void messageRaised(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    RunService *m_service;
    RunTimeline *m_timeline;
    QAction *m_export;
};

} // namespace spool
