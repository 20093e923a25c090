#pragma once

#include <schema/mediafile.h>
#include <schema/outputentry.h>
#include <schema/task.h>

#include <QList>

#include <optional>

namespace spool {

/// What a task made. Files are listed with their temporary and final paths; the engine renames
/// them into place while the task is `finishing`, so no half-written file ever carries its
/// final name.
struct TaskOutcome
{
    struct File
    {
        QString temporaryPath;
        QString finalPath;
    };

    QList<File> files;
    /// Output entries (spec §3); `url` of an entry for a listed file is its final path's URL.
    QList<OutputEntry> outputs;
    /// What `next` tasks get as their input. Absent for kinds that pass their input through.
    std::optional<MediaFile> primary;
    /// A conditions task's results; `continues` false means no `next` task is created.
    std::optional<ConditionResults> results;
    /// Fields carried on the task object itself (a summary's title, description, tags,
    /// languages).
    std::optional<QString> title;
    std::optional<QString> description;
    std::optional<QStringList> tags;
    std::optional<QStringList> languages;
};

} // namespace spool
