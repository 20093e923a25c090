#include "taskexecutor.h"

namespace spool {

std::optional<Error> TaskExecutor::check(const QJsonObject &, const std::optional<MediaFile> &) const
{
    return std::nullopt;
}

} // namespace spool
