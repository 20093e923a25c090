#pragma once

#include "conditionrule.h"

#include <core/error.h>

#include <QJsonObject>
#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace spool {

class ConditionRuleRow;
class ProblemLabel;

/// Edits the options of a conditions task (spec §5) as rules, one row per check: property,
/// operator, value. Every accepted change emits the whole new options object in the operator
/// form (`{"width": {"gt": 1920}, "kind": {"eq": "video"}}`).
///
/// Invariants: rows and rules correspond one to one. setOptions() never emits and updates the
/// rows in place, keeping each check in the row that showed it. Both written forms are read;
/// a task in the legacy form is rewritten in the operator form only when the user edits it,
/// and checks the operator form cannot say (legacy wildcards, malformed entries) stay as
/// written. A change that cannot be written (a number that is not one, a second rule for the
/// same property and operator) is shown on its row and emits nothing.
class ConditionRuleEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ConditionRuleEditor(QWidget *parent = nullptr);

    /// Shows the rules of these options; `problems` have paths relative to the task
    /// (`/options/width/gt`) and are shown on the rows they concern; `order` is the options'
    /// written key order, in which the rules are listed.
    void setOptions(const QJsonObject &options, const KeyOrder &order, const QList<Error> &problems);
    int ruleCount() const;
    /// Focuses the value of the first rule on this property (or written under this key) and
    /// returns it; nullptr when there is none.
    QWidget *focusProperty(const QString &name);

Q_SIGNALS:
    /// `order`: the key order that keeps the rules in the order the rows show them.
    void optionsEdited(const QJsonObject &options, const KeyOrder &order);

private:
    ConditionRuleRow *addRow();
    void removeRow(qsizetype index);
    /// The rules in the order the rows show them now, new ones last.
    QList<ConditionRule> inRowOrder(const QList<ConditionRule> &rules) const;
    /// A rule for "Add rule" that clashes with none; nullopt when every check is taken.
    std::optional<ConditionRule> newRule() const;
    void writeRules();
    void updateHints();

    void onRowEdited(ConditionRuleRow *row);
    void onRowRemovalRequested(ConditionRuleRow *row);
    void onAddClicked();

    QJsonObject m_options;
    KeyOrder m_order;
    QList<ConditionRule> m_rules;
    QList<ConditionRuleRow *> m_rows;
    QVBoxLayout *m_rowLayout;
    QLabel *m_empty;
    ProblemLabel *m_problems;
    QPushButton *m_add;
};

} // namespace spool
