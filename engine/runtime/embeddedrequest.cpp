#include "embeddedrequest.h"

#include <schema/validator.h>

#include <QJsonObject>
#include <QList>

namespace spool {

using namespace Qt::Literals::StringLiterals;

Result<RunRequest> prepareEmbeddedRequest(const RunRequest &original,
                                          const std::optional<QString> &input,
                                          const QStringList &engineKinds)
{
    RunRequest request = original;
    // The pointers name nodes of the request as submitted: before an implicit ingest shifts
    // the top-level tasks.
    TaskDef::assignRequestNodes(request.tasks, u"/tasks"_s);
    if (input) {
        QList<TaskDef *> ingests;
        for (TaskDef &def : request.tasks) {
            if (def.kind == u"ingest")
                ingests.append(&def);
        }
        if (ingests.size() > 1) {
            return Error{u"request_invalid"_s,
                         u"an input was given, but the request has %1 top-level ingest tasks: "
                         "which one it replaces is ambiguous"_s.arg(ingests.size())};
        }
        if (ingests.size() == 1) {
            QJsonObject ingestOptions = ingests.first()->optionsOrEmpty();
            ingestOptions.insert(u"url"_s, *input);
            ingests.first()->options = ingestOptions;
        } else {
            TaskDef ingest;
            ingest.kind = u"ingest"_s;
            ingest.options = QJsonObject{{u"url"_s, *input}};
            request.tasks.insert(request.tasks.begin(), ingest);
        }
    }

    ValidationOptions validation;
    validation.target = ValidationOptions::Target::Embedded;
    validation.engineKinds = engineKinds;
    const QList<Error> problems = Validator(validation).validate(request.toJson());
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const Error &problem : problems)
            lines.append(problem.path + u": "_s + problem.message);
        Error error{u"request_invalid"_s, lines.join(u"\n"_s)};
        error.problems = problems;
        return error;
    }
    return request;
}

} // namespace spool
