#pragma once

#include <QByteArray>
#include <QFile>

namespace spool::bench {

/// Peak resident memory of this process so far (VmHWM), in MiB; -1 when unknown.
inline double peakMemoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
    }
    return -1;
}

} // namespace spool::bench
