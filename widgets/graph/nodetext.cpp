#include "nodetext.h"

#include <QFontMetricsF>
#include <QStringList>

namespace spool {

QString NodeText::twoLines(const QString &text, const QFont &font, qreal width)
{
    const QFontMetricsF metrics(font);
    if (metrics.horizontalAdvance(text) <= width)
        return text;
    // The longest run of whole words (parts split at spaces) that fits the first line.
    const QStringList words = text.split(u' ');
    qsizetype used = 0;
    QString first;
    for (; used < words.size(); ++used) {
        const QString longer = first.isEmpty() ? words.at(used) : first + u' ' + words.at(used);
        if (metrics.horizontalAdvance(longer) > width)
            break;
        first = longer;
    }
    if (first.isEmpty())
        return metrics.elidedText(text, Qt::ElideRight, width);
    const auto join = [&](qsizetype from, qsizetype to) {
        return words.mid(from, to - from).join(u' ');
    };
    const QString rest = join(used, words.size());
    // The last break between two parts of a list within the first line: taken when the rest
    // then still fits the second line whole, or when it would be cut either way.
    for (qsizetype at = used; at > 0; --at) {
        const QString &before = words.at(at - 1);
        if (!before.endsWith(u',') && before != u"·")
            continue;
        if (at == used)
            break; // the word break already falls between two parts
        const QString listFirst = before == u"·" ? join(0, at - 1) : join(0, at);
        const QString listRest = before == u"·" ? join(at - 1, words.size()).mid(2)
                                                : join(at, words.size());
        const bool listFits = metrics.horizontalAdvance(listRest) <= width;
        if (listFirst.isEmpty() || (!listFits && metrics.horizontalAdvance(rest) <= width))
            break;
        return listFirst + u'\n' + metrics.elidedText(listRest, Qt::ElideRight, width);
    }
    return first + u'\n' + metrics.elidedText(rest, Qt::ElideRight, width);
}

} // namespace spool
