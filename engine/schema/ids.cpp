#include "ids.h"

#include <QRandomGenerator>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int SuffixLength = 16;
constexpr QStringView Alphabet = u"abcdefghijklmnopqrstuvwxyz0123456789";

QString newId(QStringView prefix)
{
    // One draw from the system's source for the whole suffix: a draw is a system call.
    quint32 words[SuffixLength];
    QRandomGenerator::system()->fillRange(words);
    QString id = prefix.toString();
    id.reserve(prefix.size() + SuffixLength);
    for (const quint32 word : words)
        id += Alphabet.at(word % Alphabet.size()); // 2^32 % 36 leaves a bias below 1e-8
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
