#pragma once

#include <core/error.h>

#include <QDateTime>
#include <QString>

#include <optional>

namespace spool {

class Document;

/// Autosaved copies of unsaved work, one file per running Spool (named after its process id),
/// so that after a crash the next start finds the work of a process that no longer runs and
/// offers it back. A clean save or close removes the copy.
class RecoveryStore
{
public:
    struct Entry
    {
        QString recoveryFile;
        /// The .spool file the work belonged to; empty for an untitled workflow.
        QString originalPath;
        QDateTime savedAt;
    };

    explicit RecoveryStore(const QString &folder);

    /// This process's recovery file.
    QString ownFile() const;
    /// Writes the document's current state to this process's recovery file.
    std::optional<Error> write(const Document &document) const;
    void discardOwn() const;
    /// Recovery files left by processes that are gone, newest first.
    QList<Entry> orphans() const;
    /// Loads an orphan into the document (marked unsaved, under its original path). The
    /// orphan stays until discard(): the caller removes it once the work is safe again.
    std::optional<Error> recover(const Entry &entry, Document *document) const;
    void discard(const Entry &entry) const;

private:
    QString m_folder;
};

} // namespace spool
