#pragma once

#include "issue.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace spool {

/// The Issues dock's list: every problem the validator finds in the request, in document
/// order, with the task it concerns. Activating one (double-click or Enter) announces it, so
/// the editor can select the node and show the field.
class IssuesWidget : public QWidget
{
    Q_OBJECT

public:
    explicit IssuesWidget(QWidget *parent = nullptr);

    void setIssues(const QList<Issue> &issues);
    const QList<Issue> &issues() const { return m_issues; }
    /// Activates the issue at `row` as a double-click would.
    void activate(int row);

Q_SIGNALS:
    void issueActivated(const spool::Issue &issue);

private:
    void onItemActivated(QTreeWidgetItem *item);

    QList<Issue> m_issues;
    QTreeWidget *m_list;
    QLabel *m_summary;
};

} // namespace spool
