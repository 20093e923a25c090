#pragma once

#include <QString>
#include <QStringList>

namespace spool {

/// Finds what a person probably meant when a name is not known.
class Spelling
{
public:
    /// The candidate closest to `word` by edit distance (case-insensitive, transpositions
    /// counting one), if it is close enough to be a likely typo; empty otherwise.
    static QString closest(const QString &word, const QStringList &candidates);
    /// " (did you mean "x"?)" or an empty string.
    static QString didYouMean(const QString &word, const QStringList &candidates);
};

} // namespace spool
