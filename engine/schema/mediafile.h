#pragma once

#include <QJsonObject>
#include <QString>

namespace spool {

/// A file flowing along a `next` edge: where it is and what the probe found (MediaProbe's
/// property names, the ones conditions test).
struct MediaFile
{
    QString path;
    QJsonObject properties;

    bool operator==(const MediaFile &other) const = default;
};

} // namespace spool
