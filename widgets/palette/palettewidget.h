#pragma once

#include <QPoint>
#include <QString>
#include <QWidget>

class QAbstractItemModel;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QMimeData;
class QModelIndex;
class QMouseEvent;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace spool {

/// The list of task kinds to drag onto the canvas: every kind of KindSpec::all(), in that
/// order, under a header for its palette group. Searching hides the kinds whose name and
/// description do not contain the text, and the groups left empty. Only kind rows can be
/// selected, dragged or activated; headers and hints never can.
class PaletteWidget : public QWidget
{
    Q_OBJECT

public:
    /// Data roles of model(): kind rows carry their kind under KindRole; header and hint rows
    /// carry nothing there.
    enum Role { KindRole = Qt::UserRole + 1 };

    explicit PaletteWidget(QWidget *parent = nullptr);

    /// What a drag of `kind` carries; the caller owns it (QDrag takes it over).
    static QMimeData *mimeDataForKind(const QString &kind);

    QString searchText() const;
    void setSearchText(const QString &text);

    /// What the list shows, filtered: group headers at the top level, their rows beneath.
    QAbstractItemModel *model() const;
    /// The first kind the search leaves, the one Enter in the search field activates; empty
    /// when nothing matches.
    QString firstMatch() const;
    /// What the palette says when the search matches no kind ("No task matches …"), with the
    /// closest kind's name when the search looks like a typo of one; empty while kinds match.
    QString noMatchText() const;
    /// The kind a search that matches nothing probably meant ("vdeo" → video), or empty.
    QString suggestion() const { return m_suggestion; }

Q_SIGNALS:
    void kindActivated(const QString &kind);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void populate();
    void onSearchEdited(const QString &text);
    void onSearchReturnPressed();
    void onIndexActivated(const QModelIndex &index);
    QModelIndex firstMatchIndex() const;
    bool filterSearchKey(QKeyEvent *event);
    bool filterViewportMouse(QMouseEvent *event);

    void updateNoMatch();

    QLineEdit *m_search;
    QLabel *m_noMatch;
    QString m_suggestion;
    QTreeView *m_view;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QPoint m_pressPosition;
    QString m_pressedKind;
};

} // namespace spool
