#pragma once

#include <graph/graphnode.h>

#include <QString>

namespace spool {

/// One problem of the request as the editor lists it: the validator's message, where it is in
/// the request, and the node and option it concerns (0 and empty when it concerns the request
/// as a whole).
struct Issue
{
    QString kind;
    QString message;
    QString pointer;
    NodeId node = 0;
    /// The option it concerns ("width"), empty for the task as a whole.
    QString option;

    bool operator==(const Issue &other) const = default;
};

} // namespace spool
