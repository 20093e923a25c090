#pragma once

#include <graph/graphnode.h>
#include <runtime/dryrun.h>
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
class RunNotifier;
class RunOverlay;
class TimelineDock;
class ValidationController;

/// Runs the open workflow and shows it live: Run (F5), Run with File…, Stop (Shift+F5), Run
/// Again, Retry Failed, and Dry Run (with the ingest's file or one chosen). It validates first
/// and refuses to start while there are problems (the nodes are marked by the validation); it
/// starts the request on the window's RunService and lays the run over the canvas, the run dock
/// and the timeline, keeping their selections in step. The service's answers are awaited with
/// continuations, never by blocking the GUI thread. While the run is live the workflow is
/// read-only: a banner says so and offers *Edit a Copy*, and any edit that reaches the undo
/// stack is taken back. A run that ends while the window is inactive is notified (RunNotifier).
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
    QAction *retryFailedAction() const { return m_retryFailed; }
    QAction *dryRunAction() const { return m_dryRun; }
    QAction *dryRunWithFileAction() const { return m_dryRunWithFile; }
    /// Adds the Run menu and the main toolbar's run buttons to the window.
    void install(QMainWindow *window);

    /// Validates and starts the workflow; `input` replaces the root ingest's url (as
    /// `spool-cli run --input`). False, with a message, when it did not start; true when it
    /// started or, with a service that answers later, when the start is on its way (a refusal
    /// then comes as startFailed()).
    bool run(const std::optional<QString> &input = std::nullopt);
    /// Asks for a file and runs the workflow on it.
    void runWithFile();
    /// Cancels the live run.
    void stop();
    /// Starts the last request again, with the same input.
    bool runAgain();
    /// Starts the last request again, with the same input, taking over the tasks of the last
    /// run that succeeded (StartOptions::reuse): only the branches under its failed or
    /// cancelled tasks run. False, with a message, when there is nothing to retry or the
    /// service cannot reuse outputs.
    bool retryFailed();
    /// Probes the sample (the root ingest's url, or `sample`) and paints what the conditions
    /// would decide, running nothing. False, with a message, when it could not.
    bool dryRun(const std::optional<QString> &sample = std::nullopt);
    /// Asks for a file and dry-runs the workflow on it.
    void dryRunWithFile();
    /// The last run shown to its end.
    const std::optional<Run> &lastRun() const { return m_lastRun; }
    /// The last dry run's report.
    const std::optional<DryRun::Report> &lastDryRun() const { return m_lastDryRun; }
    RunNotifier *notifier() const { return m_notifier; }
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
    /// The service refused to start a run (its message was raised too).
    void startFailed(const spool::Error &error);
    /// A task of the run shown was selected (canvas, run dock or timeline), for its preview.
    void taskShown(const QString &runId, const QString &taskId);

private:
    bool start(const RunRequest &request, const StartOptions &options);
    bool onStarted(const RunRequest &request,
                   const StartOptions &options,
                   const Result<Run> &started);
    StartOptions optionsFor(const std::optional<QString> &input) const;
    bool validates();
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
    QAction *m_retryFailed;
    QAction *m_dryRun;
    QAction *m_dryRunWithFile;
    RunNotifier *m_notifier;
    QString m_runId;
    bool m_live = false;
    /// A start or a cancel is on its way to the service.
    bool m_starting = false;
    bool m_stopping = false;
    /// The undo index when the run started: edits beyond it are taken back while live.
    int m_lockedIndex = -1;
    bool m_reverting = false;
    bool m_syncing = false;
    std::optional<RunRequest> m_lastRequest;
    StartOptions m_lastOptions;
    std::optional<Run> m_lastRun;
    std::optional<DryRun::Report> m_lastDryRun;
};

} // namespace spool
