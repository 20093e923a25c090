#include "summarizer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        const QString list
            = u"a about above after again against all also am an and any are as at "
              "be because been before being below between both but by can could did "
              "do does doing down during each even ever every few for from further "
              "get gets got had has have having he her here hers herself him himself "
              "his how i if in into is it its itself just know like made make many "
              "me more most much must my myself no nor not now of off on once only "
              "or other our ours ourselves out over own really same say said she "
              "should so some such than that the their theirs them themselves then "
              "there these they this those through to too under until up upon us "
              "very was we well were what when where which while who whom why will "
              "with would yes yet you your yours yourself yourselves one two three "
              "thing things way ways lot lots going go goes went come comes came "
              "see seen use used using want wants let lets may might shall still "
              "around because okay oh uh um right four five six seven eight nine ten eleven "
              "twelve twenty thirty forty fifty sixty seventy eighty ninety hundred "
              "thousand million first second third eighteen nineteen"_s;
        const QStringList split = list.split(u' ', Qt::SkipEmptyParts);
        return QSet<QString>(split.begin(), split.end());
    }();
    return words;
}

QString normalise(const QString &word)
{
    static const QRegularExpression edges(u"^[^\\w']+|[^\\w']+$"_s);
    return QString(word).remove(edges).toLower();
}

} // namespace

bool Summarizer::isStopWord(const QString &word)
{
    return stopWords().contains(word);
}

QStringList Summarizer::contentWords(const QString &text)
{
    QStringList words;
    for (const QString &raw : text.split(u' ', Qt::SkipEmptyParts)) {
        const QString word = normalise(raw);
        bool number = false;
        word.toDouble(&number);
        if (word.size() > 2 && !number && !isStopWord(word))
            words.append(word);
    }
    return words;
}

QList<Transcript> Summarizer::timedSentences(const Transcript &transcript, double pauseSeconds)
{
    QList<Transcript> sentences;
    Transcript current;
    current.language = transcript.language;
    double lastEnd = -1;
    const auto close = [&] {
        if (!current.words.isEmpty()) {
            sentences.append(current);
            current.words.clear();
        }
    };
    for (const Transcript::Word &word : transcript.words) {
        if (lastEnd >= 0 && word.start - lastEnd >= pauseSeconds)
            close();
        current.words.append(word);
        lastEnd = word.end;
        if (word.text.endsWith(u'.') || word.text.endsWith(u'?') || word.text.endsWith(u'!'))
            close();
    }
    close();
    return sentences;
}

QStringList Summarizer::sentences(const Transcript &transcript, double pauseSeconds)
{
    QStringList texts;
    for (const Transcript &sentence : timedSentences(transcript, pauseSeconds)) {
        QStringList words;
        for (const Transcript::Word &word : sentence.words)
            words.append(word.text);
        texts.append(words.join(u' '));
    }
    return texts;
}

