#pragma once

#include <QColor>
#include <QIcon>
#include <QRectF>
#include <QString>
#include <QStringView>

class QPainter;

namespace spool {

/// How a task kind looks wherever the editor shows it (palette, quick-add, canvas): one accent
/// colour per palette group and one vector pictogram per kind. The colours keep at least 3:1
/// contrast against both light and dark window backgrounds; the pictograms are drawn on a
/// 24-unit grid scaled to the target, so they stay crisp from 12 to 48 pixels. Unknown kinds
/// get a neutral grey and a question mark rather than nothing. Every list of kinds also
/// matches searches against the same text, searchText().
class KindStyle
{
public:
    KindStyle() = delete;

    static QColor groupColor(QStringView group);
    static QColor kindColor(QStringView kind);
    static void paintIcon(QPainter *painter,
                          const QRectF &rect,
                          QStringView kind,
                          const QColor &color);
    /// The pictogram in the kind's colour at 16, 24, 32 and 48 pixels, on transparency; in
    /// the Selected mode (a selected row), white on a rounded square of the kind's colour.
    static QIcon icon(QStringView kind);
    /// What a search for the kind is matched against, ignoring case: its name, the name with
    /// spaces for underscores, and its description as the lists show it (translated).
    static QString searchText(QStringView kind);
    /// How well a kind matches a search, for picking what Enter chooses: 0 for its exact name,
    /// 1 when its name starts with the text, 2 when the name contains it, 3 when only the
    /// description does, -1 for no match. An empty search matches everything with 0.
    static int searchRank(QStringView kind, QStringView text);
};

} // namespace spool
