#include "subtitlebuilder.h"

#include <cmath>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

bool endsSentence(const QString &word)
{
    return word.endsWith(u'.') || word.endsWith(u'?') || word.endsWith(u'!');
}

bool endsClause(const QString &word)
{
    return word.endsWith(u',') || word.endsWith(u';') || word.endsWith(u':') || endsSentence(word);
}

QString timestamp(double seconds, QChar fractionSeparator)
{
    const qint64 millis = qMax<qint64>(0, std::llround(seconds * 1000));
    return u"%1:%2:%3%4%5"_s.arg(millis / 3600000, 2, 10, QChar(u'0'))
        .arg(millis / 60000 % 60, 2, 10, QChar(u'0'))
        .arg(millis / 1000 % 60, 2, 10, QChar(u'0'))
        .arg(fractionSeparator)
        .arg(millis % 1000, 3, 10, QChar(u'0'));
}

// Splits words longer than a line into line-sized pieces.
QStringList fitWords(const QStringList &words, int maxCharacters)
{
    QStringList fitted;
    for (const QString &word : words) {
        for (qsizetype at = 0; at < word.size(); at += maxCharacters)
            fitted.append(word.mid(at, maxCharacters));
    }
    return fitted;
}

} // namespace

QStringList SubtitleBuilder::breakLines(const QStringList &input, int maxCharacters, int maxLines)
{
    const QStringList words = fitWords(input, maxCharacters);
    const QString whole = words.join(u' ');
    if (whole.size() <= maxCharacters)
        return whole.isEmpty() ? QStringList() : QStringList{whole};
    if (maxLines < 2)
        return {};
    // Two lines (the rules allow no more than two in practice): choose the break that fits,
    // preferring one after punctuation, then the most even.
    int best = -1;
    double bestScore = 0;
    for (int split = 1; split < words.size(); ++split) {
        const QString first = words.mid(0, split).join(u' ');
        const QString second = words.mid(split).join(u' ');
        if (first.size() > maxCharacters || second.size() > maxCharacters)
            continue;
        double score = std::abs(double(first.size() - second.size()));
        if (endsClause(words.at(split - 1)))
            score -= maxCharacters / 2.0;
        if (best < 0 || score < bestScore) {
            best = split;
            bestScore = score;
        }
    }
    if (best < 0)
        return {};
    return {words.mid(0, best).join(u' '), words.mid(best).join(u' ')};
}

QList<SubtitleBuilder::Cue> SubtitleBuilder::build(const Transcript &transcript, const Rules &rules)
{
    QList<Cue> cues;
    QStringList words;
    double start = 0;
    double end = 0;
    const auto flush = [&] {
        if (words.isEmpty())
            return;
        cues.append(Cue{start, end, breakLines(words, rules.maxCharacters, rules.maxLines)});
        words.clear();
    };
    for (const Transcript::Word &word : transcript.words) {
        const QString text = word.text.trimmed();
        if (text.isEmpty())
            continue;
        if (!words.isEmpty()) {
            QStringList candidate = words;
            candidate.append(text);
            const bool tooLong = breakLines(candidate, rules.maxCharacters, rules.maxLines).isEmpty();
            const bool tooSlow = word.end - start > rules.maxSeconds;
            const bool pause = word.start - end >= rules.pauseSeconds;
            const bool sentenceDone = endsSentence(words.last()) && words.join(u' ').size() >= 12;
            if (tooLong || tooSlow || pause || sentenceDone)
                flush();
        }
        if (words.isEmpty())
            start = word.start;
        words.append(text);
        end = qMax(end, word.end);
    }
    flush();

    // Timing: at least minSeconds where the silence after allows, never overlapping.
    for (qsizetype i = 0; i < cues.size(); ++i) {
        Cue &cue = cues[i];
        const double next = i + 1 < cues.size() ? cues[i + 1].start : cue.start + rules.maxSeconds;
        if (cue.end - cue.start < rules.minSeconds)
            cue.end = qMin(cue.start + rules.minSeconds, next);
        cue.end = qMin(cue.end, qMin(next, cue.start + rules.maxSeconds));
        if (cue.end <= cue.start)
            cue.end = cue.start + 0.001;
    }
    return cues;
}

QByteArray SubtitleBuilder::toWebVtt(const QList<Cue> &cues)
{
    QString text = u"WEBVTT\n"_s;
    for (const Cue &cue : cues) {
        text += u"\n%1 --> %2\n%3\n"_s.arg(timestamp(cue.start, u'.'),
                                           timestamp(cue.end, u'.'),
                                           cue.lines.join(u'\n'));
    }
    return text.toUtf8();
}

QByteArray SubtitleBuilder::toSrt(const QList<Cue> &cues)
{
    QString text;
    for (qsizetype i = 0; i < cues.size(); ++i) {
        const Cue &cue = cues.at(i);
        text += u"%1\n%2 --> %3\n%4\n\n"_s.arg(i + 1).arg(timestamp(cue.start, u','),
                                                          timestamp(cue.end, u','),
                                                          cue.lines.join(u'\n'));
    }
    return text.toUtf8();
}

} // namespace spool
