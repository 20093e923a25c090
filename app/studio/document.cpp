#include "document.h"

#include "spoolfile.h"

#include <core/atomicfile.h>
#include <graph/treelayout.h>
#include <schema/jsonwriter.h>
#include <schema/validator.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

std::optional<Error> writeFile(const QString &path, const QByteArray &text)
{
    // AtomicFile's message names the file and the system's reason.
    if (std::optional<Error> error = AtomicFile::write(path, text))
        return Error{u"write_failed"_s, error->message, path};
    return std::nullopt;
}

} // namespace

Document::Document(QObject *parent)
    : QObject(parent)
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, &Document::emitModified);
}

QString Document::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    if (!m_importedFrom.isEmpty())
        return QFileInfo(m_importedFrom).fileName();
    return tr("Untitled");
}

bool Document::isModified() const
{
    return m_unsaved || !m_undoStack.isClean();
}

void Document::emitModified()
{
    const bool modified = isModified();
    if (modified == m_lastModified)
        return;
    m_lastModified = modified;
    Q_EMIT modifiedChanged(modified);
}

void Document::setFilePath(const QString &path, const QString &importedFrom)
{
    m_importedFrom = importedFrom;
    if (m_filePath == path)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(path);
}

void Document::clear()
{
    m_undoStack.clear();
    m_model.clear();
    m_unsaved = false;
    setFilePath({});
    emitModified();
    Q_EMIT loaded();
}

std::optional<Error> Document::open(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"read_failed"_s,
                     tr("cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                     path};
    const QByteArray text = file.readAll();
    if (SpoolFile::isSpoolText(text))
        return loadSpoolText(text, path);
    return importText(text, path);
}

std::optional<Error> Document::importText(const QByteArray &text, const QString &sourceName)
{
    const Result<RunRequest> request = RunRequest::fromText(text);
    if (!request) {
        Error error = request.error();
        error.message = error.line > 0
                            ? tr("%1:%2:%3: %4")
                                  .arg(sourceName)
                                  .arg(error.line)
                                  .arg(error.column)
                                  .arg(error.message)
                            : tr("%1: %2 (at %3)").arg(sourceName, error.message, error.path);
        error.path = sourceName;
        return error;
    }
    m_undoStack.clear();
    m_model.load(*request);
    layOutAll();
    m_unsaved = false;
    setFilePath({}, sourceName);
    emitModified();
    Q_EMIT loaded();
    return std::nullopt;
}

std::optional<Error> Document::loadSpoolText(const QByteArray &text,
                                             const QString &path,
                                             const QString &importedFrom)
{
    Result<SpoolFile> file = SpoolFile::fromText(text, path);
    if (!file) {
        Error error = file.error();
        error.message = tr("%1: %2").arg(path, error.message);
        return error;
    }
    m_undoStack.clear();
    const QList<NodeId> ids = m_model.load(file->request, file->positions);
    if (file->positions.size() != ids.size())
        layOutAll();
    m_unsaved = false;
    setFilePath(path, importedFrom);
    emitModified();
    Q_EMIT loaded();
    return std::nullopt;
}

SpoolFile Document::toSpoolFile() const
{
    SpoolFile file;
    file.request = m_model.toRequest();
    for (NodeId id : m_model.nodeIds())
        file.positions.append(m_model.node(id)->position);
    return file;
}

std::optional<Error> Document::checkReadable() const
{
    for (const Error &problem : Validator().validate(m_model.toRequest().toJson())) {
        if (problem.kind == u"nesting_too_deep") {
            Error error = problem;
            // The pointer of a deep task is thousands of characters; its generation says more.
            const qsizetype generation = problem.path.count(u"/next/"_s) + 1;
            error.message = tr("Not written, as it could not be opened again: task %1 of its "
                               "chain is %2")
                                .arg(generation)
                                .arg(problem.message);
            return error;
        }
    }
    return std::nullopt;
}

std::optional<Error> Document::save(const QString &path)
{
    if (std::optional<Error> error = checkReadable())
        return error;
    if (std::optional<Error> error = writeFile(path, toSpoolFile().toText()))
        return error;
    m_unsaved = false;
    setFilePath(path);
    m_undoStack.setClean();
    emitModified();
    return std::nullopt;
}

std::optional<Error> Document::exportRequest(const QString &path) const
{
    if (std::optional<Error> error = checkReadable())
        return error;
    return writeFile(path, m_model.toRequest().toCanonicalText());
}

void Document::markUnsaved()
{
    m_unsaved = true;
    emitModified();
}

void Document::layOutAll()
{
    const QHash<NodeId, QPointF> positions = TreeLayout::standard().arrange(m_model);
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        m_model.setPosition(it.key(), it.value());
}

} // namespace spool
