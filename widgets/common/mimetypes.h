#pragma once

#include <QString>

namespace spool::MimeTypes {

/// A task kind dragged from the palette onto the canvas; the data is the kind's name (UTF-8).
inline QString taskKind()
{
    return QStringLiteral("application/x-spool-task-kind");
}

} // namespace spool::MimeTypes
