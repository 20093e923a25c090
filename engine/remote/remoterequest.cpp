#include "remoterequest.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

bool isUrl(const QString &text)
{
    // "C:" is no scheme; a URL's scheme has two letters or more.
    return QUrl(text).scheme().size() > 1;
}

} // namespace

Result<RunRequest> prepareRemoteRequest(const RunRequest &original, const StartOptions &options)
{
    RunRequest request = original;
    QList<TaskDef *> ingests;
    for (TaskDef &def : request.tasks) {
        if (def.kind == u"ingest")
            ingests.append(&def);
    }
    if (options.input) {
        if (ingests.size() > 1) {
            return Error{u"request_invalid"_s,
                         u"an input was given, but the request has %1 top-level ingest tasks: "
                         "which one it replaces is ambiguous"_s.arg(ingests.size())};
        }
        if (ingests.size() == 1) {
            QJsonObject ingestOptions = ingests.first()->optionsOrEmpty();
            ingestOptions.insert(u"url"_s, *options.input);
            ingests.first()->options = ingestOptions;
        } else {
            TaskDef ingest;
            ingest.kind = u"ingest"_s;
            ingest.options = QJsonObject{{u"url"_s, *options.input}};
            request.tasks.insert(request.tasks.begin(), ingest);
            ingests = {&request.tasks.front()};
        }
    }
    if (!options.baseDir.isEmpty()) {
        for (TaskDef *ingest : std::as_const(ingests)) {
            QJsonObject ingestOptions = ingest->optionsOrEmpty();
            const QString url = ingestOptions.value(u"url").toString();
            if (url.isEmpty() || isUrl(url) || QFileInfo(url).isAbsolute())
                continue;
            ingestOptions.insert(u"url"_s, QDir(options.baseDir).absoluteFilePath(url));
            ingest->options = ingestOptions;
        }
    }
    return request;
}

} // namespace spool
