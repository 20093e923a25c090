// Recovery after a crash: who owns an autosaved copy, and the question that offers it back.

#include <addnodescommand.h>
#include <document.h>
#include <documentcontroller.h>
#include <examplecatalog.h>
#include <preferences.h>
#include <recoverystore.h>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <csignal>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace spool;
using namespace Qt::Literals::StringLiterals;

namespace {

// Moves this process's recovery copy under another process id, as that process left it.
QString copyAs(const RecoveryStore &store, const QString &folder, qint64 pid)
{
    const QString path = QDir(folder).filePath(u"recovery-%1.spool"_s.arg(pid));
    QFile::remove(path);
    EXPECT_TRUE(QFile::copy(store.ownFile(), path));
    return path;
}

// A child that takes the lock file as a Spool would, then waits to be killed. Only system
// calls run in the child, which is what is safe after fork() in a threaded process.
pid_t childHoldingLock(const QString &lockFile)
{
    const QByteArray name = QFile::encodeName(lockFile);
    int ready[2];
    if (::pipe(ready) != 0)
        return -1;
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int fd = ::open(name.constData(), O_RDWR | O_CREAT, 0666);
        ::flock(fd, LOCK_EX);
        const char byte = 1;
        (void) !::write(ready[1], &byte, 1);
        for (;;)
            ::pause();
    }
    ::close(ready[1]);
    char byte = 0;
    (void) !::read(ready[0], &byte, 1);
    ::close(ready[0]);
    return pid;
}

} // namespace

TEST(Recovery, ACopyIsOrphanedWhenItsOwnerIsKilledEvenWhileAZombieHoldsItsId)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"recovery"_s);
    RecoveryStore store(folder);
    Document document;
    ASSERT_FALSE(document.open(QStringLiteral(SPOOL_TEST_DATA "/spec/01-request.json")));
    document.markUnsaved();
    ASSERT_FALSE(store.write(document).has_value());
    EXPECT_TRUE(QFile::exists(RecoveryStore::lockFileOf(store.ownFile())));

    const pid_t child = childHoldingLock(
        RecoveryStore::lockFileOf(QDir(folder).filePath(u"recovery-%1.spool"_s.arg(0))));
    ASSERT_GT(child, 0);
    // The child took the lock of "recovery-0"; give its copy the child's own id.
    const QString copy = copyAs(store, folder, child);
    ASSERT_TRUE(QFile::rename(RecoveryStore::lockFileOf(
                                  QDir(folder).filePath(u"recovery-%1.spool"_s.arg(0))),
                              RecoveryStore::lockFileOf(copy)));
    EXPECT_TRUE(store.orphans().isEmpty()) << "its owner runs";

    ASSERT_EQ(::kill(child, SIGKILL), 0);
    siginfo_t info{};
    // Wait for the end but leave the zombie in place.
    ASSERT_EQ(::waitid(P_PID, id_t(child), &info, WEXITED | WNOWAIT), 0);
    ASSERT_EQ(::kill(child, 0), 0) << "the zombie still holds the id";
    QList<RecoveryStore::Entry> orphans = store.orphans();
    ASSERT_EQ(orphans.size(), 1);
    EXPECT_EQ(orphans.at(0).recoveryFile, copy);

    ASSERT_EQ(::waitpid(child, nullptr, 0), child);
    EXPECT_EQ(store.orphans().size(), 1) << "reaped: still an orphan";
    store.discard(orphans.at(0));
    EXPECT_FALSE(QFile::exists(copy));
    EXPECT_FALSE(QFile::exists(RecoveryStore::lockFileOf(copy)));
}

TEST(Recovery, ALockFileNamingAReusedProcessIdIsStale)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"recovery"_s);
    RecoveryStore store(folder);
    Document document;
    ASSERT_FALSE(document.open(QStringLiteral(SPOOL_TEST_DATA "/spec/01-request.json")));
    document.markUnsaved();
    ASSERT_FALSE(store.write(document).has_value());
    // After a reboot the id of the crashed Spool belongs to some other live process: here
    // the one that started the tests. Its lock file says so, as QLockFile wrote it.
    const qint64 reused = ::getppid();
    ASSERT_EQ(::kill(pid_t(reused), 0), 0);
    const QString copy = copyAs(store, folder, reused);
    QFile lock(RecoveryStore::lockFileOf(copy));
    ASSERT_TRUE(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(reused) + "\nspool\n" + QSysInfo::machineHostName().toUtf8()
               + "\n");
    lock.close();
    const QList<RecoveryStore::Entry> orphans = store.orphans();
    ASSERT_EQ(orphans.size(), 1);
    EXPECT_EQ(orphans.at(0).recoveryFile, copy);
}

TEST(Recovery, TheQuestionNamesTheImportedFileAndEscapeAsksAgainNextTime)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"recovery"_s);
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    Preferences preferences(&settings);
    const QString imported = QStringLiteral(SPOOL_TEST_DATA "/spec/01-request.json");
    QString orphan;
    {
        RecoveryStore crashed(folder);
        Document document;
        ASSERT_FALSE(document.open(imported));
        document.markUnsaved();
        ASSERT_FALSE(crashed.write(document).has_value());
        orphan = copyAs(crashed, folder, 999999999);
    }
    RecoveryStore store(folder);
    ASSERT_EQ(store.orphans().size(), 1);

    for (int start = 0; start < 2; ++start) {
        Document document;
        DocumentController documents(&document, &preferences, &store);
        QString asked;
        QTimer::singleShot(0, &documents, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            ASSERT_NE(box, nullptr);
            asked = box->text();
            QTest::keyClick(box, Qt::Key_Escape);
        });
        documents.offerRecovery();
        EXPECT_TRUE(asked.contains(u"01-request.json"_s)) << asked.toStdString();
        EXPECT_TRUE(asked.contains(u"imported"_s)) << asked.toStdString();
        EXPECT_TRUE(QFile::exists(orphan)) << "Escape keeps the copy";
        EXPECT_EQ(document.model()->nodeCount(), 0) << "and recovers nothing";
    }

    // Recovered, the work keeps the name it was imported under.
    Document document;
    ASSERT_FALSE(store.recover(store.orphans().at(0), &document).has_value());
    EXPECT_EQ(document.displayName(), u"01-request.json"_s);
    EXPECT_TRUE(document.isModified());
}

TEST(Recovery, TheQuestionNamesAnEditedExampleByItsTitleNotItsResourcePath)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"recovery"_s);
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    Preferences preferences(&settings);
    const QList<ExampleCatalog::Example> examples = ExampleCatalog::list();
    ASSERT_FALSE(examples.isEmpty());
    const ExampleCatalog::Example example = examples.constFirst();
    {
        RecoveryStore crashed(folder);
        Document document;
        ASSERT_FALSE(document.open(example.path));
        document.markUnsaved();
        ASSERT_FALSE(crashed.write(document).has_value());
        copyAs(crashed, folder, 999999998);
    }
    RecoveryStore store(folder);
    Document document;
    DocumentController documents(&document, &preferences, &store);
    QString asked;
    QTimer::singleShot(0, &documents, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        asked = box->text();
        QTest::keyClick(box, Qt::Key_Escape);
    });
    documents.offerRecovery();
    EXPECT_TRUE(asked.contains(example.title)) << asked.toStdString();
    EXPECT_FALSE(asked.contains(u":/"_s)) << asked.toStdString();
}
