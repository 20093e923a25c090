#include "videosettings.h"

#include <schema/optionreader.h>

namespace spool {

VideoSettings VideoSettings::read(const OptionReader &options)
{
    VideoSettings settings;
    settings.frame = FrameSettings::read(options);
    settings.quality = options.text(u"quality");
    settings.start = options.number(u"start");
    settings.end = options.number(u"end");
    settings.fps = options.number(u"fps");
    settings.format = options.text(u"format");
    settings.codec = options.text(u"codec");
    settings.bitrate = options.integer(u"bitrate");
    return settings;
}

} // namespace spool
