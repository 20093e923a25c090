#include "conditionrulerow.h"

#include "jsontext.h"
#include "problemlabel.h"

#include <common/conditiontext.h>

#include <schema/condition.h>
#include <schema/jsonreader.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <optional>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

bool comparesOneValue(const QString &op)
{
    return op == u"eq" || op == u"not";
}

// A value moved to another operator: "in" takes a list, every other operator one value.
QJsonValue reshape(const QJsonValue &value, const QString &property, const QString &op)
{
    if (op == u"in")
        return value.isArray() ? value : QJsonValue(QJsonArray{value});
    if (!value.isArray())
        return value;
    const QJsonArray values = value.toArray();
    return values.isEmpty() ? ConditionRule::defaultValue(property, op) : values.first();
}

// How a value reads in the text field for a property and an operator, or nullopt when the
// field cannot say it (the field then shows JSON).
std::optional<QString> valueText(const QString &property, const QString &op, const QJsonValue &value)
{
    const Condition::Property *known = Condition::findProperty(property);
    if (!known)
        return std::nullopt;
    const auto single = [&](const QJsonValue &item) -> std::optional<QString> {
        if (known->numeric && item.isDouble())
            return JsonText::number(item.toDouble());
        if (!known->numeric && item.isString())
            return item.toString();
        // Text typed where a number belongs reads back as the same text, so it shows bare.
        bool isNumber = false;
        if (known->numeric && item.isString()) {
            QLocale::c().toDouble(item.toString().trimmed(), &isNumber);
            if (!isNumber && !item.toString().trimmed().isEmpty())
                return item.toString();
        }
        return std::nullopt;
    };
    if (op != u"in")
        return single(value);
    if (!value.isArray())
        return std::nullopt;
    QStringList items;
    for (const QJsonValue &item : value.toArray()) {
        const std::optional<QString> text = single(item);
        // A comma inside a value would split it in two when read back.
        if (!text || text->contains(u','))
            return std::nullopt;
        items.append(*text);
    }
    return items.join(u", "_s);
}

} // namespace

ConditionRuleRow::ConditionRuleRow(QWidget *parent)
    : QWidget(parent)
    , m_property(new QComboBox(this))
    , m_operator(new QComboBox(this))
    , m_choice(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_remove(new QToolButton(this))
    , m_note(new QLabel(this))
    , m_problems(new ProblemLabel(this))
{
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto *row = new QHBoxLayout;
    row->setSpacing(4);
    row->addWidget(m_property);
    row->addWidget(m_operator);
    row->addWidget(m_choice, 1);
    row->addWidget(m_text, 1);
    row->addWidget(m_remove);
    column->addLayout(row);
    column->addWidget(m_note);
    column->addWidget(m_problems);

    for (const Condition::Property &property : Condition::properties())
        m_property->addItem(property.name, property.name);
    m_property->setToolTip(tr("A property of the input file"));
    m_operator->setToolTip(tr("How the property is compared with the value"));
    m_choice->setToolTip(tr("The value to compare with"));
    m_text->setToolTip(tr("The value to compare with; for \"in\", values separated by commas"));
    m_choice->hide();
    m_remove->setIcon(QIcon::fromTheme(u"list-remove"_s));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove this rule"));
    m_remove->setAutoRaise(true);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->hide();

    connect(m_property, &QComboBox::currentIndexChanged, this, &ConditionRuleRow::onPropertyChanged);
    connect(m_operator, &QComboBox::currentIndexChanged, this, &ConditionRuleRow::onOperatorChanged);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &ConditionRuleRow::onChoiceChanged);
    connect(m_text, &QLineEdit::editingFinished, this, &ConditionRuleRow::onTextFinished);
    connect(m_remove, &QToolButton::clicked, this, &ConditionRuleRow::removalRequested);
    setIndex(0);
}

void ConditionRuleRow::setIndex(int index)
{
    const QString base = u"rule.%1"_s.arg(index);
    setObjectName(base);
    m_property->setObjectName(QString(base + u".property"_s));
    m_operator->setObjectName(QString(base + u".operator"_s));
    m_choice->setObjectName(QString(base + u".choice"_s));
    m_text->setObjectName(QString(base + u".value"_s));
    m_remove->setObjectName(QString(base + u".remove"_s));
    m_problems->setObjectName(QString(base + u".problems"_s));
}

void ConditionRuleRow::setRule(const ConditionRule &rule)
{
    m_rule = rule;
    m_editError.clear();
    showProperty(rule.property);
    showOperators(rule.property, rule.op, true);
    showValue(rule.property, rule.op, rule.value);
    showMessages();
}

