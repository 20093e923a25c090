#pragma once

#include <QSettings>
#include <QStringList>

namespace spool {

/// The user's preferences and remembered state, stored with QSettings. Every value has a
/// default, so a fresh installation needs no file.
class Preferences
{
public:
    /// `settings` is owned by the caller (the composition root picks where it lives).
    explicit Preferences(QSettings *settings);

    /// Where local runs keep their files.
    QString workspace() const;
    void setWorkspace(const QString &path);
    /// Worker threads of the embedded engine; 0 means one per core.
    int workerThreads() const;
    void setWorkerThreads(int threads);
    /// "" follows the system locale; otherwise a language code such as "de".
    QString language() const;
    void setLanguage(const QString &code);
    /// Seconds between autosaves of unsaved work to the recovery folder.
    int autosaveSeconds() const;
    void setAutosaveSeconds(int seconds);

    QStringList recentFiles() const;
    /// Puts `path` first, keeps at most MaxRecentFiles.
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    static constexpr int MaxRecentFiles = 8;

    QByteArray windowState() const;
    void setWindowState(const QByteArray &geometry, const QByteArray &state);
    QByteArray windowGeometry() const;

private:
    QSettings *m_settings;
};

} // namespace spool
