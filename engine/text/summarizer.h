#pragma once

#include <speech/transcript.h>

#include <QStringList>

namespace spool {

/// An extractive summary of a transcript: TextRank over its sentences (a sentence graph
/// weighted by shared content words, ranked by PageRank), the best ones in their spoken order
/// as the description; tags by RAKE (runs of content words between stop words and punctuation,
/// scored by word degree over frequency); a title from the best key phrase.
class Summarizer
{
public:
    struct Summary
    {
        QString title;
        QString description;
        QStringList tags;
        QStringList languages;
    };

    static Summary summarize(const Transcript &transcript,
                             int maxSentences = 3,
                             int minTags = 5,
                             int maxTags = 10);

    /// The transcript's words joined into sentences, split at . ? ! and at pauses of
    /// `pauseSeconds` or more (recognisers often give no punctuation).
    static QStringList sentences(const Transcript &transcript, double pauseSeconds = 0.8);
    /// The same sentences with their words and times.
    static QList<Transcript> timedSentences(const Transcript &transcript, double pauseSeconds = 0.8);

    /// Lower-case content words of `text`, without stop words and numbers.
    static QStringList contentWords(const QString &text);
    static bool isStopWord(const QString &word);
};

} // namespace spool
