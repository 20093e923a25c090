#include "progressreporter.h"

#include <cmath>

namespace spool {

ProgressReporter::ProgressReporter(Sink sink)
    : m_sink(std::move(sink))
{}

void ProgressReporter::report(double fraction)
{
    if (std::isnan(fraction))
        return;
    const int percent = int(std::floor(qBound(0.0, fraction, 1.0) * 100));
    if (percent <= m_sent)
        return;
    if (percent < 100 && m_sinceLast.isValid() && m_sinceLast.elapsed() < MinIntervalMs)
        return;
    m_sent = percent;
    m_sinceLast.start();
    if (m_sink)
        m_sink(percent);
}

} // namespace spool
