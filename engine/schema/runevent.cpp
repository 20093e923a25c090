#include "runevent.h"

namespace spool {

using namespace Qt::Literals::StringLiterals;

QJsonObject RunEvent::toJson() const
{
    return QJsonObject{{u"id"_s, id},
                       {u"object"_s, u"event"_s},
                       {u"kind"_s, kind},
                       {u"data"_s, data},
                       {u"created_at"_s, createdAt}};
}

} // namespace spool
