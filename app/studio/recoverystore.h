#pragma once

#include <core/error.h>

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace spool {

class Document;

/// Autosaved copies of unsaved work, one file per running Spool (named after its process id),
/// so that after a crash the next start finds the work of a process that no longer runs and
/// offers it back. A clean save or close removes the copy.
///
/// Each running Spool holds a lock file beside its copy (QLockFile, which also takes an OS
/// lock on it) for as long as it runs. A copy is an orphan when nobody holds its lock: the OS
/// drops the lock when its process ends, however it ends, so neither a zombie left by kill -9
/// nor a process that reused the id after a reboot passes for the owner.
class RecoveryStore
{
public:
    struct Entry
    {
        QString recoveryFile;
        /// The .spool file the work belonged to; empty for an untitled or imported workflow.
        QString originalPath;
        /// The runs JSON file the work was imported from, if it was.
        QString importedFrom;
        QDateTime savedAt;
    };

    explicit RecoveryStore(const QString &folder);
    ~RecoveryStore();

    /// This process's recovery file.
    QString ownFile() const;
    /// The lock file of a recovery file.
    static QString lockFileOf(const QString &recoveryFile);
    /// Writes the document's current state to this process's recovery file.
    std::optional<Error> write(const Document &document) const;
    void discardOwn() const;
    /// Recovery files left by processes that are gone, newest first.
    QList<Entry> orphans() const;
    /// Loads an orphan into the document (marked unsaved, under its original path or the name
    /// it was imported from). The orphan stays until discard(): the caller removes it once the
    /// work is safe again.
    std::optional<Error> recover(const Entry &entry, Document *document) const;
    void discard(const Entry &entry) const;

private:
    /// Takes this process's lock if it does not hold it yet; false when it cannot.
    bool holdOwnLock() const;

    QString m_folder;
    mutable std::unique_ptr<QLockFile> m_lock;
};

} // namespace spool