const ConditionRule &ConditionRuleRow::rule() const
{
    return m_rule;
}

Result<ConditionRule> ConditionRuleRow::editedRule() const
{
    ConditionRule rule;
    rule.property = currentProperty();
    // An entry that named no operator gets one as soon as the user edits it.
    rule.op = currentOperator().isEmpty() ? u"eq"_s : currentOperator();
    const Result<QJsonValue> value = valueFor(rule.property, rule.op);
    if (!value)
        return value.error();
    rule.value = *value;
    rule.pointer = m_rule.pointer;
    return rule;
}

void ConditionRuleRow::acceptEdit(const ConditionRule &rule)
{
    m_rule = rule;
    if (m_text->text() != m_shownText) {
        m_shownText = m_text->text();
        m_rawValue = false;
    }
    m_editError.clear();
    showMessages();
}

void ConditionRuleRow::setProblems(const QStringList &messages)
{
    m_validatorProblems = messages;
    showMessages();
}

void ConditionRuleRow::setEditError(const QString &message)
{
    m_editError = message;
    showMessages();
}

QWidget *ConditionRuleRow::focusValue()
{
    QWidget *field = choiceShown() ? static_cast<QWidget *>(m_choice) : m_text;
    field->setFocus(Qt::OtherFocusReason);
    return field;
}

void ConditionRuleRow::showProperty(const QString &property)
{
    const QSignalBlocker blocker(m_property);
    // Properties as written that are not known get an entry after the known ones.
    const int known = int(Condition::properties().size());
    int index = known;
    if (Condition::findProperty(property)) {
        if (m_property->count() > known)
            m_property->removeItem(known);
        index = m_property->findData(property);
    } else {
        const QString text = property.isEmpty() ? tr("(no property)")
                                                : tr("%1 (as written)").arg(property);
        if (m_property->count() > known) {
            m_property->setItemText(known, text);
            m_property->setItemData(known, property);
        } else {
            m_property->addItem(text, property);
        }
    }
    if (m_property->currentIndex() != index)
        m_property->setCurrentIndex(index);
    m_shownProperty = property;
}

void ConditionRuleRow::showOperators(const QString &property, const QString &op, bool keepUnfitting)
{
    const QStringList fitting = ConditionRule::operatorsFor(property);
    QStringList operators = fitting;
    QString selected = op;
    if (!fitting.contains(op)) {
        if (keepUnfitting)
            operators.append(op);
        else
            selected = u"eq"_s;
    }
    const QSignalBlocker blocker(m_operator);
    QStringList listed;
    for (int i = 0; i < m_operator->count(); ++i)
        listed.append(m_operator->itemData(i).toString());
    if (listed != operators) {
        m_operator->clear();
        for (const QString &each : std::as_const(operators)) {
            QString label = ConditionText::operatorLabel(each);
            if (each.isEmpty())
                label = tr("(no operator)");
            else if (!fitting.contains(each))
                label = tr("%1 (as written)").arg(label);
            m_operator->addItem(label, each);
            m_operator->setItemData(m_operator->count() - 1, each, Qt::ToolTipRole);
        }
    }
    const int index = int(operators.indexOf(selected));
    if (m_operator->currentIndex() != index)
        m_operator->setCurrentIndex(index);
    m_shownOperator = selected;
}

void ConditionRuleRow::showValue(const QString &property, const QString &op, const QJsonValue &value)
{
    m_shownOperator = op;
    const Condition::Property *known = Condition::findProperty(property);
    const bool choice = known && !known->allowed.isEmpty() && comparesOneValue(op)
                        && value.isString() && known->allowed.contains(value.toString());
    // Blocked so that hiding a focused field does not read as the user finishing an edit.
    const QSignalBlocker blockChoice(m_choice);
    const QSignalBlocker blockText(m_text);
    if (choice) {
        QStringList listed;
        for (int i = 0; i < m_choice->count(); ++i)
            listed.append(m_choice->itemData(i).toString());
        if (listed != known->allowed) {
            m_choice->clear();
            for (const QString &allowed : known->allowed)
                m_choice->addItem(allowed, allowed);
        }
        const int index = int(known->allowed.indexOf(value.toString()));
        if (m_choice->currentIndex() != index)
            m_choice->setCurrentIndex(index);
        m_rawValue = false;
        m_choice->show();
        m_text->hide();
        return;
    }
    const std::optional<QString> readable = valueText(property, op, value);
    m_rawValue = !readable.has_value();
    const QString text = readable.value_or(JsonText::compact(value));
    // Unfinished typing wins over an update arriving meanwhile.
    const bool typing = m_text->hasFocus() && m_text->text() != m_shownText;
    m_shownText = text;
    if (!typing && m_text->text() != text)
        m_text->setText(text);
    m_text->show();
    m_choice->hide();
}

