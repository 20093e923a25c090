#pragma once

#include <schema/run.h>

#include <optional>

namespace spool {

/// What else a run made for the same input as one of its tasks: the media that task read,
/// and the outputs of its sibling tasks (subtitles, chapters) under the same ingest, so a
/// preview can play the input and draw the run's subtitles and chapters over it.
class RunCompanions
{
public:
    explicit RunCompanions(const Run &run);

    const Task *task(const QString &taskId) const;
    /// The ingest a task descends from (the task itself when it is one), or null.
    const Task *rootIngest(const Task &task) const;
    /// The audio or video the task worked from: the nearest source entry among its and its
    /// ancestors' inputs, else its ingest's output.
    std::optional<OutputEntry> inputMedia(const Task &task) const;
    /// The first output of the first succeeded task of `kind` under the same ingest.
    std::optional<OutputEntry> sibling(const Task &task, const QString &kind) const;
    /// The seconds a video or audio task cut from the start of its input (its `start`).
    static double trimStart(const Task &task);

private:
    const Task *parentOf(const Task &task) const;

    Run m_run;
};

} // namespace spool
