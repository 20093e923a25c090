#include "thumbnailsettings.h"

#include <schema/optionreader.h>

namespace spool {

ThumbnailSettings ThumbnailSettings::read(const OptionReader &options)
{
    ThumbnailSettings settings;
    settings.count = int(options.integer(u"count").value_or(0));
    settings.interval = options.number(u"interval");
    settings.frame = FrameSettings::read(options);
    settings.quality = options.text(u"quality");
    settings.start = options.number(u"start");
    settings.end = options.number(u"end");
    settings.format = options.text(u"format");
    return settings;
}

} // namespace spool
