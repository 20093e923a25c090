#include "summaryexecutor.h"

#include "mediatask.h"

#include <text/summarizer.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace spool {

using namespace Qt::Literals::StringLiterals;

Result<TaskOutcome> SummaryExecutor::make(TaskContext &context, const Transcript &transcript) const
{
    const Summarizer::Summary summary = Summarizer::summarize(transcript);
    const QJsonObject json{{u"kind"_s, u"summary"_s},
                           {u"title"_s, summary.title},
                           {u"description"_s, summary.description},
                           {u"tags"_s, QJsonArray::fromStringList(summary.tags)},
                           {u"languages"_s, QJsonArray::fromStringList(summary.languages)}};
    Result<TaskOutcome> outcome = MediaTask::deliverText(context,
                                                         u"summary.json"_s,
                                                         QJsonDocument(json).toJson(),
                                                         u"intelligence"_s,
                                                         u"application/json"_s,
                                                         u"json"_s);
    if (!outcome)
        return outcome;
    outcome.value().title = summary.title;
    outcome.value().description = summary.description;
    outcome.value().tags = summary.tags;
    outcome.value().languages = summary.languages;
    return outcome;
}

} // namespace spool
