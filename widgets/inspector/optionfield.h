#pragma once

#include <schema/optionspec.h>

#include <QJsonValue>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace spool {

class ProblemLabel;

/// The editor of one task option, built from its OptionSpec: a text field (numbers, sizes with
/// their unit, text, URLs, colours beside their swatch) or a choice, a button back to the
/// engine default, and the problems found in the option underneath.
///
/// Invariants: `value()` is the option as last given to setValue() or as last edited by the
/// user, undefined when the option is absent (the engine default applies). setValue() never
/// emits. What the user types is written as typed, never clamped, rounded or dropped: `-5` or
/// `0` in a size, `12.5` in a whole number, `abc` in a number become that value (a number when
/// the text reads as one, else the text), and the reason it is wrong shows under the field
/// until the user fixes or resets it. Only an emptied field means "back to the default".
class OptionField : public QWidget
{
    Q_OBJECT

public:
    explicit OptionField(const OptionSpec &spec, QWidget *parent = nullptr);

    const OptionSpec &spec() const;
    QJsonValue value() const;
    /// Shows a value in place: focus, cursor and open popups survive, nothing is emitted.
    void setValue(const QJsonValue &value);
    /// Problems the validator found in this option (messages only).
    void setProblems(const QStringList &messages);
    /// Gives keyboard focus to the main editor and returns it.
    QWidget *focusEditor();

Q_SIGNALS:
    /// The user changed the option; an undefined value means "remove it, back to the default".
    void edited(const QString &name, const QJsonValue &value);

private:
    void buildChoice();
    void buildText();
    void buildDimension();
    void buildColor();

    void showValue();
    void showProblems();
    /// A user edit: remember it, show it, announce it.
    void commit(const QJsonValue &value);
    /// Why the editor cannot show `value` as it is; empty when it can (and for undefined).
    QString unrepresentableReason(const QJsonValue &value) const;
    QString defaultText() const;
    bool percentUnit() const;

    /// The option the text in the field stands for.
    QJsonValue valueFromText(const QString &text) const;
    void onChoiceChanged(int index);
    void onTextFinished();
    void onBrowseClicked();
    void onUnitChanged(int index);
    void onSwatchClicked();
    void onResetClicked();

    OptionSpec m_spec;
    QJsonValue m_value = QJsonValue(QJsonValue::Undefined);
    QStringList m_validatorProblems;
    /// What a line edit showed last; the user's typing differs from it until committed.
    QString m_shownText;

    QWidget *m_editor = nullptr;     ///< the one that takes focus
    QComboBox *m_choice = nullptr;   ///< Enum
    QComboBox *m_unit = nullptr;     ///< px or % of a Dimension
    QLineEdit *m_text = nullptr;     ///< every type but Enum (the amount of a Dimension)
    QPushButton *m_swatch = nullptr; ///< Color: picks one with a dialog
    QToolButton *m_reset = nullptr;
    ProblemLabel *m_problems = nullptr;
};

} // namespace spool
