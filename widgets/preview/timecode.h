#pragma once

#include <QString>

namespace spool {

/// Times as the preview shows them: `m:ss` or `h:mm:ss`, with tenths or milliseconds on demand.
class TimeCode
{
public:
    enum Precision { Seconds, Tenths, Milliseconds };
    static QString format(qint64 ms, Precision precision = Seconds);
};

} // namespace spool
