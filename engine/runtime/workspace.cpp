#include "workspace.h"

#include <core/atomicfile.h>

#include <schema/credentials.h>
#include <schema/jsonwriter.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace spool {

using namespace Qt::Literals::StringLiterals;

Workspace::Workspace(QString root)
    : m_root(QDir(root).absolutePath())
{}

QString Workspace::defaultRoot()
{
    const QString fromEnvironment = qEnvironmentVariable("SPOOL_WORKSPACE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + u"/spool/workspace"_s;
}

QString Workspace::runDir(const QString &runId) const
{
    return m_root + u"/runs/"_s + runId;
}

QString Workspace::taskDir(const QString &runId, const QString &taskId) const
{
    return runDir(runId) + u'/' + taskId;
}

QString Workspace::databasePath() const
{
    return m_root + u"/history.sqlite"_s;
}

std::optional<Error> Workspace::writeTaskLogs(const QString &runId,
                                              const QList<QPair<QString, QStringList>> &logs) const
{
    QJsonObject object;
    for (const auto &[taskId, lines] : logs) {
        if (!lines.isEmpty())
            object.insert(taskId, QJsonArray::fromStringList(lines));
    }
    if (object.isEmpty())
        return std::nullopt;
    const QString dir = runDir(runId);
    if (!QDir().mkpath(dir))
        return Error{u"file_unwritable"_s, u"cannot create %1"_s.arg(dir), dir};
    return AtomicFile::write(dir + u"/logs.json"_s, JsonWriter::write(object));
}

Result<QStringList> Workspace::readTaskLog(const QString &runId, const QString &taskId) const
{
    QFile file(runDir(runId) + u"/logs.json"_s);
    if (!file.exists())
        return QStringList();
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"file_unreadable"_s,
                     u"cannot read %1: %2"_s.arg(file.fileName(), file.errorString()),
                     file.fileName()};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return Error{u"file_damaged"_s,
                     u"%1 is not a task log object: %2"_s.arg(file.fileName(),
                                                              parseError.errorString()),
                     file.fileName()};
    QStringList lines;
    for (const QJsonValue &line : document.object().value(taskId).toArray())
        lines.append(line.toString());
    return lines;
}

void Workspace::discardPartialOutputs(const QString &runId) const
{
    const QDir run(runDir(runId));
    for (const QString &task : run.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        discardPartialOutputsIn(run.filePath(task));
}

void Workspace::discardPartialOutputsIn(const QString &taskDir)
{
    const QDir folder(taskDir);
    const QFileInfoList partial = folder.entryInfoList({u".partial-*"_s},
                                                       QDir::Files | QDir::Dirs | QDir::Hidden
                                                           | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : partial) {
        if (entry.isDir())
            QDir(entry.filePath()).removeRecursively();
        else
            QFile::remove(entry.filePath());
    }
}

std::optional<Error> Workspace::writeManifest(const Run &run) const
{
    const QString dir = runDir(run.id);
    if (!QDir().mkpath(dir))
        return Error{u"file_unwritable"_s, u"cannot create %1"_s.arg(dir), dir};
    const QString path = dir + u"/run.json"_s;
    return AtomicFile::write(path, JsonWriter::write(run.toJson()));
}

std::optional<Error> Workspace::writeRequest(const QString &runId, const RunRequest &request) const
{
    const QString dir = runDir(runId);
    if (!QDir().mkpath(dir))
        return Error{u"file_unwritable"_s, u"cannot create %1"_s.arg(dir), dir};
    // Kept to reopen the run later, never to run it again: passwords in URLs are left out.
    return AtomicFile::write(dir + u"/request.json"_s,
                             Credentials::redact(QString::fromUtf8(request.toCanonicalText()))
                                 .toUtf8());
}

Result<RunRequest> Workspace::readRequest(const QString &runId) const
{
    QFile file(runDir(runId) + u"/request.json"_s);
    if (!file.exists())
        return Error{u"request_unavailable"_s,
                     u"the request of run %1 was not kept (%2 is missing)"_s.arg(runId,
                                                                                 file.fileName()),
                     file.fileName()};
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"file_unreadable"_s,
                     u"cannot read %1: %2"_s.arg(file.fileName(), file.errorString()),
                     file.fileName()};
    Result<RunRequest> request = RunRequest::fromText(file.readAll());
    if (!request)
        return Error{u"file_damaged"_s,
                     u"%1 is not a run request: %2"_s.arg(file.fileName(), request.error().message),
                     file.fileName()};
    return request;
}

} // namespace spool
