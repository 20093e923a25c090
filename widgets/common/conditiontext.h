#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
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
    /// A value as a rule shows it: numbers plain, text in quotes, arrays joined.
    static QString valueText(const QJsonValue &value);
    /// One rule checked against a file, the file's value beside the rule:
    /// "width is 320, the rule wants > 1920" (`holds` false) or "kind is "video" (= "video")".
    static QString checkText(const QString &property,
                             const QString &op,
                             const QJsonValue &expected,
                             const QJsonValue &actual,
                             bool holds);
    /// The same for an entry of a conditions task's `results` (property, operator, value,
    /// actual).
    static QString resultText(const QJsonObject &entry, bool holds);
};

} // namespace spool
