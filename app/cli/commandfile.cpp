#include "commandfile.h"

#include <schema/jsonreader.h>

#include <QFile>
#include <QFileInfo>

namespace spool {

using namespace Qt::Literals::StringLiterals;

Result<QByteArray> CommandFile::read(const QString &path)
{
    QFile file;
    if (path == u"-") {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return Error{u"file_unreadable"_s, u"cannot read standard input"_s, path};
    } else {
        if (QFileInfo(path).isDir())
            return Error{u"file_unreadable"_s, u"is a directory, not a file"_s, path};
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{u"file_unreadable"_s, u"cannot read: "_s + file.errorString(), path};
    }
    // Read one byte past the limit so an oversized file is reported, not truncated.
    QByteArray bytes = file.read(JsonReader::MaxSize + 1);
    if (file.error() != QFileDevice::NoError)
        return Error{u"file_unreadable"_s, u"cannot read: "_s + file.errorString(), path};
    return bytes;
}

QString CommandFile::displayName(const QString &path)
{
    return path == u"-" ? u"<stdin>"_s : path;
}

} // namespace spool
