#pragma once

#include <graph/graphnode.h>
#include <schema/validator.h>

#include <QString>

namespace spool {

/// One problem of the request as the editor lists it: the validator's message (as a sentence,
/// starting with a capital letter), its severity, where it is in the request, and the node and
/// option it concerns (0 and empty when it concerns the request as a whole).
struct Issue
{
    QString kind;
    QString message;
    QString pointer;
    NodeId node = 0;
    /// The option it concerns ("width"), empty for the task as a whole.
    QString option;
    Validator::Severity severity = Validator::Severity::Error;
    /// Where it is for a person: the task by name or kind, then the field ("video › width").
    QString where;

    bool operator==(const Issue &other) const = default;
};

} // namespace spool
