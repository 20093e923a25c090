#pragma once

#include <runtime/taskoutcome.h>
#include <schema/run.h>
#include <schema/taskdef.h>

#include <QHash>

#include <optional>

namespace spool {

/// What a run takes over from an earlier run of the same request (Retry Failed): a task whose
/// request node succeeded there with the same kind, the same options and the same input is not
/// run again; it succeeds at once with that task's outputs, and its `next` tasks are scheduled
/// as usual, so the branches under failed or cancelled tasks run and nothing else does.
///
/// The outputs are referenced, not copied: their urls still name the files in the earlier
/// run's folder, and the task records where they came from (Task::reusedFrom). A task is run
/// again when one of its output files is gone or has changed size, or when what it handed its
/// `next` tasks cannot be known from the earlier run.
class ReusePlan
{
public:
    explicit ReusePlan(const Run &previous);

    QString runId() const { return m_runId; }

    /// The outcome to take over for `task` (made from `def`, its inputs set), or nothing when
    /// it must run. `input` is the file the task would read.
    std::optional<TaskOutcome> match(const Task &task,
                                     const TaskDef &def,
                                     const std::optional<MediaFile> &input) const;
    /// Where the files taken over for this request node were made: the earlier run's task,
    /// or, when that task had itself taken them over, the run that made them.
    std::optional<Task::Origin> origin(const QString &requestNode) const;

private:
    QString m_runId;
    QHash<QString, Task> m_succeeded;       // by request node
    QHash<QString, OutputEntry> m_handedOn; // task id -> the input entry its next tasks got
};

} // namespace spool
