#include "timecode.h"

namespace spool {

using namespace Qt::Literals::StringLiterals;

QString TimeCode::format(qint64 ms, Precision precision)
{
    const bool negative = ms < 0;
    ms = std::abs(ms);
    const qint64 hours = ms / 3600000;
    const qint64 minutes = (ms / 60000) % 60;
    const qint64 seconds = (ms / 1000) % 60;
    QString text = hours > 0 ? u"%1:%2:%3"_s.arg(hours)
                                   .arg(minutes, 2, 10, QChar(u'0'))
                                   .arg(seconds, 2, 10, QChar(u'0'))
                             : u"%1:%2"_s.arg(minutes).arg(seconds, 2, 10, QChar(u'0'));
    if (precision == Tenths)
        text += u".%1"_s.arg((ms / 100) % 10);
    else if (precision == Milliseconds)
        text += u".%1"_s.arg(ms % 1000, 3, 10, QChar(u'0'));
    return negative ? u"-"_s + text : text;
}

} // namespace spool
