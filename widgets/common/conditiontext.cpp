#include "conditiontext.h"

#include <schema/condition.h>

#include <QJsonArray>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace spool {

QString ConditionText::operatorLabel(const QString &op)
{
    // The labels are the schema's operator table's; their words were marked for translation
    // in this class's context there.
    const Condition::Operator *found = Condition::findOperator(op);
    return found ? QCoreApplication::translate("ConditionText", found->label) : op;
}

QString ConditionText::valueText(const QJsonValue &value)
{
    if (value.isString())
        return u'"' + value.toString() + u'"';
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(valueText(item));
        return u"["_s + items.join(u", "_s) + u"]"_s;
    }
    return u"null"_s;
}

QString ConditionText::checkText(const QString &property,
                                 const QString &op,
                                 const QJsonValue &expected,
                                 const QJsonValue &actual,
                                 bool holds)
{
    const QString rule = operatorLabel(op) + u' ' + valueText(expected);
    if (actual.isNull() || actual.isUndefined())
        return tr("the file has no %1; the rule wants %2").arg(property, rule);
    if (holds)
        return tr("%1 is %2 (%3)").arg(property, valueText(actual), rule);
    return tr("%1 is %2; the rule wants %3").arg(property, valueText(actual), rule);
}

QString ConditionText::resultText(const QJsonObject &entry, bool holds)
{
    return checkText(entry.value(u"property").toString(),
                     entry.value(u"operator").toString(),
                     entry.value(u"value"),
                     entry.value(u"actual"),
                     holds);
}

} // namespace spool
