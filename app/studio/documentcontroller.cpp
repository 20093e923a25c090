#include "documentcontroller.h"

#include "document.h"
#include "examplecatalog.h"
#include "preferences.h"
#include "recoverystore.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>

namespace spool {

using namespace Qt::Literals::StringLiterals;

DocumentController::DocumentController(Document *document,
                                       Preferences *preferences,
                                       RecoveryStore *recovery,
                                       QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_preferences(preferences)
    , m_recovery(recovery)
{
    m_autosaveTimer.setInterval(preferences->autosaveSeconds() * 1000);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &DocumentController::autosave);
    m_autosaveTimer.start();
    connect(document->model(), &GraphModel::requestChanged, this, [this] {
        m_changedSinceAutosave = true;
    });
    connect(document->model(), &GraphModel::nodeMoved, this, [this] {
        m_changedSinceAutosave = true;
    });
    connect(document, &Document::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            m_recovery->discardOwn();
    });
}

QString DocumentController::dialogFolder() const
{
    if (!m_document->filePath().isEmpty())
        return QFileInfo(m_document->filePath()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void DocumentController::showError(const QString &title, const QString &message)
{
    Q_EMIT messageRaised(message);
    if (m_dialogParent && m_dialogParent->isVisible())
        QMessageBox::warning(m_dialogParent, title, message);
}

bool DocumentController::commitPendingEdits()
{
    // A field being typed in commits when it loses focus (the inspector's line edits and JSON
    // editors); taking the focus away first makes that edit part of what is saved, exported
    // or asked about.
    bool refused = false;
    if (QWidget *focused = QApplication::focusWidget()) {
        focused->clearFocus();
        // A JSON editor keeps text it could not apply as modified, with its error shown.
        const auto *text = qobject_cast<QPlainTextEdit *>(focused);
        refused = text && !text->isReadOnly() && text->document()->isModified();
    }
    // Text typed earlier into a field that no longer has the focus is just as unsaved.
    return !refused && !(m_uncommittedInput && m_uncommittedInput());
}

bool DocumentController::proceedWithoutTyped(const QString &action)
{
    const QString message = tr("The JSON you typed is not valid, so it is not part of the "
                               "workflow; it stays in its field, marked, until you fix it.");
    if (!m_dialogParent || !m_dialogParent->isVisible()) {
        Q_EMIT messageRaised(message);
        return true;
    }
    const auto answer = QMessageBox::question(m_dialogParent,
                                              action,
                                              message + u"\n\n"_s + tr("%1 without it?").arg(action),
                                              QMessageBox::Yes | QMessageBox::Cancel,
                                              QMessageBox::Cancel);
    return answer == QMessageBox::Yes;
}

bool DocumentController::maybeSave()
{
    if (!commitPendingEdits() && !proceedWithoutTyped(tr("Continue")))
        return false;
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::question(
        m_dialogParent,
        tr("Unsaved changes"),
        tr("“%1” has changes that are not saved. Save them first?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
        QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void DocumentController::newDocument()
{
    if (!maybeSave())
        return;
    m_document->clear();
    m_recovery->discardOwn();
}

void DocumentController::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        m_dialogParent,
        tr("Open Workflow"),
        dialogFolder(),
        tr("Workflows (*.spool *.json);;Spool workflows (*.spool);;Run requests (*.json)"));
    if (!path.isEmpty())
        openFile(path);
}

bool DocumentController::openFile(const QString &path)
{
    if (!load(path, true))
        return false;
    Q_EMIT messageRaised(tr("Opened %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool DocumentController::load(const QString &path, bool remember)
{
    if (std::optional<Error> error = m_document->open(path)) {
        showError(tr("Cannot Open"), error->message);
        if (remember) {
            m_preferences->removeRecentFile(QFileInfo(path).absoluteFilePath());
            Q_EMIT recentFilesChanged();
        }
        return false;
    }
    m_recovery->discardOwn();
    m_changedSinceAutosave = false;
    if (remember) {
        m_preferences->addRecentFile(QFileInfo(path).absoluteFilePath());
        Q_EMIT recentFilesChanged();
    }
    Q_EMIT documentOpened();
    return true;
}

bool DocumentController::openExample(const QString &path, const QString &title)
{
    if (!maybeSave())
        return false;
    // A runs JSON file opens as an import: no .spool path, so the first Save asks for one.
    // The example stays out of the recent list, which holds files the person can find again.
    if (!load(path, false))
        return false;
    Q_EMIT messageRaised(tr("Opened the example “%1”; Save asks where to keep it").arg(title));
    return true;
}

void DocumentController::openWithConsent(const QString &path)
{
    if (maybeSave())
        openFile(path);
}

bool DocumentController::save()
{
    if (!commitPendingEdits() && !proceedWithoutTyped(tr("Save")))
        return false;
    if (m_document->filePath().isEmpty())
        return saveAs();
    if (std::optional<Error> error = m_document->save(m_document->filePath())) {
        showError(tr("Cannot Save"), error->message);
        return false;
    }
    Q_EMIT messageRaised(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->filePath())));
    return true;
}

bool DocumentController::saveAs()
{
    if (!commitPendingEdits() && !proceedWithoutTyped(tr("Save")))
        return false;
    QString suggestion = m_document->filePath();
    if (suggestion.isEmpty())
        suggestion = QDir(dialogFolder())
                         .filePath(QFileInfo(m_document->displayName()).completeBaseName()
                                   + u".spool"_s);
    QString path = QFileDialog::getSaveFileName(m_dialogParent,
                                                tr("Save Workflow"),
                                                suggestion,
                                                tr("Spool workflows (*.spool)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".spool"_s;
    if (std::optional<Error> error = m_document->save(path)) {
        showError(tr("Cannot Save"), error->message);
        return false;
    }
    m_preferences->addRecentFile(QFileInfo(path).absoluteFilePath());
    Q_EMIT recentFilesChanged();
    Q_EMIT messageRaised(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void DocumentController::importJson()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(m_dialogParent,
                                                      tr("Import Run Request"),
                                                      dialogFolder(),
                                                      tr("Run requests (*.json)"));
    if (!path.isEmpty())
        openFile(path);
}

void DocumentController::exportJson()
{
    if (!commitPendingEdits() && !proceedWithoutTyped(tr("Export")))
        return;
    if (!confirmExport())
        return;
    const QString base = QFileInfo(m_document->displayName()).completeBaseName();
    QString path = QFileDialog::getSaveFileName(m_dialogParent,
                                                tr("Export Run Request"),
                                                QDir(dialogFolder()).filePath(base + u".json"_s),
                                                tr("Run requests (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".json"_s;
    if (std::optional<Error> error = m_document->exportRequest(path)) {
        showError(tr("Cannot Export"), error->message);
        return;
    }
    Q_EMIT messageRaised(tr("Exported the run request to %1").arg(QDir::toNativeSeparators(path)));
}

bool DocumentController::exportTo(const QString &path)
{
    commitPendingEdits();
    if (!confirmExport())
        return false;
    if (std::optional<Error> error = m_document->exportRequest(path)) {
        showError(tr("Cannot Export"), error->message);
        return false;
    }
    Q_EMIT messageRaised(tr("Exported the run request to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool DocumentController::confirmExport()
{
    // An invalid request is refused by whatever runs it; exporting one is allowed (to finish
    // it elsewhere) but never by accident.
    const int problems = m_problemCount ? m_problemCount() : 0;
    if (problems == 0)
        return true;
    if (m_askExport)
        return m_askExport(problems);
    const QMessageBox::StandardButton answer = QMessageBox::question(
        m_dialogParent,
        tr("Export Invalid Run Request?"),
        tr("The run request has %n problem(s), listed under Issues; a runner will refuse it. "
           "Export it anyway?",
           nullptr,
           problems),
        QMessageBox::Yes | QMessageBox::Cancel,
        QMessageBox::Cancel);
    return answer == QMessageBox::Yes;
}

bool DocumentController::autosave()
{
    if (!m_document->isModified() || !m_changedSinceAutosave)
        return true;
    if (std::optional<Error> error = m_recovery->write(*m_document)) {
        Q_EMIT messageRaised(tr("Autosave failed: %1").arg(error->message));
        return false;
    }
    m_changedSinceAutosave = false;
    return true;
}

void DocumentController::setAutosaveSeconds(int seconds)
{
    m_autosaveTimer.setInterval(seconds * 1000);
}

void DocumentController::closeCleanly()
{
    m_recovery->discardOwn();
}

void DocumentController::offerRecovery()
{
    for (const RecoveryStore::Entry &entry : m_recovery->orphans()) {
        QString name;
        // A shipped example is known by its title, not by where the application keeps it.
        const QString example = ExampleCatalog::titleOf(entry.importedFrom);
        if (!example.isEmpty())
            name = tr("the example “%1”").arg(example);
        else if (!entry.originalPath.isEmpty())
            name = tr("“%1”").arg(QDir::toNativeSeparators(entry.originalPath));
        else if (!entry.importedFrom.isEmpty())
            name = tr("“%1” (imported)").arg(QDir::toNativeSeparators(entry.importedFrom));
        else
            name = tr("an untitled workflow");
        QMessageBox box(QMessageBox::Question,
                        tr("Recover Unsaved Work"),
                        tr("Spool did not close properly. Unsaved changes to %1 from %2 were "
                           "kept. Recover them?")
                            .arg(name,
                                 QLocale().toString(entry.savedAt.toLocalTime(),
                                                    QLocale::ShortFormat)),
                        QMessageBox::NoButton,
                        m_dialogParent);
        QPushButton *recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        // Escape or closing the question decides nothing: the copy stays and the question
        // comes again at the next start.
        QPushButton *later = box.addButton(tr("Ask Me &Later"), QMessageBox::RejectRole);
        box.setDefaultButton(recover);
        box.setEscapeButton(later);
        box.exec();
        if (box.clickedButton() == discard) {
            m_recovery->discard(entry);
        } else if (box.clickedButton() == recover) {
            if (std::optional<Error> error = m_recovery->recover(entry, m_document)) {
                showError(tr("Cannot Recover"), error->message);
                continue;
            }
            Q_EMIT documentOpened();
            // Keep it safe under this process's name before the orphan goes.
            m_changedSinceAutosave = true;
            if (autosave())
                m_recovery->discard(entry);
            return;
        }
    }
}

} // namespace spool
