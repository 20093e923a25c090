#include "ingestexecutor.h"

#include <media/mediaprobe.h>
#include <schema/optionreader.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

// A name safe to use in the task's folder.
QString safeFileName(QString name)
{
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]+"_s);
    name.replace(unsafe, u"_"_s);
    while (name.startsWith(u'.'))
        name.remove(0, 1);
    return name.isEmpty() ? u"download"_s : name.left(120);
}

} // namespace

IngestExecutor::IngestExecutor(DownloadSettings settings)
    : m_downloader(settings)
{}

Result<TaskOutcome> IngestExecutor::execute(TaskContext &context) const
{
    const QString source = OptionReader(u"ingest", context.options).text(u"url").trimmed();
    const QUrl url(source);
    const QString scheme = url.scheme().toLower();

    QString path;
    TaskOutcome outcome;
    if (scheme == u"http" || scheme == u"https") {
        context.log->add(u"downloading %1"_s.arg(url.toDisplayString()));
        const QString name = safeFileName(url.fileName());
        const QString partial = context.temporaryPath(name);
        Result<Downloader::Fetched> fetched
            = m_downloader.fetch(url, partial, context.cancel, [&](double fraction) {
                  // The probe is the last 5 %.
                  context.progress->report(fraction * 0.95);
              });
        if (!fetched)
            return fetched.error();
        if (fetched->bytes == 0) {
            QFile::remove(partial);
            return Error{u"file_empty"_s,
                         fetched->status == 204
                             ? u"%1 answered HTTP 204 No Content: there is no file to ingest"_s.arg(
                                 fetched->finalUrl.toDisplayString())
                             : u"%1 answered with an empty body (0 bytes)"_s.arg(
                                 fetched->finalUrl.toDisplayString())};
        }
        context.log->add(u"downloaded %1 bytes from %2"_s.arg(fetched->bytes)
                             .arg(fetched->finalUrl.toDisplayString()));
        const QString finalName = safeFileName(
            fetched->suggestedName.isEmpty() ? name : fetched->suggestedName);
        path = context.finalPath(finalName);
        // Probe under the temporary name; the engine renames the file while finishing.
        Result<QJsonObject> properties = MediaProbe::probe(partial,
                                                           fetched->finalUrl.toDisplayString());
        if (!properties) {
            QFile::remove(partial);
            // Qt stops reading at the Content-Length and drops what a server sends beyond it,
            // so a file cut exactly there was cut by the header, not damaged in transit.
            if (properties.error().kind == u"file_corrupt"
                && fetched->declaredLength == fetched->bytes) {
                return Error{u"file_corrupt"_s,
                             u"%1 is truncated at %2 bytes, the length its Content-Length header "
                             "declared; the server may have sent more than it declared"_s
                                 .arg(fetched->finalUrl.toDisplayString())
                                 .arg(fetched->bytes)};
            }
            return properties.error();
        }
        QJsonObject probed = *properties;
        probed.insert(u"filename"_s, finalName);
        outcome.files.append({partial, path});
        outcome.outputs.append(OutputEntry::forSource(path, probed));
        outcome.primary = MediaFile{path, probed};
    } else {
        if (scheme == u"file") {
            path = url.toLocalFile();
        } else {
            path = QDir::isAbsolutePath(source) ? source : QDir(context.baseDir).filePath(source);
        }
        path = QFileInfo(path).absoluteFilePath();
        context.log->add(u"probing %1"_s.arg(path));
        Result<QJsonObject> properties = MediaProbe::probe(path);
        if (!properties)
            return properties.error();
        outcome.outputs.append(OutputEntry::forSource(path, *properties));
        outcome.primary = MediaFile{path, *properties};
    }
    const QJsonObject &found = outcome.primary->properties;
    context.log->add(u"%1: %2 %3, %4 bytes"_s
                         .arg(found.value(u"filename").toString(),
                              found.value(u"kind").toString(),
                              found.value(u"format").toString())
                         .arg(found.value(u"filesize").toInteger()));
    context.progress->report(1.0);
    return outcome;
}

} // namespace spool
