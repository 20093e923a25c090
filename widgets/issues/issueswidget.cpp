#include "issueswidget.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace spool {

using namespace Qt::Literals::StringLiterals;

IssuesWidget::IssuesWidget(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Problem"), tr("Where")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setWordWrap(false);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_summary->setContentsMargins(6, 4, 6, 4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_summary);
    layout->addWidget(m_list);
    connect(m_list, &QTreeWidget::itemActivated, this, &IssuesWidget::onItemActivated);
    setIssues({});
}

void IssuesWidget::setIssues(const QList<Issue> &issues)
{
    if (issues == m_issues && m_list->topLevelItemCount() == issues.size())
        return;
    m_issues = issues;
    m_list->clear();
    const QIcon icon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    QList<QTreeWidgetItem *> items;
    items.reserve(issues.size());
    for (const Issue &issue : issues) {
        auto *item = new QTreeWidgetItem(
            {issue.message, issue.pointer.isEmpty() ? u"/"_s : issue.pointer});
        item->setIcon(0, icon);
        item->setToolTip(0, issue.message);
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    m_summary->setText(issues.isEmpty() ? tr("No problems: the run request is valid.")
                                        : tr("%n problem(s)", nullptr, int(issues.size())));
}

void IssuesWidget::activate(int row)
{
    if (row >= 0 && row < m_issues.size())
        Q_EMIT issueActivated(m_issues.at(row));
}

void IssuesWidget::onItemActivated(QTreeWidgetItem *item)
{
    activate(m_list->indexOfTopLevelItem(item));
}

} // namespace spool
