#include "conditiontext.h"

using namespace Qt::StringLiterals;

namespace spool {

QString ConditionText::operatorLabel(const QString &op)
{
    if (op == u"eq")
        return u"="_s;
    if (op == u"not")
        return u"≠"_s;
    if (op == u"gt")
        return u">"_s;
    if (op == u"gte")
        return u"≥"_s;
    if (op == u"lt")
        return u"<"_s;
    if (op == u"lte")
        return u"≤"_s;
    if (op == u"in")
        return tr("in");
    if (op == u"startsWith")
        return tr("starts with");
    if (op == u"endsWith")
        return tr("ends with");
    return op;
}

} // namespace spool
