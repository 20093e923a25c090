#pragma once

#include <core/result.h>
#include <schema/run.h>
#include <schema/runrequest.h>

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace spool {

/// Where runs keep their files: `<root>/runs/<run_id>/<task_id>/…`, each run's `run.json`
/// manifest beside its task folders, and the history database `<root>/history.sqlite`.
class Workspace
{
public:
    explicit Workspace(QString root);

    /// `SPOOL_WORKSPACE` when set, else Spool's folder under the user's data location.
    static QString defaultRoot();

    QString root() const { return m_root; }
    QString runDir(const QString &runId) const;
    QString taskDir(const QString &runId, const QString &taskId) const;
    QString databasePath() const;

    /// Rewrites `run.json` atomically (QSaveFile): a reader sees the old or the new file,
    /// never a torn one.
    std::optional<Error> writeManifest(const Run &run) const;

    /// Writes the logs of a finished run's tasks to `<run>/logs.json` (an object of task id →
    /// array of lines), once, when the run leaves memory; tasks without lines are left out.
    std::optional<Error> writeTaskLogs(const QString &runId,
                                       const QList<QPair<QString, QStringList>> &logs) const;
    /// A task's log lines from `logs.json`: none when the file or the task is not there.
    Result<QStringList> readTaskLog(const QString &runId, const QString &taskId) const;

    /// Keeps the request a run was started from in `<run>/request.json` (its canonical text),
    /// so a run of the history can be shown on the canvas it was drawn on.
    std::optional<Error> writeRequest(const QString &runId, const RunRequest &request) const;
    /// The request kept for a run; `request_unavailable` when the run has none (runs started
    /// before requests were kept, or by another engine).
    Result<RunRequest> readRequest(const QString &runId) const;

    /// Removes what the tasks of a run left under temporary names (`.partial-*` files and
    /// folders), as a run interrupted by a crash or kill -9 does.
    void discardPartialOutputs(const QString &runId) const;
    /// The same for one task's folder.
    static void discardPartialOutputsIn(const QString &taskDir);

private:
    QString m_root;
};

} // namespace spool
