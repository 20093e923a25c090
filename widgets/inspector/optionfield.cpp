#include "optionfield.h"

#include "jsontext.h"
#include "problemlabel.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <limits>
#include <optional>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

using Type = OptionSpec::Type;

// The validator's bound for a percentage (spec §4: above 0% and at most 1000%).
constexpr double MaxPercent = 1000;

// The amount of a percentage such as "50%" or "12.5%", or 0 when the text is anything else.
double percentAmount(const QJsonValue &value)
{
    static const QRegularExpression percent(u"^([0-9]+(?:\\.[0-9]+)?)%$"_s);
    const QRegularExpressionMatch match = percent.match(value.toString());
    if (!value.isString() || !match.hasMatch())
        return 0;
    const double amount = match.captured(1).toDouble();
    return amount > 0 && amount <= MaxPercent ? amount : 0;
}

// A number as typed: in C notation ("2.5", "-5", "1e3") or the user's locale ("2,5").
std::optional<double> numberFromText(const QString &text)
{
    bool ok = false;
    double number = QLocale::c().toDouble(text, &ok);
    if (!ok)
        number = QLocale().toDouble(text, &ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

bool isColor(const QJsonValue &value)
{
    static const QRegularExpression color(u"^#[0-9A-Fa-f]{6}$"_s);
    return value.isString() && color.match(value.toString()).hasMatch();
}

} // namespace

OptionField::OptionField(const OptionSpec &spec, QWidget *parent)
    : QWidget(parent)
    , m_spec(spec)
{
    setObjectName(u"field."_s + spec.name);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);

    switch (spec.type) {
    case Type::Enum:
        buildChoice();
        break;
    case Type::Integer:
    case Type::Number:
    case Type::String:
    case Type::Url:
        buildText();
        break;
    case Type::Dimension:
        buildDimension();
        break;
    case Type::Color:
        buildColor();
        break;
    }
    m_editor->setObjectName(u"option."_s + spec.name);
    m_editor->setAccessibleName(spec.name);

    auto *row = new QHBoxLayout;
    row->setSpacing(4);
    row->addWidget(m_editor, 1);
    if (m_unit)
        row->addWidget(m_unit);
    if (m_swatch)
        row->addWidget(m_swatch);
    if (spec.type == Type::Url) {
        auto *browse = new QPushButton(tr("Browse…"), this);
        browse->setObjectName(u"option."_s + spec.name + u".browse"_s);
        browse->setToolTip(tr("Choose a local file"));
        connect(browse, &QPushButton::clicked, this, &OptionField::onBrowseClicked);
        row->addWidget(browse);
    }
    m_reset = new QToolButton(this);
    m_reset->setObjectName(u"option."_s + spec.name + u".reset"_s);
    m_reset->setIcon(QIcon::fromTheme(u"edit-undo"_s));
    m_reset->setText(tr("Reset"));
    m_reset->setToolTip(tr("Remove the option so the engine default applies"));
    m_reset->setAutoRaise(true);
    // A required option has no default to go back to.
    m_reset->setVisible(!spec.required);
    connect(m_reset, &QToolButton::clicked, this, &OptionField::onResetClicked);
    row->addWidget(m_reset);
    column->addLayout(row);

    m_problems = new ProblemLabel(this);
    m_problems->setObjectName(u"option."_s + spec.name + u".problems"_s);
    column->addWidget(m_problems);

    showValue();
}

const OptionSpec &OptionField::spec() const
{
    return m_spec;
}

QJsonValue OptionField::value() const
{
    return m_value;
}

void OptionField::setValue(const QJsonValue &value)
{
    m_value = value;
    showValue();
}

void OptionField::setProblems(const QStringList &messages)
{
    m_validatorProblems = messages;
    showProblems();
}

QWidget *OptionField::focusEditor()
{
    m_editor->setFocus(Qt::OtherFocusReason);
    return m_editor;
}

void OptionField::buildChoice()
{
    m_choice = new QComboBox(this);
    m_choice->addItem(defaultText());
    for (const QString &allowed : std::as_const(m_spec.allowed))
        m_choice->addItem(allowed, allowed);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &OptionField::onChoiceChanged);
    m_editor = m_choice;
}

void OptionField::buildText()
{
    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(defaultText());
    m_text->setClearButtonEnabled(true);
    connect(m_text, &QLineEdit::editingFinished, this, &OptionField::onTextFinished);
    m_editor = m_text;
}

void OptionField::buildDimension()
{
    buildText();
    m_unit = new QComboBox(this);
    m_unit->setObjectName(u"option."_s + m_spec.name + u".unit"_s);
    m_unit->addItem(tr("px"), u"px"_s);
    m_unit->addItem(tr("%"), u"%"_s);
    m_unit->setToolTip(tr("Pixels, or a percentage of the input's size"));
    connect(m_unit, &QComboBox::currentIndexChanged, this, &OptionField::onUnitChanged);
}

