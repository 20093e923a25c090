#include "subtitlesexecutor.h"

#include "mediatask.h"

#include <schema/optionreader.h>
#include <text/subtitlebuilder.h>

namespace spool {

using namespace Qt::Literals::StringLiterals;

Result<TaskOutcome> SubtitlesExecutor::make(TaskContext &context, const Transcript &transcript) const
{
    const bool srt = OptionReader(u"subtitles", context.options).text(u"format") == u"srt";
    const QList<SubtitleBuilder::Cue> cues = SubtitleBuilder::build(transcript);
    context.log->add(u"%1 cues from %2 words"_s.arg(cues.size()).arg(transcript.words.size()));
    return MediaTask::deliverText(context,
                                  srt ? u"subtitles.srt"_s : u"subtitles.vtt"_s,
                                  srt ? SubtitleBuilder::toSrt(cues)
                                      : SubtitleBuilder::toWebVtt(cues),
                                  u"track"_s,
                                  srt ? u"application/x-subrip"_s : u"text/vtt"_s,
                                  srt ? u"srt"_s : u"vtt"_s);
}

} // namespace spool
