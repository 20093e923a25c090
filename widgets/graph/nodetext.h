#pragma once

#include <QFont>
#include <QString>

namespace spool {

/// How a node's text is cut to fit its card.
class NodeText
{
public:
    /// `text` on at most two lines of `width` (joined by '\n'), the second cut with an
    /// ellipsis. Lines break at spaces, between the parts of a list (after ", " or " · ")
    /// where that loses nothing, so a rule is not split between its operator and its value.
    static QString twoLines(const QString &text, const QFont &font, qreal width);
};

} // namespace spool
