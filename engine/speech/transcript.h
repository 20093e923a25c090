#pragma once

#include <QList>
#include <QString>

namespace spool {

/// What speech recognition hears: words with their times, in order.
struct Transcript
{
    struct Word
    {
        QString text;
        double start = 0;
        double end = 0;
        double confidence = 1;
    };

    /// A stretch of sound recognised as one utterance (one search), in seconds.
    struct Utterance
    {
        double start = 0;
        double end = 0;
    };

    QList<Word> words;
    /// The utterances the recogniser split the sound into, in order (not kept in the JSON).
    QList<Utterance> utterances;
    QString language = QStringLiteral("en");
    /// Seconds of the sound it was made from (0 when not known).
    double duration = 0;
};

} // namespace spool
