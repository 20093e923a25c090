#include "conditionsexecutor.h"

#include <schema/condition.h>

#include <QJsonArray>

namespace spool {

using namespace Qt::Literals::StringLiterals;

std::optional<Error> ConditionsExecutor::check(const QJsonObject &options,
                                               const std::optional<MediaFile> &input) const
{
    if (!input)
        return Error{u"input_missing"_s, u"a conditions task needs an input file to test"_s};
    QList<Error> problems;
    Condition::read(options, u"/options"_s, &problems);
    problems.append(Condition::formProblems(options, u"/options"_s));
    if (!problems.isEmpty()) {
        Error first = problems.first();
        first.message = first.path + u": "_s + first.message;
        return first;
    }
    return std::nullopt;
}

Result<TaskOutcome> ConditionsExecutor::execute(TaskContext &context) const
{
    QList<Error> problems;
    const QList<Condition> conditions = Condition::read(context.options, u"/options"_s, &problems);
    ConditionResults results;
    for (const Condition &condition : conditions) {
        QJsonObject entry = condition.toJson();
        const QJsonValue actual = context.input->properties.value(condition.property);
        entry.insert(u"actual"_s, actual.isUndefined() ? QJsonValue(QJsonValue::Null) : actual);
        if (condition.holds(context.input->properties))
            results.passed.append(entry);
        else
            results.failed.append(entry);
    }
    results.continues = results.failed.isEmpty();
    context.log->add(results.continues
                         ? u"all %1 conditions hold: the next tasks run"_s.arg(conditions.size())
                         : u"%1 of %2 conditions do not hold: the next tasks are not created"_s
                               .arg(results.failed.size())
                               .arg(conditions.size()));
    context.progress->report(1.0);
    TaskOutcome outcome;
    outcome.results = results;
    return outcome;
}

} // namespace spool