void OptionField::buildColor()
{
    buildText();
    m_text->setToolTip(tr("A colour written #RRGGBB"));
    m_swatch = new QPushButton(this);
    m_swatch->setObjectName(u"option."_s + m_spec.name + u".swatch"_s);
    m_swatch->setToolTip(tr("Choose a colour"));
    connect(m_swatch, &QPushButton::clicked, this, &OptionField::onSwatchClicked);
}

void OptionField::showValue()
{
    if (m_spec.type == Type::Enum) {
        const bool raw = !unrepresentableReason(m_value).isEmpty();
        const QSignalBlocker blocker(m_choice);
        // The entry for a value that is not a choice sits after the choices, only while shown.
        const int rawIndex = 1 + int(m_spec.allowed.size());
        int index = 0;
        if (raw) {
            const QString text = tr("%1 (not a choice)").arg(JsonText::compact(m_value));
            if (m_choice->count() > rawIndex)
                m_choice->setItemText(rawIndex, text);
            else
                m_choice->addItem(text);
            index = rawIndex;
        } else {
            if (m_choice->count() > rawIndex)
                m_choice->removeItem(rawIndex);
            if (!m_value.isUndefined())
                index = 1 + int(m_spec.allowed.indexOf(m_value.toString()));
        }
        if (m_choice->currentIndex() != index)
            m_choice->setCurrentIndex(index);
        m_reset->setEnabled(!m_value.isUndefined());
        showProblems();
        return;
    }

    // Text as the user would type it: strings bare, numbers as people write them.
    QString text;
    if (m_value.isString())
        text = m_value.toString();
    else if (m_value.isDouble())
        text = JsonText::number(m_value.toDouble());
    else
        text = JsonText::compact(m_value);
    if (m_unit) {
        // A percentage shows its amount with the % unit; an absent size keeps the unit the
        // user last picked for typing the next one.
        bool percent = percentUnit();
        if (m_value.isString() && text.endsWith(u'%')) {
            percent = true;
            text.chop(1);
        } else if (!m_value.isUndefined()) {
            percent = false;
        }
        const QSignalBlocker blockUnit(m_unit);
        m_unit->setCurrentIndex(percent ? 1 : 0);
    }
    // Unfinished typing wins over an update arriving meanwhile; it is compared with the new
    // value when the user finishes.
    const bool typing = m_text->hasFocus() && m_text->text() != m_shownText;
    m_shownText = text;
    if (!typing && m_text->text() != text) {
        const QSignalBlocker blocker(m_text);
        m_text->setText(text);
    }
    if (m_swatch) {
        const QJsonValue shown = m_value.isUndefined() ? m_spec.defaultValue : m_value;
        QIcon icon;
        if (isColor(shown)) {
            QPixmap swatch(16, 16);
            swatch.fill(QColor::fromString(shown.toString()));
            QPainter painter(&swatch);
            painter.setPen(palette().color(QPalette::Text));
            painter.drawRect(swatch.rect().adjusted(0, 0, -1, -1));
            icon = QIcon(swatch);
        }
        m_swatch->setIcon(icon);
        m_swatch->setText(icon.isNull() ? tr("Choose…") : QString());
    }
    m_reset->setEnabled(!m_value.isUndefined());
    showProblems();
}

void OptionField::showProblems()
{
    const QString reason = unrepresentableReason(m_value);
    QStringList messages = m_validatorProblems;
    if (!reason.isEmpty()) {
        // The validator's words come first; ours explain the field only when it said nothing.
        if (messages.isEmpty())
            messages.append(reason);
    }
    m_problems->setProblems(messages);
}

void OptionField::commit(const QJsonValue &value)
{
    m_value = value;
    showValue();
    Q_EMIT edited(m_spec.name, value);
}

