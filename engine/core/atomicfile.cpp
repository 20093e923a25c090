#include "atomicfile.h"

#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

Error failure(const QString &path, const QString &what, int error)
{
    return Error{u"file_unwritable"_s,
                 u"cannot write %1: %2 (%3)"_s.arg(path,
                                                   QString::fromLocal8Bit(std::strerror(error)),
                                                   what),
                 path};
}

// Writes all of `data` to `fd`, retrying short writes and EINTR; 0 or the errno.
int writeAll(int fd, const QByteArray &data)
{
    const char *p = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, p, size_t(left));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (written == 0)
            return ENOSPC;
        p += written;
        left -= written;
    }
    return 0;
}

// close() may report a deferred write error (NFS, some FUSE file systems): it counts.
int closeChecked(int fd)
{
    return ::close(fd) == 0 || errno == EINTR ? 0 : errno;
}

std::optional<Error> writeInPlace(const QString &path,
                                  const QByteArray &native,
                                  const QByteArray &data)
{
    const int fd = ::open(native.constData(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (fd < 0)
        return failure(path, u"open"_s, errno);
    if (const int error = writeAll(fd, data)) {
        ::close(fd);
        return failure(path, u"write"_s, error);
    }
    if (const int error = closeChecked(fd))
        return failure(path, u"close"_s, error);
    return std::nullopt;
}

} // namespace

std::optional<Error> AtomicFile::write(const QString &path, const QByteArray &data)
{
    // A symbolic link is followed, so the file it names is replaced and the link stays.
    const QFileInfo info(path);
    const QString target = info.isSymLink() && info.exists() ? info.canonicalFilePath()
                                                             : info.absoluteFilePath();
    const QByteArray native = QFile::encodeName(target);

    struct stat existing = {};
    const bool exists = ::stat(native.constData(), &existing) == 0;
    if (exists && !S_ISREG(existing.st_mode))
        return writeInPlace(path, native, data);

    const QByteArray dir = QFile::encodeName(QFileInfo(target).absolutePath());
    QByteArray pattern = QFile::encodeName(target) + ".XXXXXX";
    const int fd = ::mkostemp(pattern.data(), O_CLOEXEC);
    if (fd < 0)
        return failure(path, u"create a temporary file in %1"_s.arg(QFile::decodeName(dir)), errno);
    const auto abandon = [&](const QString &what, int error) {
        ::close(fd);
        ::unlink(pattern.constData());
        return failure(path, what, error);
    };
    // The new file keeps the permissions of the one it replaces; a new one gets the usual
    // 0666 less the umask rather than mkstemp's 0600.
    mode_t mode = existing.st_mode & 07777;
    if (!exists) {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        mode = 0666 & ~mask;
    }
    if (::fchmod(fd, mode) != 0)
        return abandon(u"set permissions"_s, errno);
    if (const int error = writeAll(fd, data))
        return abandon(u"write"_s, error);
    // The data must be on the disk before the rename makes it the file: otherwise a crash
    // right after could leave an empty file under the old name.
    if (::fsync(fd) != 0)
        return abandon(u"fsync"_s, errno);
    if (const int error = closeChecked(fd)) {
        ::unlink(pattern.constData());
        return failure(path, u"close"_s, error);
    }
    if (::rename(pattern.constData(), native.constData()) != 0) {
        const int error = errno;
        ::unlink(pattern.constData());
        return failure(path, u"rename"_s, error);
    }
    // Makes the rename itself durable. The file is complete either way, so a folder that
    // cannot be synced (some file systems refuse) is no failure.
    const int dirFd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return std::nullopt;
}

} // namespace spool
