#include "spelling.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

// Optimal string alignment distance.
int distance(const QString &a, const QString &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<std::vector<int>> d(size_t(n + 1), std::vector<int>(size_t(m + 1)));
    for (qsizetype i = 0; i <= n; ++i)
        d[size_t(i)][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int best = std::min({d[size_t(i - 1)][size_t(j)] + 1,
                                 d[size_t(i)][size_t(j - 1)] + 1,
                                 d[size_t(i - 1)][size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                best = std::min(best, d[size_t(i - 2)][size_t(j - 2)] + 1);
            d[size_t(i)][size_t(j)] = best;
        }
    }
    return d[size_t(n)][size_t(m)];
}

} // namespace

QString Spelling::closest(const QString &word, const QStringList &candidates)
{
    // Long inputs are not typos of short names; skip the quadratic work.
    if (word.isEmpty() || word.size() > 64)
        return {};
    const QString folded = word.toLower();
    QString best;
    int bestDistance = 0;
    for (const QString &candidate : candidates) {
        const int d = distance(folded, candidate.toLower());
        if (best.isEmpty() || d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    const int allowed = word.size() <= 4 ? 1 : 2;
    return bestDistance <= allowed ? best : QString();
}

QString Spelling::didYouMean(const QString &word, const QStringList &candidates)
{
    const QString match = closest(word, candidates);
    if (match.isEmpty())
        return {};
    // Appended to the validator's messages, so it shares their context.
    return QCoreApplication::translate("spool::Validator", " (did you mean \"%1\"?)").arg(match);
}

} // namespace spool
