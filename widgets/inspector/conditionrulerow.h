#pragma once

#include "conditionrule.h"

#include <core/result.h>

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace spool {

class ProblemLabel;

/// One row of the conditions rule editor: property, operator, value, a remove button, and the
/// problems found in the rule underneath.
///
/// The row shows `rule()`; the user's changes stay in the widgets until the editor accepts
/// them (acceptEdit) or shows another rule (setRule). setRule() never emits and updates the
/// widgets in place. A value the widgets cannot represent (an array where a number belongs) is
/// shown as JSON and stays as written until the user changes the value field itself.
class ConditionRuleRow : public QWidget
{
    Q_OBJECT

public:
    explicit ConditionRuleRow(QWidget *parent = nullptr);

    /// Names the row's widgets `rule.<index>.property`, `.operator`, `.value`, `.choice`, ...
    void setIndex(int index);
    void setRule(const ConditionRule &rule);
    const ConditionRule &rule() const;
    /// The rule as the widgets say it now, or why they say none (a number that is not one).
    Result<ConditionRule> editedRule() const;
    /// The editor took the edited rule: it becomes the row's rule, the widgets stay as they are.
    void acceptEdit(const ConditionRule &rule);
    /// Problems the validator found in this rule (messages only).
    void setProblems(const QStringList &messages);
    /// Why the user's last change could not be written; empty to clear.
    void setEditError(const QString &message);
    QWidget *focusValue();

Q_SIGNALS:
    void edited();
    void removalRequested();

private:
    void showProperty(const QString &property);
    /// Fills the operator list for a property. An operator that does not fit it is shown
    /// (marked) when it comes from the document, and replaced by "eq" after a user's change.
    void showOperators(const QString &property, const QString &op, bool keepUnfitting);
    void showValue(const QString &property, const QString &op, const QJsonValue &value);
    void showMessages();
    QString currentProperty() const;
    QString currentOperator() const;
    bool choiceShown() const;
    /// The value the widgets say, read as a value for this property and operator.
    Result<QJsonValue> valueFor(const QString &property, const QString &op) const;

    void onPropertyChanged();
    void onOperatorChanged();
    void onChoiceChanged();
    void onTextFinished();

    ConditionRule m_rule;
    /// The property the operator list was last set up for.
    QString m_shownProperty;
    /// The operator the value widgets were last set up for.
    QString m_shownOperator;
    /// What the value field showed last; the user's typing differs from it until accepted.
    QString m_shownText;
    /// The value field shows the rule's value as JSON, because no field fits it.
    bool m_rawValue = false;
    QStringList m_validatorProblems;
    QString m_editError;

    QComboBox *m_property;
    QComboBox *m_operator;
    QComboBox *m_choice;
    QLineEdit *m_text;
    QToolButton *m_remove;
    QLabel *m_note;
    ProblemLabel *m_problems;
};

} // namespace spool
