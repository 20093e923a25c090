#pragma once

#include <graph/graphnode.h>
#include <runtime/runservice.h>

#include <QObject>

class QAction;
class QMainWindow;
class QUndoStack;

namespace spool {

class Document;
class GraphScene;
class GraphView;
class RunBanner;
class RunDock;
class RunOverlay;
class TimelineDock;
class ValidationController;

/// Runs the open workflow and shows it live: Run (F5), Run with File…, Stop (Shift+F5) and
/// Run Again. It validates first and refuses to start while there are problems (the nodes are
/// marked by the validation); it starts the request on the window's RunService and lays the
/// run over the canvas, the run dock and the timeline, keeping their selections in step.
/// While the run is live the workflow is read-only: a banner says so and offers *Edit a Copy*,
/// and any edit that reaches the undo stack is taken back.
class RunController : public QObject
{
    Q_OBJECT

public:
    struct Parts
    {
        RunService *service = nullptr;
        Document *document = nullptr;
        GraphScene *scene = nullptr;
        GraphView *view = nullptr;
        ValidationController *validation = nullptr;
        RunDock *runDock = nullptr;
        TimelineDock *timelineDock = nullptr;
    };

    explicit RunController(const Parts &parts, QObject *parent = nullptr);

    QAction *runAction() const { return m_run; }
    QAction *runWithFileAction() const { return m_runWithFile; }
    QAction *stopAction() const { return m_stop; }
    QAction *runAgainAction() const { return m_runAgain; }
    /// Adds the Run menu and the main toolbar's run buttons to the window.
    void install(QMainWindow *window);

    /// Validates and starts the workflow; `input` replaces the root ingest's url (as
    /// `spool-cli run --input`). False, with a message, when it did not start.
    bool run(const std::optional<QString> &input = std::nullopt);
    /// Asks for a file and runs the workflow on it.
    void runWithFile();
    /// Cancels the live run.
    void stop();
    /// Starts the last request again, with the same input.
    bool runAgain();
    /// Shows the workflow as an editable copy (untitled, not tied to the run); the run goes on
    /// in the docks.
    void editCopy();

    bool isLive() const { return m_live; }
    QString runId() const { return m_runId; }
    RunOverlay *overlay() const { return m_overlay; }
    RunBanner *banner() const { return m_banner; }

Q_SIGNALS:
    void messageRaised(const QString &message);
    /// The run being shown reached its terminal status.
    void runFinished(const spool::Run &run);
    void liveChanged(bool live);
    /// A task of the run shown was selected (canvas, run dock or timeline), for its preview.
    void taskShown(const QString &runId, const QString &taskId);

private:
    bool start(const RunRequest &request, const StartOptions &options);
    void setLive(bool live);
    void onRunFinished(const Run &run);
    void onUndoIndexChanged(int index);
    void selectTask(const QString &taskId);
    void onSceneSelection();
    void updateActions();
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;

    Parts m_parts;
    RunOverlay *m_overlay;
    RunBanner *m_banner = nullptr;
    QAction *m_run;
    QAction *m_runWithFile;
    QAction *m_stop;
    QAction *m_runAgain;
    QString m_runId;
    bool m_live = false;
    /// The undo index when the run started: edits beyond it are taken back while live.
    int m_lockedIndex = -1;
    bool m_reverting = false;
    bool m_syncing = false;
    std::optional<RunRequest> m_lastRequest;
    StartOptions m_lastOptions;
};

} // namespace spool
