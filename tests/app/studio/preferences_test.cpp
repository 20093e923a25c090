#include <preferences.h>

#include <runtime/workspace.h>

#include <QDir>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace spool;
using namespace Qt::Literals::StringLiterals;

TEST(Preferences, TheWindowUsesTheWorkspaceSpoolCliUsesUnlessToldOtherwise)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    Preferences preferences(&settings);
    const QByteArray before = qgetenv("SPOOL_WORKSPACE");
    const auto restore = qScopeGuard([&] {
        if (before.isEmpty())
            qunsetenv("SPOOL_WORKSPACE");
        else
            qputenv("SPOOL_WORKSPACE", before);
    });

    qunsetenv("SPOOL_WORKSPACE");
    EXPECT_EQ(preferences.workspace(), Workspace::defaultRoot());
    EXPECT_TRUE(preferences.workspace().endsWith(u"/spool/workspace"_s))
        << preferences.workspace().toStdString();
    // Like spool-cli, the window follows SPOOL_WORKSPACE while the user has chosen no folder.
    qputenv("SPOOL_WORKSPACE", dir.filePath(u"shared"_s).toUtf8());
    EXPECT_EQ(preferences.workspace(), dir.filePath(u"shared"_s));

    // Choosing the default again stores nothing, so the default keeps following.
    preferences.setWorkspace(dir.filePath(u"shared/"_s));
    EXPECT_FALSE(settings.contains(u"engine/workspace"_s));
    preferences.setWorkspace(dir.filePath(u"mine"_s));
    qunsetenv("SPOOL_WORKSPACE");
    EXPECT_EQ(preferences.workspace(), dir.filePath(u"mine"_s));
}
