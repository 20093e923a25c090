#pragma once

#include <QList>
#include <QString>

namespace spool {

/// The example workflows shipped inside the application (Qt resources under :/examples, so an
/// installed Spool has them without the source tree), for File ▸ Open Example.
class ExampleCatalog
{
public:
    struct Example
    {
        /// Where to read it (a resource path for the shipped ones).
        QString path;
        /// The request metadata's `name`, or else a readable form of the file name.
        QString title;
        /// The request metadata's `description`; empty without one.
        QString description;
    };

    /// The folder the shipped examples are compiled into.
    static QString shippedFolder();
    /// The runs JSON files of `folder`, sorted by file name.
    static QList<Example> list(const QString &folder = shippedFolder());
    /// The title of the shipped example read from `path`; empty when `path` is none of them.
    static QString titleOf(const QString &path);
    /// "publish-a-talk.json" → "Publish a talk".
    static QString readableName(const QString &fileName);
};

} // namespace spool