Summarizer::Summary Summarizer::summarize(const Transcript &transcript,
                                          int maxSentences,
                                          int minTags,
                                          int maxTags)
{
    Summary summary;
    summary.languages = {transcript.language};
    const QStringList all = sentences(transcript);
    if (all.isEmpty())
        return summary;

    // TextRank: sentences are nodes; edges weigh the content words two sentences share,
    // normalised by their lengths (log) so long sentences do not win by length alone.
    const qsizetype n = all.size();
    QList<QSet<QString>> words;
    for (const QString &sentence : all) {
        const QStringList content = contentWords(sentence);
        words.append(QSet<QString>(content.begin(), content.end()));
    }
    QList<QList<double>> weight(n, QList<double>(n, 0.0));
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = i + 1; j < n; ++j) {
            const double shared = double((words[i] & words[j]).size());
            const double norm = std::log(1.0 + words[i].size()) + std::log(1.0 + words[j].size());
            if (shared > 0 && norm > 0)
                weight[i][j] = weight[j][i] = shared / norm;
        }
    }
    QList<double> rank(n, 1.0);
    constexpr double Damping = 0.85;
    for (int iteration = 0; iteration < 50; ++iteration) {
        QList<double> next(n, 1.0 - Damping);
        for (qsizetype j = 0; j < n; ++j) {
            double out = 0;
            for (qsizetype k = 0; k < n; ++k)
                out += weight[j][k];
            if (out <= 0)
                continue;
            for (qsizetype i = 0; i < n; ++i)
                next[i] += Damping * weight[j][i] / out * rank[j];
        }
        rank = next;
    }
    QList<qsizetype> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return rank[a] > rank[b];
    });
    QList<qsizetype> chosen = order.mid(0, maxSentences);
    std::sort(chosen.begin(), chosen.end());
    QStringList description;
    for (const qsizetype index : chosen) {
        QString sentence = all[index].trimmed();
        if (!sentence.isEmpty()) {
            sentence[0] = sentence[0].toUpper();
            if (!sentence.endsWith(u'.') && !sentence.endsWith(u'?') && !sentence.endsWith(u'!'))
                sentence += u'.';
        }
        description.append(sentence);
    }
    summary.description = description.join(u' ');

    // RAKE: candidate phrases are runs of content words; a word scores degree / frequency.
    QList<QStringList> phrases;
    for (const QString &sentence : all) {
        QStringList phrase;
        for (const QString &raw : sentence.split(u' ', Qt::SkipEmptyParts)) {
            const QString word = normalise(raw);
            bool number = false;
            word.toDouble(&number);
            const bool content = word.size() > 2 && !number && !isStopWord(word);
            if (content)
                phrase.append(word);
            if ((!content || raw.endsWith(u',') || raw.endsWith(u'.')) && !phrase.isEmpty()) {
                phrases.append(phrase);
                phrase.clear();
            }
        }
        if (!phrase.isEmpty())
            phrases.append(phrase);
    }
    QHash<QString, double> frequency;
    QHash<QString, double> degree;
    for (const QStringList &phrase : std::as_const(phrases)) {
        for (const QString &word : phrase) {
            frequency[word] += 1;
            degree[word] += phrase.size();
        }
    }
    QHash<QString, double> phraseScore;
    for (const QStringList &phrase : std::as_const(phrases)) {
        if (phrase.size() > 3)
            continue; // long runs are usually recognition noise, not key phrases
        double score = 0;
        for (const QString &word : phrase)
            score += degree[word] / frequency[word];
        const QString key = phrase.join(u' ');
        // A phrase said again counts again.
        phraseScore[key] += score;
    }
    QStringList candidates = phraseScore.keys();
    std::sort(candidates.begin(), candidates.end(), [&](const QString &a, const QString &b) {
        return phraseScore[a] != phraseScore[b] ? phraseScore[a] > phraseScore[b] : a < b;
    });
    // Single words that recur are tags too, so short talks still get enough.
    QStringList words1 = frequency.keys();
    std::sort(words1.begin(), words1.end(), [&](const QString &a, const QString &b) {
        return frequency[a] != frequency[b] ? frequency[a] > frequency[b] : a < b;
    });
    for (const QString &candidate : std::as_const(candidates)) {
        if (summary.tags.size() >= maxTags)
            break;
        bool covered = false;
        for (const QString &tag : std::as_const(summary.tags))
            covered = covered || tag.contains(candidate) || candidate.contains(tag);
        if (!covered && (phraseScore[candidate] > 1.0 || candidate.contains(u' ')))
            summary.tags.append(candidate);
    }
    for (const QString &word : std::as_const(words1)) {
        if (summary.tags.size() >= minTags)
            break;
        bool covered = false;
        for (const QString &tag : std::as_const(summary.tags))
            covered = covered || tag.split(u' ').contains(word);
        if (!covered)
            summary.tags.append(word);
    }

    // Title: the best key phrase, in title case.
    if (!summary.tags.isEmpty()) {
        QStringList title = summary.tags.first().split(u' ');
        for (QString &word : title)
            word[0] = word[0].toUpper();
        summary.title = title.join(u' ');
    }
    return summary;
}

} // namespace spool
