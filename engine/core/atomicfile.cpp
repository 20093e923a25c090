#include "atomicfile.h"

#include <QSaveFile>

namespace spool {

std::optional<QString> AtomicFile::write(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return file.errorString();
    return std::nullopt;
}

} // namespace spool
