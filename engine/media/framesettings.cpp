#include "framesettings.h"

#include <schema/optionreader.h>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

std::optional<FrameSettings::Dimension> dimension(const QJsonValue &value)
{
    if (value.isDouble())
        return FrameSettings::Dimension{value.toDouble(), false};
    if (value.isString() && value.toString().endsWith(u'%'))
        return FrameSettings::Dimension{value.toString().chopped(1).toDouble(), true};
    return std::nullopt;
}

} // namespace

QString FrameSettings::Dimension::text() const
{
    return percent ? u"\"%1%\""_s.arg(value) : QString::number(value);
}

FrameSettings FrameSettings::read(const OptionReader &options)
{
    FrameSettings settings;
    const bool sized = options.given(u"width") || options.given(u"height");
    settings.width = dimension(sized ? options.options().value(u"width") : options.value(u"width"));
    settings.height = dimension(sized ? options.options().value(u"height")
                                      : options.value(u"height"));
    settings.fit = options.text(u"fit");
    settings.position = options.text(u"position");
    settings.background = options.text(u"background");
    return settings;
}

} // namespace spool
