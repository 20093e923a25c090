#include "chaptersexecutor.h"

#include "mediatask.h"

#include <schema/optionreader.h>
#include <text/chaptersegmenter.h>
#include <text/subtitlebuilder.h>

namespace spool {

using namespace Qt::Literals::StringLiterals;

Result<TaskOutcome> ChaptersExecutor::make(TaskContext &context, const Transcript &transcript) const
{
    const bool srt = OptionReader(u"chapters", context.options).text(u"format") == u"srt";
    QList<SubtitleBuilder::Cue> cues;
    for (const ChapterSegmenter::Chapter &chapter :
         ChapterSegmenter::segment(transcript, transcript.duration)) {
        cues.append({chapter.start,
                     chapter.end,
                     {chapter.title.isEmpty() ? u"(no speech)"_s : chapter.title}});
    }
    context.log->add(u"%1 chapters"_s.arg(cues.size()));
    return MediaTask::deliverText(context,
                                  srt ? u"chapters.srt"_s : u"chapters.vtt"_s,
                                  srt ? SubtitleBuilder::toSrt(cues)
                                      : SubtitleBuilder::toWebVtt(cues),
                                  u"track"_s,
                                  srt ? u"application/x-subrip"_s : u"text/vtt"_s,
                                  srt ? u"srt"_s : u"vtt"_s);
}

} // namespace spool
