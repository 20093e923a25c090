#include "taskcontext.h"

#include <QDir>

namespace spool {

using namespace Qt::Literals::StringLiterals;

QString TaskContext::temporaryPath(const QString &name) const
{
    QDir().mkpath(outputDir);
    return outputDir + u"/.partial-"_s + name;
}

QString TaskContext::finalPath(const QString &name) const
{
    return outputDir + u'/' + name;
}

} // namespace spool
