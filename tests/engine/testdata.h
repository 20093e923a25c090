#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace spool::test {

/// Reads a file under tests/data.
QByteArray readData(const QString &relativePath);
/// The names of the files in a folder under tests/data, sorted.
QStringList dataFiles(const QString &folder);
/// Parses JSON text that the test knows to be well-formed.
QJsonObject object(const QByteArray &json);

} // namespace spool::test
