#pragma once

#include <runtime/taskexecutor.h>

namespace spool {

/// `conditions`: tests the input file's properties (spec §5). It succeeds whether or not they
/// hold; `results.continue` says whether its `next` tasks are created. Its input passes on
/// unchanged.
class ConditionsExecutor : public TaskExecutor
{
public:
    std::optional<Error> check(const QJsonObject &options,
                               const std::optional<MediaFile> &input) const override;
    Result<TaskOutcome> execute(TaskContext &context) const override;
};

} // namespace spool
