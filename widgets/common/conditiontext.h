#pragma once

#include <QCoreApplication>
#include <QString>

namespace spool {

/// How the editor writes a condition's parts for a person: one table shared by the rule
/// editor and the node summaries, so the canvas and the inspector never disagree.
class ConditionText
{
    Q_DECLARE_TR_FUNCTIONS(ConditionText)

public:
    /// How an operator is shown: "=", "≠", "≥", "starts with"...; an unknown one as written.
    static QString operatorLabel(const QString &op);
};

} // namespace spool
