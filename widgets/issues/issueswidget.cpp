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
    m_list->setAlternatingRowColors(true);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setWordWrap(false);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_summary->setContentsMargins(6, 4, 6, 4);
    m_summary->setWordWrap(true);
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
    if (issues == m_issues && m_list->topLevelItemCount() == issues.size()) {
        updateSummary();
        return;
    }
    m_issues = issues;
    m_list->clear();
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    QList<QTreeWidgetItem *> items;
    items.reserve(issues.size());
    for (const Issue &issue : issues) {
        const bool warning = issue.severity == Validator::Severity::Warning;
        const QString pointer = issue.pointer.isEmpty() ? u"/"_s : issue.pointer;
        auto *item = new QTreeWidgetItem(
            {issue.message, issue.where.isEmpty() ? pointer : issue.where});
        item->setIcon(0, warning ? warningIcon : errorIcon);
        item->setData(0, Qt::AccessibleDescriptionRole, warning ? tr("Warning") : tr("Error"));
        item->setToolTip(0, (warning ? tr("Warning: %1") : tr("Error: %1")).arg(issue.message));
        item->setToolTip(1, pointer);
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    updateSummary();
}

void IssuesWidget::setEmptyDocument(bool empty)
{
    m_emptyDocument = empty;
    updateSummary();
}

void IssuesWidget::updateSummary()
{
    qsizetype warnings = 0;
    for (const Issue &issue : std::as_const(m_issues)) {
        if (issue.severity == Validator::Severity::Warning)
            ++warnings;
    }
    const int errors = int(m_issues.size() - warnings);
    QString text;
    if (m_issues.isEmpty() && m_emptyDocument)
        text = tr("Nothing to check yet: add a task to begin.");
    else if (m_issues.isEmpty())
        text = tr("No problems: the run request is valid.");
    else if (warnings == 0)
        text = tr("%n error(s): the run request is not valid.", nullptr, errors);
    else if (errors == 0)
        text = tr("%n warning(s): the run request is valid, but the embedded engine cannot run "
                  "all of it.",
                  nullptr,
                  int(warnings));
    else
        //: As in "2 errors, 1 warning": %1 counts errors, %2 warnings.
        text = tr("%1, %2").arg(tr("%n error(s)", nullptr, errors),
                                tr("%n warning(s)", nullptr, int(warnings)));
    m_summary->setText(text);
}

QString IssuesWidget::summary() const
{
    return m_summary->text();
}

QSize IssuesWidget::sizeHint() const
{
    // The summary, the header and five rows.
    const int row = qMax(fontMetrics().height() + 6, m_list->iconSize().height() + 4);
    const int height = m_summary->sizeHint().height() + m_list->header()->sizeHint().height()
                       + 5 * row + 2 * m_list->frameWidth();
    return QSize(QWidget::sizeHint().width(), height);
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
