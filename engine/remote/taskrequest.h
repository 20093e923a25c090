#pragma once

#include <QJsonObject>
#include <QString>

namespace spool {

/// The body of POST /tasks (spec §6): one task whose input is ingested implicitly from `url`.
struct TaskRequest
{
    QString url;
    QString kind;
    QJsonObject options;
};

} // namespace spool
