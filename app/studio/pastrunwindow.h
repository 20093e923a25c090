#pragma once

#include <schema/run.h>
#include <schema/runrequest.h>

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;

namespace spool {

class GraphModel;
class GraphScene;
class GraphView;
class RunDock;
class RunOverlay;
class RunService;
class TimelineDock;

/// A run of the history in a window of its own: its request on a read-only canvas with the
/// run's final statuses on the nodes (a RunOverlay), its run dock and its timeline, their
/// selections in step. Nothing on the canvas can be edited: the scene's edit requests reach
/// no controller, and no undo stack exists for it. It assembles; HistoryController fills it.
class PastRunWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// `workspaceRoot` is where the run's folder lies (for *Open Run Folder*).
    PastRunWindow(RunService *service, const QString &workspaceRoot, QWidget *parent = nullptr);
    ~PastRunWindow() override;

    /// Shows the run; `request` is what it was started from, when known, and `problem` says
    /// why the canvas stays empty when it is not.
    void showRun(const Run &run, const std::optional<RunRequest> &request, const QString &problem);
    /// Fits the request to the canvas.
    void fitToView();

    QString runId() const { return m_run.id; }
    const Run &run() const { return m_run; }
    GraphModel *model() const { return m_model.get(); }
    GraphScene *scene() const { return m_scene.get(); }
    GraphView *canvas() const { return m_canvas; }
    RunOverlay *overlay() const { return m_overlay; }
    RunDock *runDock() const { return m_runDock; }
    TimelineDock *timelineDock() const { return m_timelineDock; }
    QAction *exportAction() const { return m_export; }

Q_SIGNALS:
    void exportRequested(const QString &runId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void selectTask(const QString &taskId);
    void onSceneSelection();
    void retranslate();

    Run m_run;
    QString m_problem;
    std::unique_ptr<GraphModel> m_model;
    std::unique_ptr<GraphScene> m_scene;
    GraphView *m_canvas;
    RunOverlay *m_overlay;
    RunDock *m_runDock;
    TimelineDock *m_timelineDock;
    QAction *m_export;
    QLabel *m_banner;
    bool m_syncing = false;
};

} // namespace spool
