#include "runexport.h"

#include "jsonwriter.h"

#include <QJsonArray>

namespace spool {

using namespace Qt::Literals::StringLiterals;

QByteArray RunExport::toJson(const Run &run, const std::optional<QList<RunEvent>> &events)
{
    QJsonObject json = run.toJson();
    if (events) {
        QJsonArray array;
        for (const RunEvent &event : *events)
            array.append(event.toJson());
        json.insert(u"events"_s, array);
    }
    return JsonWriter::write(json);
}

} // namespace spool
