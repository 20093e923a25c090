#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace spool {

/// Writing a whole file so that it is either complete or untouched: the bytes go to a
/// temporary file beside it, which replaces the file only once everything is written. A
/// crash or a full disk never leaves a half-written file behind as if it were complete.
class AtomicFile
{
public:
    /// Writes `data` to `path`; on failure, the reason (the file is then unchanged).
    static std::optional<QString> write(const QString &path, const QByteArray &data);
};

} // namespace spool
