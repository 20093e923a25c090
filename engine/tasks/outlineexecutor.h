#pragma once

#include "transcripttaskexecutor.h"

namespace spool {

/// `outline`: the chapters as `{ "kind": "outline", "timeline": [{title, start, end}] }`.
class OutlineExecutor : public TranscriptTaskExecutor
{
public:
    OutlineExecutor()
        : TranscriptTaskExecutor(QStringLiteral("outline"))
    {}

protected:
    Result<TaskOutcome> make(TaskContext &context, const Transcript &transcript) const override;
};

} // namespace spool
