#include "spoolfile.h"

#include <schema/jsonpointer.h>
#include <schema/jsonreader.h>
#include <schema/jsonwriter.h>

#include <QCoreApplication>
#include <QJsonArray>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

Error fileError(const QString &fileName, const QString &kind, const QString &message)
{
    return Error{kind, message, fileName, 0, 0};
}

void collectPointers(const std::vector<TaskDef> &tasks, const QString &base, QStringList *pointers)
{
    for (size_t i = 0; i < tasks.size(); ++i) {
        const QString pointer = JsonPointer::append(base, qsizetype(i));
        pointers->append(pointer);
        collectPointers(tasks[i].next, JsonPointer::append(pointer, u"next"), pointers);
    }
}

std::optional<QPointF> pointFrom(const QJsonValue &value)
{
    const QJsonArray pair = value.toArray();
    if (pair.size() != 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble())
        return std::nullopt;
    return QPointF(pair.at(0).toDouble(), pair.at(1).toDouble());
}

// Format 1 keyed positions by JSON Pointer; format 2 lists them in document order.
Result<QList<QPointF>> migratePositions(const RunRequest &request,
                                        const QJsonObject &byPointer,
                                        const QString &fileName)
{
    QStringList pointers;
    collectPointers(request.tasks, u"/tasks"_s, &pointers);
    QList<QPointF> positions;
    for (const QString &pointer : std::as_const(pointers)) {
        const std::optional<QPointF> point = pointFrom(byPointer.value(pointer));
        if (!point)
            return positions.isEmpty() && byPointer.isEmpty()
                       ? Result<QList<QPointF>>(QList<QPointF>())
                       : Result<QList<QPointF>>(
                           fileError(fileName,
                                     u"layout_invalid"_s,
                                     QCoreApplication::translate(
                                         "spool::SpoolFile",
                                         "the layout has no position [x, y] for the task at %1")
                                         .arg(pointer)));
        positions.append(*point);
    }
    return positions;
}

} // namespace

bool SpoolFile::isSpoolText(const QByteArray &text)
{
    const Result<QJsonValue> json = JsonReader::read(text);
    if (!json || !json->isObject())
        return false;
    // A run request has `tasks` and may carry any other member, so a workflow is recognised
    // by what it has and a request has not: the request inside it and a format version.
    const QJsonObject object = json->toObject();
    if (object.contains(u"tasks") || !object.value(u"request").isObject())
        return false;
    return object.value(u"spool").toObject().value(u"format").isDouble()
           || object.value(u"format").isDouble();
}

QJsonObject SpoolFile::toJson() const
{
    QJsonArray nodes;
    for (const QPointF &point : positions)
        nodes.append(QJsonArray{point.x(), point.y()});
    return QJsonObject{
        {u"spool"_s, QJsonObject{{u"format"_s, FormatVersion}}},
        {u"request"_s, request.toJson()},
        {u"layout"_s, QJsonObject{{u"nodes"_s, nodes}}},
    };
}

QByteArray SpoolFile::toText() const
{
    return JsonWriter::write(toJson(), keyOrder());
}

KeyOrder SpoolFile::keyOrder() const
{
    KeyOrder order;
    order.insert(u"/request"_s, request.keyOrder());
    return order;
}

Result<SpoolFile> SpoolFile::fromText(const QByteArray &text, const QString &fileName)
{
    KeyOrder order;
    const Result<QJsonValue> json = JsonReader::read(text, &order);
    if (!json) {
        Error error = json.error();
        error.path = fileName;
        return error;
    }
    const QJsonObject object = json->toObject();
    int format = 0;
    if (object.value(u"spool").isObject())
        format = object.value(u"spool").toObject().value(u"format").toInt();
    else if (object.value(u"format").isDouble())
        format = object.value(u"format").toInt();
    if (format < 1)
        return fileError(
            fileName,
            u"file_invalid"_s,
            QCoreApplication::translate("spool::SpoolFile",
                                        "this is not a Spool workflow: it has no format version"));
    if (format > FormatVersion)
        return fileError(fileName,
                         u"format_too_new"_s,
                         QCoreApplication::translate(
                             "spool::SpoolFile",
                             "the file is in workflow format %1, and this version of Spool reads "
                             "formats up to %2: open it with a newer Spool")
                             .arg(format)
                             .arg(FormatVersion));

    Result<RunRequest> request = RunRequest::fromJson(object.value(u"request"),
                                                      order.below(u"/request"_s));
    if (!request) {
        Error error = request.error();
        error.message = QCoreApplication::translate("spool::SpoolFile", "%1 (at /request%2)")
                            .arg(error.message, error.path);
        error.path = fileName;
        return error;
    }
    SpoolFile file;
    file.request = std::move(request).value();

    if (format == 1) {
        Result<QList<QPointF>> positions = migratePositions(file.request,
                                                            object.value(u"positions").toObject(),
                                                            fileName);
        if (!positions)
            return positions.error();
        file.positions = *positions;
        return file;
    }

    const QJsonArray nodes = object.value(u"layout").toObject().value(u"nodes").toArray();
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const std::optional<QPointF> point = pointFrom(nodes.at(i));
        if (!point)
            return fileError(fileName,
                             u"layout_invalid"_s,
                             QCoreApplication::translate(
                                 "spool::SpoolFile", "/layout/nodes/%1 is not a position [x, y]")
                                 .arg(i));
        file.positions.append(*point);
    }
    return file;
}

} // namespace spool
