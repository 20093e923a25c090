#pragma once

#include "taskcontext.h"
#include "taskoutcome.h"

#include <core/result.h>

#include <optional>

namespace spool {

/// Does the work of one task kind. An executor is shared by every task of its kind and runs on
/// worker threads, several at once: it keeps no state between calls (or guards what it keeps).
class TaskExecutor
{
public:
    virtual ~TaskExecutor() = default;

    /// Checks the options against the input before the task is queued (its `validating`
    /// step): a problem here fails the task without taking a worker.
    virtual std::optional<Error> check(const QJsonObject &options,
                                       const std::optional<MediaFile> &input) const;

    /// Does the task. Returns its outcome, or an error naming the cause. Checks
    /// `context.cancel` between steps and returns promptly once it is set (the result is then
    /// ignored); removes whatever temporary files it wrote when it fails.
    virtual Result<TaskOutcome> execute(TaskContext &context) const = 0;
};

} // namespace spool
