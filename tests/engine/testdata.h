#pragma once

#include <gtest/gtest.h>

#include <speech/transcript.h>

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Lets GoogleTest print QStrings as text in its failure messages.
inline void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace spool::test {

/// Reads a file under tests/data.
QByteArray readData(const QString &relativePath);
/// The names of the files in a folder under tests/data, sorted.
QStringList dataFiles(const QString &folder);
/// Parses JSON text that the test knows to be well-formed.
QJsonObject object(const QByteArray &json);
/// A transcript of `text` read at 0.3 s a word from 0.5 s on; a "|" in the text is a one-second
/// pause.
Transcript speak(const QString &text);

/// A test name for a test parameterised by a data file name: "01-request.json" → "01_request".
std::string fileTestName(const ::testing::TestParamInfo<QString> &file);

} // namespace spool::test
