#include "spectext.h"

#include <schema/kindspec.h>

#include <QCoreApplication>

namespace spool {

QString SpecText::kindDescription(const KindSpec &spec)
{
    return translated(spec.description);
}

QString SpecText::kindDescription(QStringView kind)
{
    const KindSpec *spec = KindSpec::find(kind);
    return spec ? kindDescription(*spec) : QString();
}

QString SpecText::optionDescription(const OptionSpec &option)
{
    return translated(option.description);
}

QString SpecText::groupTitle(QStringView group)
{
    return translated(group);
}

QString SpecText::translated(QStringView english)
{
    if (english.isEmpty())
        return QString();
    return QCoreApplication::translate("spool::KindSpec", english.toUtf8().constData());
}

} // namespace spool