void ConditionRuleRow::showMessages()
{
    QStringList notes;
    if (m_rule.wildcard) {
        notes.append(tr("A wildcard match from the legacy form, kept as written until you "
                        "change this rule."));
    } else if (m_rule.keepVerbatim) {
        notes.append(tr("Not a property, an operator and a value; kept as written until you "
                        "change this rule."));
    }
    if (m_rawValue)
        notes.append(tr("The value is shown as JSON because no field fits it; it is kept as "
                        "written until you change it."));
    m_note->setText(notes.join(u'\n'));
    m_note->setVisible(!notes.isEmpty());

    QStringList problems = m_validatorProblems;
    if (!m_editError.isEmpty())
        problems.prepend(m_editError);
    m_problems->setProblems(problems);
}

QString ConditionRuleRow::currentProperty() const
{
    return m_property->currentData().toString();
}

QString ConditionRuleRow::currentOperator() const
{
    return m_operator->currentData().toString();
}

bool ConditionRuleRow::choiceShown() const
{
    return !m_choice->isHidden();
}

Result<QJsonValue> ConditionRuleRow::valueFor(const QString &property, const QString &op) const
{
    if (choiceShown())
        return QJsonValue(m_choice->currentData().toString());
    const QString text = m_text->text();
    // JSON the user has not touched stays exactly as written.
    if (m_rawValue && text == m_shownText)
        return m_rule.value;
    const Condition::Property *known = Condition::findProperty(property);
    if (!known) {
        // Nothing tells what type the value of an unknown property has: JSON if it is JSON.
        const Result<QJsonValue> json = JsonReader::read(text.toUtf8());
        return json ? *json : QJsonValue(text);
    }
    const auto single = [&](const QString &item) -> Result<QJsonValue> {
        if (!known->numeric)
            return QJsonValue(item);
        bool ok = false;
        const double number = QLocale::c().toDouble(item.trimmed(), &ok);
        // Text that is not a number is written as typed, and the validator's message says
        // under the rule why it does not fit, until the user fixes it.
        if (!ok || !std::isfinite(number))
            return QJsonValue(item.trimmed());
        return QJsonValue(number);
    };
    if (op != u"in")
        return single(text);
    QJsonArray values;
    for (const QString &item : text.split(u',')) {
        const QString trimmed = item.trimmed();
        if (trimmed.isEmpty())
            continue;
        const Result<QJsonValue> value = single(trimmed);
        if (!value)
            return value.error();
        values.append(*value);
    }
    if (values.isEmpty())
        return Error{u"value_invalid"_s, tr("List at least one value, separated by commas")};
    return QJsonValue(values);
}

void ConditionRuleRow::onPropertyChanged()
{
    const QString property = currentProperty();
    const Condition::Property *before = Condition::findProperty(m_shownProperty);
    const Condition::Property *after = Condition::findProperty(property);
    const Result<QJsonValue> current = valueFor(m_shownProperty, m_shownOperator);
    const QString previousOperator = m_shownOperator;
    showOperators(property, currentOperator(), false);
    const QString op = currentOperator();
    // Width to height keeps 1920; kind to filename starts again from a fitting value.
    const bool sameKind = before && after && before->numeric == after->numeric
                          && before->allowed.isEmpty() && after->allowed.isEmpty();
    const QJsonValue value = sameKind && current && op == previousOperator
                                 ? *current
                                 : ConditionRule::defaultValue(property, op);
    showValue(property, op, value);
    m_shownProperty = property;
    showMessages();
    Q_EMIT edited();
}

void ConditionRuleRow::onOperatorChanged()
{
    const QString property = currentProperty();
    const QString op = currentOperator();
    const bool untouchedJson = m_rawValue && !choiceShown() && m_text->text() == m_shownText;
    if (!untouchedJson) {
        const Result<QJsonValue> current = valueFor(property, m_shownOperator);
        showValue(property,
                  op,
                  current ? reshape(*current, property, op)
                          : ConditionRule::defaultValue(property, op));
    }
    m_shownOperator = op;
    showMessages();
    Q_EMIT edited();
}

void ConditionRuleRow::onChoiceChanged()
{
    Q_EMIT edited();
}

void ConditionRuleRow::onTextFinished()
{
    if (m_text->isHidden() || m_text->text() == m_shownText)
        return;
    Q_EMIT edited();
}

} // namespace spool
