#include "examplecatalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace spool {

using namespace Qt::Literals::StringLiterals;

QString ExampleCatalog::shippedFolder()
{
    return u":/examples"_s;
}

QString ExampleCatalog::readableName(const QString &fileName)
{
    QString name = QFileInfo(fileName).completeBaseName();
    name.replace(u'-', u' ').replace(u'_', u' ');
    name = name.simplified();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QList<ExampleCatalog::Example> ExampleCatalog::list(const QString &folder)
{
    QList<Example> examples;
    const QDir dir(folder);
    for (const QString &fileName :
         dir.entryList({u"*.json"_s}, QDir::Files | QDir::Readable, QDir::Name)) {
        Example example;
        example.path = dir.filePath(fileName);
        // Only the title and status tip are read here; a file that does not parse is still
        // listed by its name, and opening it reports what is wrong where, as Open does.
        QFile file(example.path);
        QJsonObject metadata;
        if (file.open(QIODevice::ReadOnly))
            metadata
                = QJsonDocument::fromJson(file.readAll()).object().value(u"metadata"_s).toObject();
        example.title = metadata.value(u"name"_s).toString().trimmed();
        if (example.title.isEmpty())
            example.title = readableName(fileName);
        example.description = metadata.value(u"description"_s).toString().trimmed();
        examples.append(example);
    }
    return examples;
}

QString ExampleCatalog::titleOf(const QString &path)
{
    for (const Example &example : list()) {
        if (example.path == path)
            return example.title;
    }
    return {};
}

} // namespace spool
