#pragma once

#include <QFrame>
#include <QStringList>

#include <functional>

class QKeyEvent;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace spool {

/// A popup to add a task from the keyboard: type to narrow the kinds, arrows to pick one,
/// Enter to take it. Each popup() ends in exactly one signal: kindChosen when a kind is
/// taken, dismissed when the popup closes any other way (Escape, a click outside, hide()).
/// Focus stays in the search field throughout.
class QuickAddPopup : public QFrame
{
    Q_OBJECT

public:
    explicit QuickAddPopup(QWidget *parent = nullptr);

    /// Offers only the kinds `accepts` returns true for, such as the kinds that may follow a
    /// given task; an empty function offers every kind.
    void setFilter(std::function<bool(const QString &kind)> accepts);
    /// Clears the search and shows the popup with its top-left corner at `globalPos`, moved
    /// as little as needed to stay on the screen.
    void popup(const QPoint &globalPos);

    /// The kinds listed now, in KindSpec::all() order.
    QStringList offeredKinds() const;
    /// The kind Enter would choose; empty when the list is empty.
    QString currentKind() const;
    /// What the list says when the search matches no kind it offers ("No task matches …",
    /// naming the closest kind, which is then offered and chosen by Enter); empty otherwise.
    QString noMatchText() const { return m_noMatch; }

Q_SIGNALS:
    void kindChosen(const QString &kind);
    void dismissed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void rebuild();
    void addNoMatchRow(const QString &needle, const QColor &descriptionColor);
    void onSearchEdited();
    void onItemClicked(QTreeWidgetItem *item);
    bool filterSearchKey(QKeyEvent *event);
    void moveCurrent(int rows);
    void choose(const QString &kind);
    int acceptedKindCount() const;

    QLineEdit *m_search;
    QTreeWidget *m_list;
    std::function<bool(const QString &kind)> m_accepts;
    bool m_open = false;
    QString m_noMatch;
};

} // namespace spool
