#include "outlineexecutor.h"

#include "mediatask.h"

#include <text/chaptersegmenter.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace spool {

using namespace Qt::Literals::StringLiterals;

Result<TaskOutcome> OutlineExecutor::make(TaskContext &context, const Transcript &transcript) const
{
    QJsonArray timeline;
    for (const ChapterSegmenter::Chapter &chapter :
         ChapterSegmenter::segment(transcript, transcript.duration)) {
        timeline.append(QJsonObject{{u"title"_s, chapter.title},
                                    {u"start"_s, chapter.start},
                                    {u"end"_s, chapter.end}});
    }
    const QJsonObject outline{{u"kind"_s, u"outline"_s}, {u"timeline"_s, timeline}};
    return MediaTask::deliverText(context,
                                  u"outline.json"_s,
                                  QJsonDocument(outline).toJson(),
                                  u"intelligence"_s,
                                  u"application/json"_s,
                                  u"json"_s);
}

} // namespace spool
