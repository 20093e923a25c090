#pragma once

#include "issue.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace spool {

/// The Issues dock's list: every problem the validator finds in the request, in document
/// order, each with its severity (an error or a warning icon), the message and where it is
/// (the task by name or kind and the field; the JSON Pointer in the tooltip). Activating one (double-click or Enter) announces it, so
/// the editor can select the node and show the field.
class IssuesWidget : public QWidget
{
    Q_OBJECT

public:
    explicit IssuesWidget(QWidget *parent = nullptr);

    void setIssues(const QList<Issue> &issues);
    /// An empty document has nothing to check: the summary says how to begin instead.
    void setEmptyDocument(bool empty);
    const QList<Issue> &issues() const { return m_issues; }
    /// The summary line above the list.
    QString summary() const;
    /// Room for a few rows of problems, so that the dock opens readable.
    QSize sizeHint() const override;
    /// Activates the issue at `row` as a double-click would.
    void activate(int row);

Q_SIGNALS:
    void issueActivated(const spool::Issue &issue);

private:
    void onItemActivated(QTreeWidgetItem *item);
    void updateSummary();

    QList<Issue> m_issues;
    QTreeWidget *m_list;
    QLabel *m_summary;
    bool m_emptyDocument = false;
};

} // namespace spool
