#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace spool::test {

using namespace Qt::Literals::StringLiterals;

QByteArray readData(const QString &relativePath)
{
    QFile file(QStringLiteral(SPOOL_TEST_DATA) + u'/' + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

QStringList dataFiles(const QString &folder)
{
    QDir dir(QStringLiteral(SPOOL_TEST_DATA) + u'/' + folder);
    return dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
}

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

Transcript speak(const QString &text)
{
    Transcript transcript;
    double at = 0.5;
    for (const QString &token : text.split(u' ', Qt::SkipEmptyParts)) {
        if (token == u"|") {
            at += 1.0;
            continue;
        }
        transcript.words.append({token, at, at + 0.25, 0.9});
        at += 0.3;
    }
    return transcript;
}

std::string fileTestName(const ::testing::TestParamInfo<QString> &file)
{
    return file.param.section(u'.', 0, 0).replace(u'-', u'_').toStdString();
}

} // namespace spool::test
