#include "audiosettings.h"

#include <schema/optionreader.h>

namespace spool {

AudioSettings AudioSettings::read(const OptionReader &options)
{
    AudioSettings settings;
    settings.format = options.text(u"format");
    settings.bitrate = options.integer(u"bitrate");
    settings.quality = options.text(u"quality");
    settings.start = options.number(u"start");
    settings.end = options.number(u"end");
    return settings;
}

} // namespace spool
