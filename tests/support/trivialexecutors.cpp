#include "trivialexecutors.h"

#include <runtime/taskcontext.h>
#include <runtime/taskoutcome.h>

namespace spool::test {

using namespace Qt::Literals::StringLiterals;

Result<TaskOutcome> InstantIngest::execute(TaskContext &context) const
{
    if (m_logs)
        context.log->add(u"ingested"_s);
    TaskOutcome outcome;
    outcome.primary = MediaFile{u"/bench/in.mp4"_s,
                                QJsonObject{{u"kind"_s, u"video"_s},
                                            {u"width"_s, 1920},
                                            {u"height"_s, 1080}}};
    return outcome;
}

Result<TaskOutcome> TrivialExecutor::execute(TaskContext &context) const
{
    TaskOutcome outcome;
    outcome.primary = context.input;
    return outcome;
}

std::shared_ptr<ExecutorRegistry> trivialRegistry(const QStringList &kinds, bool ingestLogs)
{
    auto registry = std::make_shared<ExecutorRegistry>();
    registry->add(u"ingest"_s, std::make_shared<InstantIngest>(ingestLogs));
    for (const QString &kind : kinds)
        registry->add(kind, std::make_shared<TrivialExecutor>());
    return registry;
}

} // namespace spool::test