QString OptionField::unrepresentableReason(const QJsonValue &value) const
{
    // The field's own explanation, for when the validator has not spoken (yet); it follows
    // the validator's rules so the two never disagree about a value.
    if (value.isUndefined())
        return {};
    const QString text = JsonText::compact(value);
    const auto outside = [&] {
        return std::isinf(m_spec.maximum)
                   ? tr("%1 is less than %2").arg(text, JsonText::number(m_spec.minimum))
                   : tr("%1 is outside the range %2 to %3")
                         .arg(text,
                              JsonText::number(m_spec.minimum),
                              JsonText::number(m_spec.maximum));
    };
    switch (m_spec.type) {
    case Type::Integer:
        if (!value.isDouble())
            return tr("%1 is not a number").arg(text);
        if (std::trunc(value.toDouble()) != value.toDouble())
            return tr("%1 is not a whole number").arg(text);
        if (value.toDouble() < m_spec.minimum || value.toDouble() > m_spec.maximum)
            return outside();
        return {};
    case Type::Number:
        if (!value.isDouble())
            return tr("%1 is not a number").arg(text);
        if (value.toDouble() < m_spec.minimum || value.toDouble() > m_spec.maximum)
            return outside();
        return {};
    case Type::Enum:
        if (!value.isString() || !m_spec.allowed.contains(value.toString()))
            return tr("%1 is not one of the choices").arg(text);
        return {};
    case Type::String:
    case Type::Url:
        if (!value.isString())
            return tr("%1 is not text").arg(text);
        return {};
    case Type::Dimension:
        if (percentAmount(value) > 0)
            return {};
        if (value.isDouble() && std::trunc(value.toDouble()) == value.toDouble()
            && value.toDouble() >= 1 && value.toDouble() <= m_spec.maximum)
            return {};
        return tr("%1 is neither a size in pixels (1 to %2) nor a percentage (above 0% and at "
                  "most %3%)")
            .arg(text, JsonText::number(m_spec.maximum), JsonText::number(MaxPercent));
    case Type::Color:
        if (!isColor(value))
            return tr("%1 is not a colour written #RRGGBB").arg(text);
        return {};
    }
    return {};
}

QString OptionField::defaultText() const
{
    if (m_spec.required)
        return tr("Required");
    if (m_spec.defaultValue.isUndefined())
        return tr("Default");
    const QString shown = m_spec.defaultValue.isString() ? m_spec.defaultValue.toString()
                                                         : JsonText::compact(m_spec.defaultValue);
    return tr("Default (%1)").arg(shown);
}

bool OptionField::percentUnit() const
{
    return m_unit && m_unit->currentData().toString() == u"%";
}

QJsonValue OptionField::valueFromText(const QString &text) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    switch (m_spec.type) {
    case Type::String:
    case Type::Url:
        return text;
    case Type::Integer:
    case Type::Number:
        if (const std::optional<double> number = numberFromText(trimmed))
            return *number;
        return trimmed; // kept as typed; the validator says why it is not a number
    case Type::Dimension:
        if (trimmed.endsWith(u'%'))
            return trimmed;
        if (percentUnit())
            return QString(trimmed + u'%');
        if (const std::optional<double> number = numberFromText(trimmed))
            return *number;
        return trimmed;
    case Type::Color:
    case Type::Enum:
        return trimmed;
    }
    return trimmed;
}

void OptionField::onChoiceChanged(int index)
{
    if (index <= 0) {
        commit(QJsonValue(QJsonValue::Undefined));
        return;
    }
    const QVariant choice = m_choice->itemData(index);
    // Only the entry of a value that is not a choice lacks data; picking it changes nothing.
    if (choice.isValid())
        commit(choice.toString());
}

void OptionField::onTextFinished()
{
    const QString text = m_text->text();
    if (text == m_shownText)
        return;
    m_shownText = text;
    commit(valueFromText(text));
}

void OptionField::onBrowseClicked()
{
    QString folder;
    if (m_value.isString()) {
        const QFileInfo current(m_value.toString());
        if (current.isAbsolute() && current.dir().exists())
            folder = current.absolutePath();
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a file"), folder);
    if (path.isEmpty())
        return;
    const QString shown = QDir::toNativeSeparators(path);
    {
        const QSignalBlocker blocker(m_text);
        m_text->setText(shown);
    }
    onTextFinished();
}

void OptionField::onUnitChanged(int index)
{
    Q_UNUSED(index);
    // The amount in the field is kept; only its unit changes. Without one there is nothing to
    // rewrite: the next amount typed is in this unit.
    const QString amount = m_text->text().trimmed();
    if (amount.isEmpty())
        return;
    m_shownText = m_text->text();
    commit(valueFromText(amount.endsWith(u'%') ? amount.chopped(1) : amount));
}

void OptionField::onSwatchClicked()
{
    const QJsonValue current = isColor(m_value) ? m_value : m_spec.defaultValue;
    const QColor initial = isColor(current) ? QColor::fromString(current.toString()) : QColor();
    const QColor chosen = QColorDialog::getColor(initial,
                                                 this,
                                                 tr("Choose the %1 colour").arg(m_spec.name));
    if (!chosen.isValid())
        return;
    const QString hex = chosen.name(QColor::HexRgb).toUpper();
    if (m_value == QJsonValue(hex))
        return;
    commit(hex);
}

void OptionField::onResetClicked()
{
    if (!m_value.isUndefined())
        commit(QJsonValue(QJsonValue::Undefined));
}

} // namespace spool
