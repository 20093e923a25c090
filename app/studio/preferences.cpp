#include "preferences.h"

#include <runtime/workspace.h>

#include <QDir>

namespace spool {

using namespace Qt::Literals::StringLiterals;

Preferences::Preferences(QSettings *settings)
    : m_settings(settings)
{}

QString Preferences::workspace() const
{
    // The same default as spool-cli's, so the window and the command line share one history.
    return m_settings->value(u"engine/workspace"_s, Workspace::defaultRoot()).toString();
}

void Preferences::setWorkspace(const QString &path)
{
    // The default is not stored, so it follows SPOOL_WORKSPACE like spool-cli does.
    if (QDir::cleanPath(path) == QDir::cleanPath(Workspace::defaultRoot()))
        m_settings->remove(u"engine/workspace"_s);
    else
        m_settings->setValue(u"engine/workspace"_s, path);
}

int Preferences::workerThreads() const
{
    return std::max(0, m_settings->value(u"engine/threads"_s, 0).toInt());
}

void Preferences::setWorkerThreads(int threads)
{
    m_settings->setValue(u"engine/threads"_s, threads);
}

QString Preferences::language() const
{
    return m_settings->value(u"interface/language"_s).toString();
}

void Preferences::setLanguage(const QString &code)
{
    m_settings->setValue(u"interface/language"_s, code);
}

int Preferences::autosaveSeconds() const
{
    return std::clamp(m_settings->value(u"editor/autosaveSeconds"_s, 30).toInt(), 5, 3600);
}

void Preferences::setAutosaveSeconds(int seconds)
{
    m_settings->setValue(u"editor/autosaveSeconds"_s, seconds);
}

QStringList Preferences::recentFiles() const
{
    return m_settings->value(u"editor/recentFiles"_s).toStringList();
}

void Preferences::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    m_settings->setValue(u"editor/recentFiles"_s, files);
}

void Preferences::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    m_settings->setValue(u"editor/recentFiles"_s, files);
}

QByteArray Preferences::windowState() const
{
    return m_settings->value(u"window/state"_s).toByteArray();
}

QByteArray Preferences::windowGeometry() const
{
    return m_settings->value(u"window/geometry"_s).toByteArray();
}

void Preferences::setWindowState(const QByteArray &geometry, const QByteArray &state)
{
    m_settings->setValue(u"window/geometry"_s, geometry);
    m_settings->setValue(u"window/state"_s, state);
}

} // namespace spool
