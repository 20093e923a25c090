#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class QWidget;

namespace spool {

class Document;
class Preferences;
class RecoveryStore;

/// The File menu's behaviour: new, open, save, save as, recent files, import and export of
/// runs JSON, the question before unsaved work would be lost, autosave to the recovery folder
/// and the offer to recover work after a crash. Dialogs open over `dialogParent`.
class DocumentController : public QObject
{
    Q_OBJECT

public:
    DocumentController(Document *document,
                       Preferences *preferences,
                       RecoveryStore *recovery,
                       QObject *parent = nullptr);

    /// The window dialogs open over; without one, errors go to messageRaised() only.
    void setDialogParent(QWidget *parent) { m_dialogParent = parent; }

    void newDocument();
    void open();
    /// Opens a .spool file or imports a runs JSON file; false (and a message) on error.
    bool openFile(const QString &path);
    /// Opens a file from the recent list or a drop: asks about unsaved work first.
    void openWithConsent(const QString &path);
    /// Opens a shipped example (ExampleCatalog) as a new, untitled workflow, asking about
    /// unsaved work first. Like an imported request it is not modified until edited, and it
    /// has no file: Save asks for a path, so nothing is ever written into the examples. It
    /// does not join the recent files. False when cancelled or the example cannot be read.
    bool openExample(const QString &path, const QString &title);
    bool save();
    bool saveAs();
    void importJson();
    void exportJson();
    /// Exports the run request to `path`, asking first when it has problems; false when
    /// nothing was written.
    bool exportTo(const QString &path);
    /// Counts the problems that make the request invalid (validating first), for the question
    /// before an invalid request is exported; without one, export never asks.
    void setProblemCounter(std::function<int()> count) { m_problemCount = std::move(count); }
    /// Tells whether text typed anywhere (not only in the focused field) is not part of the
    /// workflow yet: JSON waiting in a metadata or options editor, shown or kept for another
    /// task. Such text counts as unsaved work before a close, open or save.
    void setUncommittedInputCheck(std::function<bool()> check)
    {
        m_uncommittedInput = std::move(check);
    }
    /// Replaces the question "export anyway?" (a dialog over dialogParent) with an answer given
    /// without a dialog, for tests and headless use.
    void setExportQuestion(std::function<bool(int problems)> ask) { m_askExport = std::move(ask); }
    /// Asks whether to save unsaved work; false when the user cancels.
    bool maybeSave();
    /// Offers work left by a crashed Spool back, one workflow after another.
    void offerRecovery();
    /// Writes the recovery copy now if there is unsaved work (the autosave timer calls it);
    /// false when writing failed.
    bool autosave();
    /// Removes the recovery copy (on a clean exit).
    void closeCleanly();
    /// Commits an edit still being typed (focus leaves its field), so it is not lost. False
    /// when the field refused it (JSON that does not parse stays in its field, flagged), or
    /// when any other field holds such text (see setUncommittedInputCheck()).
    bool commitPendingEdits();
    /// After commitPendingEdits(): whether to write although what was typed is not part of
    /// the workflow. Asks over a visible window; without one it says so and goes on.
    bool proceedWithoutTyped(const QString &action);
    /// Applies a changed autosave interval.
    void setAutosaveSeconds(int seconds);

Q_SIGNALS:
    void messageRaised(const QString &message);
    void recentFilesChanged();
    /// A document was opened or imported, for fitting the view.
    void documentOpened();

private:
    void showError(const QString &title, const QString &message);
    /// What Open, Import and Open Example share; `remember` adds the file to the recent list.
    bool load(const QString &path, bool remember);
    QString dialogFolder() const;
    /// Whether to go on exporting: true for a valid request or when the person says so.
    bool confirmExport();

    Document *m_document;
    Preferences *m_preferences;
    RecoveryStore *m_recovery;
    QWidget *m_dialogParent = nullptr;
    QTimer m_autosaveTimer;
    bool m_changedSinceAutosave = false;
    std::function<int()> m_problemCount;
    std::function<bool()> m_uncommittedInput;
    std::function<bool(int problems)> m_askExport;
};

} // namespace spool
