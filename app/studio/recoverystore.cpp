#include "recoverystore.h"

#include "document.h"
#include "logging.h"
#include "spoolfile.h"

#include <core/atomicfile.h>
#include <schema/jsonreader.h>
#include <schema/jsonwriter.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLockFile>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString Prefix = u"recovery-"_s;
const QString Suffix = u".spool"_s;

// Whether a running process holds the lock file. QLockFile's own stale check asks whether
// the recorded pid exists, which a zombie or a reused pid passes; the flock() QLockFile
// takes beside its file is released by the kernel when the owner's descriptors close, so
// probing that lock tells a live owner from a gone one. (flock, unlike fcntl locks, is not
// dropped when this process closes its probe descriptor.)
bool lockIsHeld(const QString &lockFile)
{
    const int fd = ::open(QFile::encodeName(lockFile).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false; // no lock file: nobody can be holding it
    const bool held = ::flock(fd, LOCK_EX | LOCK_NB) != 0;
    if (!held)
        ::flock(fd, LOCK_UN);
    ::close(fd);
    return held;
}

} // namespace

RecoveryStore::RecoveryStore(const QString &folder)
    : m_folder(folder)
{}

RecoveryStore::~RecoveryStore() = default;

QString RecoveryStore::lockFileOf(const QString &recoveryFile)
{
    return recoveryFile.chopped(Suffix.size()) + u".lock"_s;
}

bool RecoveryStore::holdOwnLock() const
{
    if (m_lock && m_lock->isLocked())
        return true;
    m_lock = std::make_unique<QLockFile>(lockFileOf(ownFile()));
    // Never stale by age: the owner runs as long as it likes.
    m_lock->setStaleLockTime(0);
    // A lock under this pid that nobody holds is a previous process's, left by a crash.
    if (!lockIsHeld(lockFileOf(ownFile())))
        m_lock->removeStaleLockFile();
    return m_lock->tryLock(0);
}

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
    if (!holdOwnLock())
        return Error{u"write_failed"_s,
                     QCoreApplication::translate("spool::RecoveryStore", "cannot lock %1")
                         .arg(lockFileOf(ownFile())),
                     m_folder};
    if (std::optional<Error> error = document.checkReadable())
        return error;
    const SpoolFile file = document.toSpoolFile();
    QJsonObject object = file.toJson();
    object.insert(u"recovery"_s,
                  QJsonObject{{u"original"_s, document.filePath()},
                              {u"imported"_s, document.importedFrom()},
                              {u"saved"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
    if (std::optional<Error> error = AtomicFile::write(ownFile(),
                                                       JsonWriter::write(object, file.keyOrder())))
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
        if (!ok || pid == QCoreApplication::applicationPid()
            || lockIsHeld(lockFileOf(info.filePath())))
            continue;
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcStudio,
                      "cannot read the recovery file %ls (%ls); it is not offered",
                      qUtf16Printable(info.filePath()),
                      qUtf16Printable(file.errorString()));
            continue;
        }
        const Result<QJsonValue> json = JsonReader::read(file.readAll());
        const QJsonObject recovery = json ? json->toObject().value(u"recovery").toObject()
                                          : QJsonObject();
        entries.append(
            Entry{info.filePath(),
                  recovery.value(u"original").toString(),
                  recovery.value(u"imported").toString(),
                  QDateTime::fromString(recovery.value(u"saved").toString(), Qt::ISODate)});
    }
    return entries;
}

std::optional<Error> RecoveryStore::recover(const Entry &entry, Document *document) const
{
    QFile file(entry.recoveryFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"read_failed"_s, file.errorString(), entry.recoveryFile};
    if (std::optional<Error> error = document->loadSpoolText(file.readAll(),
                                                             entry.originalPath,
                                                             entry.importedFrom))
        return error;
    document->markUnsaved();
    return std::nullopt;
}

void RecoveryStore::discard(const Entry &entry) const
{
    QFile::remove(entry.recoveryFile);
    if (!lockIsHeld(lockFileOf(entry.recoveryFile)))
        QFile::remove(lockFileOf(entry.recoveryFile));
}

} // namespace spool
