#pragma once

#include <speech/transcript.h>

#include <QList>
#include <QString>

#include <optional>

namespace spool {

/// Splits a transcript into chapters by topic, TextTiling-style: the lexical cohesion of the
/// sentence windows either side of each gap between sentences (cosine of their content-word
/// counts; long unpunctuated stretches are cut into pseudo-sentences), a depth score for each
/// dip, boundaries at the deep dips (deeper than the mean less half a standard deviation), a
/// bonus for long pauses, and no chapter shorter than `minSeconds` (by default
/// minimumSeconds() of the duration). Each chapter is titled with its own best key phrase
/// (Summarizer), never "Chapter n". The chapters cover the whole duration, end to end.
class ChapterSegmenter
{
public:
    struct Chapter
    {
        QString title;
        double start = 0;
        double end = 0;
    };

    /// The shortest chapter a talk of `duration` seconds gets: a quarter of the duration,
    /// at least 4 s and at most 20 s. A short talk can still turn to a new topic halfway (a 19 s
    /// talk may have two chapters of 9.5 s), while a long one is not cut into chapters of a few
    /// sentences.
    static double minimumSeconds(double duration);

    static QList<Chapter> segment(const Transcript &transcript,
                                  double duration,
                                  std::optional<double> minSeconds = std::nullopt,
                                  int window = 2);
};

} // namespace spool
