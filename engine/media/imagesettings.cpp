#include "imagesettings.h"

#include <schema/optionreader.h>

namespace spool {

ImageSettings ImageSettings::read(const OptionReader &options)
{
    ImageSettings settings;
    settings.frame = FrameSettings::read(options);
    settings.quality = options.text(u"quality");
    settings.start = options.number(u"start");
    settings.format = options.text(u"format");
    return settings;
}

} // namespace spool
