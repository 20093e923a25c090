#pragma once

#include <speech/transcript.h>

#include <QList>
#include <QString>

namespace spool {

/// Splits a transcript into chapters by topic, TextTiling-style: the lexical cohesion of the
/// sentence windows either side of each gap between sentences (cosine of their content-word
/// counts), a depth score for each dip, boundaries at the deep dips (deeper than the mean less
/// half a standard deviation), a bonus for long pauses, and no chapter shorter than
/// `minSeconds`. Each chapter is titled with its own best key phrase (Summarizer), never
/// "Chapter n". The chapters cover the whole duration, end to end.
class ChapterSegmenter
{
public:
    struct Chapter
    {
        QString title;
        double start = 0;
        double end = 0;
    };

    static QList<Chapter> segment(const Transcript &transcript,
                                  double duration,
                                  double minSeconds = 20.0,
                                  int window = 2);
};

} // namespace spool
