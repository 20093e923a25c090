#pragma once

#include <core/canceltoken.h>
#include <runtime/artifactcache.h>
#include <runtime/progressreporter.h>
#include <runtime/tasklog.h>
#include <schema/mediafile.h>

#include <QJsonObject>
#include <QString>

#include <optional>

namespace spool {

/// What an executor gets to do one task: its options, its input, a folder of its own to write
/// in, and the means to report progress, notice cancellation and explain itself.
struct TaskContext
{
    QString runId;
    QString taskId;
    QJsonObject options;
    /// The parent's primary output; absent for ingest.
    std::optional<MediaFile> input;
    /// The task's folder, `<workspace>/runs/<run_id>/<task_id>`, made by the first call of
    /// temporaryPath(). Outputs are written under temporaryPath() names and listed in the
    /// outcome; the engine puts them in place.
    QString outputDir;
    /// The folder relative local paths are resolved against (the request file's folder).
    QString baseDir;
    ProgressReporter *progress = nullptr;
    CancelToken cancel;
    TaskLog *log = nullptr;
    ArtifactCache *cache = nullptr;

    /// Where to write the output that will be called `name` once the task succeeds; creates
    /// the task's folder if need be (a task that writes nothing leaves no folder).
    QString temporaryPath(const QString &name) const;
    QString finalPath(const QString &name) const;
};

} // namespace spool
