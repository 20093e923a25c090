#pragma once

#include <speech/transcript.h>

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace spool {

/// Cuts a transcript into subtitle cues the way broadcast practice does, and writes them as
/// WebVTT or SubRip.
///
/// The rules: at most `maxLines` lines of at most `maxCharacters` characters; a cue lasts at
/// least `minSeconds` (stretched into the silence after it when there is room) and at most
/// `maxSeconds`; cues never overlap; a new cue starts after a pause of `pauseSeconds` or
/// more, and after a sentence ends once the cue holds something; lines break at punctuation
/// where they can, else where the two lines come out most even. A word longer than a line is
/// cut over lines.
class SubtitleBuilder
{
public:
    struct Rules
    {
        int maxCharacters = 42;
        int maxLines = 2;
        double minSeconds = 1.0;
        double maxSeconds = 7.0;
        double pauseSeconds = 0.7;
    };

    struct Cue
    {
        double start = 0;
        double end = 0;
        QStringList lines;
    };

    static QList<Cue> build(const Transcript &transcript, const Rules &rules);
    static QList<Cue> build(const Transcript &transcript) { return build(transcript, Rules()); }

    static QByteArray toWebVtt(const QList<Cue> &cues);
    static QByteArray toSrt(const QList<Cue> &cues);

    /// The lines `words` fill, at most `maxLines` of `maxCharacters`, broken as said above;
    /// empty when they do not fit.
    static QStringList breakLines(const QStringList &words, int maxCharacters, int maxLines);
};

} // namespace spool
