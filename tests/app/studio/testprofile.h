#pragma once

// Settings and a recovery folder of the test's own, so nothing of the user's is touched.

#include <preferences.h>
#include <recoverystore.h>

#include <QSettings>
#include <QTemporaryDir>

namespace spool {

struct TestProfile
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    Preferences preferences{&settings};
    RecoveryStore store{dir.filePath(QStringLiteral("recovery"))};
};

} // namespace spool
