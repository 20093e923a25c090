#include <core/atomicfile.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using spool::AtomicFile;
using spool::Error;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

} // namespace

TEST(AtomicFile, ReplacesTheFileAndKeepsItsPermissions)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.json"_s);
    ASSERT_FALSE(AtomicFile::write(path, "first").has_value());
    ASSERT_EQ(::chmod(QFile::encodeName(path).constData(), 0640), 0);
    ASSERT_FALSE(AtomicFile::write(path, "second").has_value());
    EXPECT_EQ(contents(path), "second");
    struct stat info = {};
    ASSERT_EQ(::stat(QFile::encodeName(path).constData(), &info), 0);
    EXPECT_EQ(info.st_mode & 07777, 0640u);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"a.json"_s})
        << "no temporary is left beside it";
}

TEST(AtomicFile, WritesThroughASymbolicLink)
{
    QTemporaryDir dir;
    const QString target = dir.filePath(u"target.json"_s);
    const QString link = dir.filePath(u"link.json"_s);
    ASSERT_FALSE(AtomicFile::write(target, "old").has_value());
    ASSERT_TRUE(QFile::link(target, link));
    ASSERT_FALSE(AtomicFile::write(link, "new").has_value());
    EXPECT_TRUE(QFileInfo(link).isSymLink());
    EXPECT_EQ(contents(target), "new");
}

TEST(AtomicFile, AFullDeviceIsAnErrorNamingTheFileAndTheCause)
{
    if (!QFile::exists(u"/dev/full"_s))
        GTEST_SKIP() << "/dev/full does not exist here";
    const std::optional<Error> error = AtomicFile::write(u"/dev/full"_s, "data");
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind, u"file_unwritable");
    EXPECT_EQ(error->path, u"/dev/full");
    EXPECT_TRUE(error->message.contains(u"/dev/full"_s)) << error->message.toStdString();
    EXPECT_TRUE(error->message.contains(u"No space left on device"_s))
        << error->message.toStdString();
    EXPECT_TRUE(QFileInfo(u"/dev/full"_s).isFile() == false) << "the device was not replaced";
}

TEST(AtomicFile, AFolderThatIsMissingOrInTheWayIsAnError)
{
    QTemporaryDir dir;
    const std::optional<Error> missing = AtomicFile::write(dir.filePath(u"no/such/a.json"_s), "x");
    ASSERT_TRUE(missing.has_value());
    EXPECT_TRUE(missing->message.contains(u"no/such/a.json"_s)) << missing->message.toStdString();

    const QString folder = dir.filePath(u"folder"_s);
    ASSERT_TRUE(QDir().mkpath(folder));
    const std::optional<Error> inTheWay = AtomicFile::write(folder, "x");
    ASSERT_TRUE(inTheWay.has_value());
    EXPECT_TRUE(QFileInfo(folder).isDir());
}
