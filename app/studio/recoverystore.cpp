#include "recoverystore.h"

#include "document.h"
#include "spoolfile.h"

#include <core/atomicfile.h>
#include <schema/jsonreader.h>
#include <schema/jsonwriter.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>

#include <cerrno>
#include <csignal>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString Prefix = u"recovery-"_s;
const QString Suffix = u".spool"_s;

bool processIsAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

} // namespace

RecoveryStore::RecoveryStore(const QString &folder)
    : m_folder(folder)
{}

QString RecoveryStore::ownFile() const
{
    return QDir(m_folder).filePath(Prefix + QString::number(QCoreApplication::applicationPid())
                                   + Suffix);
}

std::optional<Error> RecoveryStore::write(const Document &document) const
{
    if (!QDir().mkpath(m_folder))
        return Error{u"write_failed"_s,
                     QCoreApplication::translate("spool::RecoveryStore", "cannot create %1")
                         .arg(m_folder),
                     m_folder};
    QJsonObject object = document.toSpoolFile().toJson();
    object.insert(u"recovery"_s,
                  QJsonObject{{u"original"_s, document.filePath()},
                              {u"saved"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
    if (std::optional<Error> error = AtomicFile::write(ownFile(), JsonWriter::write(object)))
        return Error{u"write_failed"_s, error->message, ownFile()};
    return std::nullopt;
}

void RecoveryStore::discardOwn() const
{
    QFile::remove(ownFile());
}

QList<RecoveryStore::Entry> RecoveryStore::orphans() const
{
    QList<Entry> entries;
    const QDir dir(m_folder);
    for (const QFileInfo &info :
         dir.entryInfoList({Prefix + u"*"_s + Suffix}, QDir::Files, QDir::Time)) {
        const QString pidText = info.fileName().mid(Prefix.size()).chopped(Suffix.size());
        bool ok = false;
        const qint64 pid = pidText.toLongLong(&ok);
        if (!ok || pid == QCoreApplication::applicationPid() || processIsAlive(pid))
            continue;
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const Result<QJsonValue> json = JsonReader::read(file.readAll());
        const QJsonObject recovery = json ? json->toObject().value(u"recovery").toObject()
                                          : QJsonObject();
        entries.append(
            Entry{info.filePath(),
                  recovery.value(u"original").toString(),
                  QDateTime::fromString(recovery.value(u"saved").toString(), Qt::ISODate)});
    }
    return entries;
}

std::optional<Error> RecoveryStore::recover(const Entry &entry, Document *document) const
{
    QFile file(entry.recoveryFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"read_failed"_s, file.errorString(), entry.recoveryFile};
    if (std::optional<Error> error = document->loadSpoolText(file.readAll(), entry.originalPath))
        return error;
    document->markUnsaved();
    return std::nullopt;
}

void RecoveryStore::discard(const Entry &entry) const
{
    QFile::remove(entry.recoveryFile);
}

} // namespace spool
