#pragma once

#include "error.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace spool {

/// Writing a whole file so that it is either complete or untouched: the bytes go to a
/// temporary file beside it, unbuffered, and every write, the fsync and the close are checked;
/// only then does the temporary replace the file (rename, then fsync of the folder). On any
/// failure the temporary is removed and the file keeps its old content: a crash or a full disk
/// never leaves a short or empty file behind as if it were complete.
///
/// A path that names something other than a regular file (a device such as /dev/full, a FIFO)
/// cannot be replaced; it is written in place, with the same checks.
class AtomicFile
{
public:
    /// Writes `data` to `path`; on failure an error (`file_unwritable`) that names the file
    /// and the system's reason, with `path` set to the file.
    static std::optional<Error> write(const QString &path, const QByteArray &data);
};

} // namespace spool
