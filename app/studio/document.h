#pragma once

#include <core/error.h>
#include <graph/graphmodel.h>

#include <QObject>
#include <QUndoStack>

namespace spool {

struct SpoolFile;

/// One open workflow: its graph model, the undo stack every edit goes through, and the file it
/// belongs to. The document is modified exactly when the undo stack is away from its clean
/// state, or when it holds recovered work that has not been saved since. An imported request is
/// not modified: it is still in its file, and saving makes a .spool of it.
/// Reading and writing never leave a half-written file: saves go through QSaveFile.
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);

    GraphModel *model() { return &m_model; }
    const GraphModel *model() const { return &m_model; }
    QUndoStack *undoStack() { return &m_undoStack; }

    /// The .spool file it was opened from or last saved as; empty for a new or imported one.
    QString filePath() const { return m_filePath; }
    /// A name to show: the file's name, or what it was imported from, or "Untitled".
    QString displayName() const;
    bool isModified() const;

    /// Starts an empty workflow.
    void clear();
    /// Opens a .spool file, or imports a run request (runs JSON) and lays it out. An error
    /// leaves the document as it was.
    std::optional<Error> open(const QString &path);
    /// Loads a run request from text (import), laid out automatically; `sourceName` names it.
    std::optional<Error> importText(const QByteArray &text, const QString &sourceName);
    /// Loads .spool text as if opened from `path` (recovery passes the original path, or the
    /// runs JSON file the work was imported from as `importedFrom`).
    std::optional<Error> loadSpoolText(const QByteArray &text,
                                       const QString &path,
                                       const QString &importedFrom = {});
    /// The runs JSON file the workflow was imported from; empty once saved as a .spool.
    QString importedFrom() const { return m_importedFrom; }
    std::optional<Error> save(const QString &path);
    /// Writes exactly the request (canonical runs JSON).
    std::optional<Error> exportRequest(const QString &path) const;

    /// An error when the workflow could be written but not read back (nested deeper than
    /// Validator::MaxRequestDepth): save, export and autosave refuse to write then.
    std::optional<Error> checkReadable() const;
    /// The .spool file of the current state.
    SpoolFile toSpoolFile() const;
    /// Marks the document modified although the undo stack is clean (recovered work).
    void markUnsaved();

    /// Lays out every node as a tidy tree (without undo: used on import and load).
    void layOutAll();

Q_SIGNALS:
    void filePathChanged(const QString &path);
    void modifiedChanged(bool modified);
    /// The whole model was replaced (new, open, import).
    void loaded();

private:
    void setFilePath(const QString &path, const QString &importedFrom = {});
    void emitModified();

    GraphModel m_model;
    QUndoStack m_undoStack;
    QString m_filePath;
    QString m_importedFrom;
    bool m_unsaved = false;
    bool m_lastModified = false;
};

} // namespace spool
