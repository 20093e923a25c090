#include "chaptersegmenter.h"

#include "summarizer.h"

#include <QHash>

#include <cmath>
#include <numeric>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

QHash<QString, double> counts(const QList<Transcript> &sentences, qsizetype from, qsizetype to)
{
    QHash<QString, double> words;
    for (qsizetype i = qMax<qsizetype>(0, from); i < qMin(to, sentences.size()); ++i) {
        QStringList text;
        for (const Transcript::Word &word : sentences[i].words)
            text.append(word.text);
        for (const QString &word : Summarizer::contentWords(text.join(u' ')))
            words[word] += 1;
    }
    return words;
}

double cosine(const QHash<QString, double> &a, const QHash<QString, double> &b)
{
    double dot = 0;
    for (auto it = a.begin(); it != a.end(); ++it)
        dot += it.value() * b.value(it.key());
    double normA = 0;
    double normB = 0;
    for (const double v : a)
        normA += v * v;
    for (const double v : b)
        normB += v * v;
    return normA > 0 && normB > 0 ? dot / std::sqrt(normA * normB) : 0;
}

/// The units whose cohesion is compared: the transcript's sentences, but a recogniser gives no
/// punctuation and a reader may not pause for long, so a "sentence" of more than MaxWords words
/// is cut into pseudo-sentences (as TextTiling does) of at least MinWords words, each ending at
/// a gap between words where there is one (a short breath between sentences), at MaxWords
/// words at the latest.
QList<Transcript> unitsOf(const Transcript &transcript)
{
    constexpr qsizetype MinWords = 8;
    constexpr qsizetype MaxWords = 20;
    constexpr double Gap = 0.05;
    QList<Transcript> units;
    for (const Transcript &sentence : Summarizer::timedSentences(transcript)) {
        if (sentence.words.size() <= MaxWords) {
            units.append(sentence);
            continue;
        }
        Transcript unit;
        unit.language = sentence.language;
        for (qsizetype i = 0; i < sentence.words.size(); ++i) {
            unit.words.append(sentence.words[i]);
            const bool last = i + 1 == sentence.words.size();
            const bool gap = !last && sentence.words[i + 1].start - sentence.words[i].end >= Gap;
            if (last || unit.words.size() >= MaxWords || (unit.words.size() >= MinWords && gap)) {
                units.append(unit);
                unit.words.clear();
            }
        }
    }
    return units;
}

} // namespace

double ChapterSegmenter::minimumSeconds(double duration)
{
    return qBound(4.0, duration / 4, 20.0);
}

QList<ChapterSegmenter::Chapter> ChapterSegmenter::segment(const Transcript &transcript,
                                                           double duration,
                                                           std::optional<double> minimum,
                                                           int window)
{
    const QList<Transcript> sentences = unitsOf(transcript);
    const double end = qMax(duration, sentences.isEmpty() ? 0.0 : sentences.last().words.last().end);
    QList<Chapter> chapters;
    if (sentences.isEmpty()) {
        if (end > 0)
            chapters.append(Chapter{QString(), 0, end});
        return chapters;
    }

    // Gap g lies between sentence g and g + 1.
    const qsizetype gaps = sentences.size() - 1;
    QList<double> cohesion(gaps, 0);
    for (qsizetype g = 0; g < gaps; ++g)
        cohesion[g] = cosine(counts(sentences, g + 1 - window, g + 1),
                             counts(sentences, g + 1, g + 1 + window));
    QList<double> depth(gaps, 0);
    for (qsizetype g = 0; g < gaps; ++g) {
        double left = cohesion[g];
        for (qsizetype i = g; i >= 0 && cohesion[i] >= left; --i)
            left = cohesion[i];
        double right = cohesion[g];
        for (qsizetype i = g; i < gaps && cohesion[i] >= right; ++i)
            right = cohesion[i];
        depth[g] = (left - cohesion[g]) + (right - cohesion[g]);
        // A long pause is a hint of a new topic.
        const double pause = sentences[g + 1].words.first().start - sentences[g].words.last().end;
        if (pause >= 1.5)
            depth[g] += 0.2;
    }
    double mean = 0;
    double deviation = 0;
    if (gaps > 0) {
        mean = std::accumulate(depth.begin(), depth.end(), 0.0) / double(gaps);
        for (const double d : depth)
            deviation += (d - mean) * (d - mean);
        deviation = std::sqrt(deviation / double(gaps));
    }
    const double threshold = qMax(0.1, mean - deviation / 2);

    // Deepest first, keeping only boundaries that leave every chapter long enough.
    QList<qsizetype> candidates;
    for (qsizetype g = 0; g < gaps; ++g) {
        if (depth[g] > threshold)
            candidates.append(g);
    }
    std::sort(candidates.begin(), candidates.end(), [&](qsizetype a, qsizetype b) {
        return depth[a] > depth[b];
    });
    const double minSeconds = minimum.value_or(minimumSeconds(end));
    QList<double> cuts{0.0, end};
    for (const qsizetype g : std::as_const(candidates)) {
        const double at = sentences[g + 1].words.first().start;
        bool fits = true;
        for (const double cut : std::as_const(cuts))
            fits = fits && std::abs(cut - at) >= minSeconds;
        if (fits) {
            cuts.append(at);
            std::sort(cuts.begin(), cuts.end());
        }
    }

    for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
        Transcript part;
        part.language = transcript.language;
        for (const Transcript::Word &word : transcript.words) {
            if (word.start >= cuts[i] && word.start < cuts[i + 1])
                part.words.append(word);
        }
        const Summarizer::Summary summary = Summarizer::summarize(part, 1, 1, 3);
        chapters.append(Chapter{summary.title, cuts[i], cuts[i + 1]});
    }
    return chapters;
}

} // namespace spool
