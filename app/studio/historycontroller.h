#pragma once

#include <core/result.h>
#include <schema/run.h>
#include <schema/runrequest.h>

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QMainWindow;
class QWidget;

namespace spool {

class CompareRunsDialog;
class HistoryDock;
class PastRunWindow;
class RunService;

/// The history's behaviour: opening a past run (its request on a read-only canvas with its
/// final statuses, its run dock and timeline, in a PastRunWindow), *Export Run…* (the Run
/// object as `spool-cli show RUN_ID --json` prints it, through RunExport) and *Compare Runs*
/// (two runs task by task). The History dock announces what the user asked for; this answers.
class HistoryController : public QObject
{
    Q_OBJECT

public:
    struct Parts
    {
        RunService *service = nullptr;
        HistoryDock *dock = nullptr;
        /// Where runs keep their folders, for the run dock's *Open Run Folder*.
        QString workspaceRoot;
        /// The run the main window shows, for *Export Run…* when the History has no
        /// selection; may be empty.
        std::function<QString()> currentRunId;
    };

    explicit HistoryController(const Parts &parts, QObject *parent = nullptr);
    ~HistoryController() override;

    /// Where dialogs and past-run windows hang.
    void setDialogParent(QWidget *parent) { m_dialogParent = parent; }
    /// Adds Export Run… and Compare Runs… to the Run menu (the menu named `runMenu`, made
    /// here when the window has none).
    void install(QMainWindow *window);
    QAction *exportRunAction() const { return m_exportRun; }
    QAction *compareRunsAction() const { return m_compareRuns; }

    /// A run of the history with its request, the tasks given their request nodes where they
    /// lack them (TaskNodeMatcher); nullopt for the request when it was not kept, with the
    /// reason in `requestProblem`.
    struct PastRun
    {
        Run run;
        std::optional<RunRequest> request;
        QString requestProblem;
    };
    Result<PastRun> load(const QString &runId) const;

    /// Opens a past run in its window (the one already open for it, if any).
    Result<PastRunWindow *> openRun(const QString &runId);
    /// Writes the run's JSON to `path`.
    std::optional<Error> exportRun(const QString &runId, const QString &path) const;
    /// Asks where, then exports.
    void exportRunWithDialog(const QString &runId);
    /// Opens the comparison of two runs (A, then B).
    Result<CompareRunsDialog *> compareRuns(const QString &first, const QString &second);

Q_SIGNALS:
    void messageRaised(const QString &message);

private:
    void exportChosenRun();
    void compareChosenRuns();
    void retranslate();

    Parts m_parts;
    QWidget *m_dialogParent = nullptr;
    QAction *m_exportRun;
    QAction *m_compareRuns;
    QHash<QString, QPointer<PastRunWindow>> m_windows;
    QPointer<CompareRunsDialog> m_compare;
};

} // namespace spool
