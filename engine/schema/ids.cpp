#include "ids.h"

#include <QRandomGenerator>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int SuffixLength = 16;
constexpr QStringView Alphabet = u"abcdefghijklmnopqrstuvwxyz0123456789";

QString newId(QStringView prefix)
{
    QString id = prefix.toString();
    id.reserve(prefix.size() + SuffixLength);
    QRandomGenerator *random = QRandomGenerator::system();
    for (int i = 0; i < SuffixLength; ++i)
        id += Alphabet.at(random->bounded(int(Alphabet.size())));
    return id;
}

bool hasShape(QStringView id, QStringView prefix)
{
    if (id.size() != prefix.size() + SuffixLength || !id.startsWith(prefix))
        return false;
    for (QChar c : id.mid(prefix.size())) {
        if (!Alphabet.contains(c))
            return false;
    }
    return true;
}

} // namespace

QString Ids::newRunId()
{
    return newId(u"run_");
}

QString Ids::newTaskId()
{
    return newId(u"task_");
}

QString Ids::newEventId()
{
    return newId(u"evt_");
}

bool Ids::isRunId(QStringView id)
{
    return hasShape(id, u"run_");
}

bool Ids::isTaskId(QStringView id)
{
    return hasShape(id, u"task_");
}

} // namespace spool
