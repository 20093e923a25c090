#include "conditiontext.h"

#include <schema/condition.h>

namespace spool {

QString ConditionText::operatorLabel(const QString &op)
{
    // The labels are the schema's operator table's; their words were marked for translation
    // in this class's context there.
    const Condition::Operator *found = Condition::findOperator(op);
    return found ? QCoreApplication::translate("ConditionText", found->label) : op;
}

} // namespace spool
