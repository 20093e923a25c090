#include "status.h"

#include <array>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

struct StatusName
{
    Status status;
    QStringView name;
};

constexpr std::array<StatusName, 8> Names{{
    {Status::Waiting, u"waiting"},
    {Status::Validating, u"validating"},
    {Status::Queued, u"queued"},
    {Status::Processing, u"processing"},
    {Status::Finishing, u"finishing"},
    {Status::Succeeded, u"succeeded"},
    {Status::Failed, u"failed"},
    {Status::Cancelled, u"cancelled"},
}};

} // namespace

QString statusName(Status status)
{
    for (const StatusName &entry : Names) {
        if (entry.status == status)
            return entry.name.toString();
    }
    return {};
}

std::optional<Status> statusFromName(QStringView name)
{
    for (const StatusName &entry : Names) {
        if (entry.name == name)
            return entry.status;
    }
    if (name == u"ready")
        return Status::Succeeded;
    return std::nullopt;
}

bool isTerminal(Status status)
{
    return status == Status::Succeeded || status == Status::Failed || status == Status::Cancelled;
}

bool canTransition(Status from, Status to)
{
    if (isTerminal(from) || from == to)
        return false;
    if (to == Status::Failed || to == Status::Cancelled)
        return true;
    return int(to) > int(from);
}

} // namespace spool
