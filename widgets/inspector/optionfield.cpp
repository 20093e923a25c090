#include "optionfield.h"

#include "jsontext.h"
#include "problemlabel.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

using Type = OptionSpec::Type;

// Spin boxes show "Default" at one step below the smallest valid value (Qt's special value),
// so the lowest int is kept free for that.
constexpr int IntFloor = std::numeric_limits<int>::min() + 1;
constexpr int IntCeiling = std::numeric_limits<int>::max();
// Numbers beyond this are typing accidents; the spec's infinite bounds are clamped to it.
constexpr double NumberLimit = 1e12;
constexpr int MaxPercent = 100;

int intMinimum(const OptionSpec &spec)
{
    return int(qBound<double>(IntFloor, std::ceil(spec.minimum), IntCeiling));
}

int intMaximum(const OptionSpec &spec)
{
    return int(qBound<double>(IntFloor, std::floor(spec.maximum), IntCeiling));
}

double numberMinimum(const OptionSpec &spec)
{
    return qBound(-NumberLimit, spec.minimum, NumberLimit);
}

double numberMaximum(const OptionSpec &spec)
{
    return qBound(-NumberLimit, spec.maximum, NumberLimit);
}

// Frame rates want 23.976; seconds and large quantities are fine with hundredths.
int numberDecimals(const OptionSpec &spec)
{
    return spec.maximum <= 1000 ? 3 : 2;
}

// The amount of a whole percentage such as "50%", or 0 when the text is anything else.
int percentAmount(const QJsonValue &value)
{
    static const QRegularExpression percent(u"^([0-9]{1,3})%$"_s);
    const QRegularExpressionMatch match = percent.match(value.toString());
    if (!value.isString() || !match.hasMatch())
        return 0;
    const int amount = match.captured(1).toInt();
    return amount >= 1 && amount <= MaxPercent ? amount : 0;
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
    case Type::Integer:
        buildSpinBox(intMinimum(spec), intMaximum(spec));
        break;
    case Type::Number:
        buildNumber();
        break;
    case Type::Enum:
        buildChoice();
        break;
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

void OptionField::buildSpinBox(int minimum, int maximum)
{
    m_integer = new QSpinBox(this);
    m_integer->setRange(minimum - 1, maximum);
    // One signal per finished edit, not one per keystroke: each becomes an undo step.
    m_integer->setKeyboardTracking(false);
    m_integer->setAccelerated(true);
    connect(m_integer, &QSpinBox::valueChanged, this, &OptionField::onIntegerChanged);
    m_editor = m_integer;
}

void OptionField::buildNumber()
{
    m_number = new QDoubleSpinBox(this);
    m_number->setDecimals(numberDecimals(m_spec));
    m_number->setSingleStep(1);
    // "Default" sits one step below the minimum, so stepping up from it lands on the minimum.
    m_number->setRange(numberMinimum(m_spec) - m_number->singleStep(), numberMaximum(m_spec));
    m_number->setKeyboardTracking(false);
    m_number->setAccelerated(true);
    connect(m_number, &QDoubleSpinBox::valueChanged, this, &OptionField::onNumberChanged);
    m_editor = m_number;
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
    buildSpinBox(1, intMaximum(m_spec));
    m_unit = new QComboBox(this);
    m_unit->setObjectName(u"option."_s + m_spec.name + u".unit"_s);
    m_unit->addItem(tr("px"), u"px"_s);
    m_unit->addItem(tr("%"), u"%"_s);
    m_unit->setToolTip(tr("Pixels, or a percentage of the input's size"));
    connect(m_unit, &QComboBox::currentIndexChanged, this, &OptionField::onUnitChanged);
}

void OptionField::buildColor()
{
    m_swatch = new QPushButton(this);
    connect(m_swatch, &QPushButton::clicked, this, &OptionField::onSwatchClicked);
    m_editor = m_swatch;
}

void OptionField::showValue()
{
    const bool raw = !unrepresentableReason(m_value).isEmpty();
    const QString rawText = JsonText::compact(m_value);
    const QString special = raw ? rawText : defaultText();

    switch (m_spec.type) {
    case Type::Integer:
    case Type::Dimension: {
        const QSignalBlocker blockAmount(m_integer);
        int amount = raw || m_value.isUndefined() ? 0 : m_value.toInt();
        if (m_unit) {
            // An absent size keeps the unit the user last picked for typing the next one.
            bool percent = percentUnit();
            if (raw || m_value.isString())
                percent = m_value.toString().endsWith(u'%');
            else if (m_value.isDouble())
                percent = false;
            if (!raw && m_value.isString())
                amount = percentAmount(m_value);
            const QSignalBlocker blockUnit(m_unit);
            m_unit->setCurrentIndex(percent ? 1 : 0);
            m_integer->setMaximum(percent ? MaxPercent : intMaximum(m_spec));
        }
        if (m_integer->specialValueText() != special)
            m_integer->setSpecialValueText(special);
        const int shown = raw || m_value.isUndefined() ? m_integer->minimum() : amount;
        if (m_integer->value() != shown)
            m_integer->setValue(shown);
        break;
    }
    case Type::Number: {
        const QSignalBlocker blocker(m_number);
        if (m_number->specialValueText() != special)
            m_number->setSpecialValueText(special);
        const double shown = raw || m_value.isUndefined() ? m_number->minimum()
                                                          : m_value.toDouble();
        if (m_number->value() != shown)
            m_number->setValue(shown);
        break;
    }
    case Type::Enum: {
        const QSignalBlocker blocker(m_choice);
        // The entry for a value that is not a choice sits after the choices, only while shown.
        const int rawIndex = 1 + int(m_spec.allowed.size());
        int index = 0;
        if (raw) {
            const QString text = tr("%1 (not a choice)").arg(rawText);
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
        break;
    }
    case Type::String:
    case Type::Url: {
        const QString text = raw ? rawText : m_value.toString();
        // Unfinished typing wins over an update arriving meanwhile; it is compared with the
        // new value when the user finishes.
        const bool typing = m_text->hasFocus() && m_text->text() != m_shownText;
        m_shownText = text;
        if (!typing && m_text->text() != text) {
            const QSignalBlocker blocker(m_text);
            m_text->setText(text);
        }
        break;
    }
    case Type::Color: {
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
        m_swatch->setText(raw                     ? rawText
                          : m_value.isUndefined() ? defaultText()
                                                  : m_value.toString().toUpper());
        break;
    }
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
        messages.append(tr("Kept as written until you change this field."));
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
    if (value.isUndefined())
        return {};
    const QString text = JsonText::compact(value);
    const auto outside = [&](double minimum, double maximum) {
        return tr("%1 is outside the range %2 to %3")
            .arg(text, JsonText::number(minimum), JsonText::number(maximum));
    };
    switch (m_spec.type) {
    case Type::Integer:
        if (!value.isDouble())
            return tr("%1 is not a number").arg(text);
        if (!JsonText::isInt(value))
            return tr("%1 is not a whole number within reach").arg(text);
        if (value.toInt() < intMinimum(m_spec) || value.toInt() > intMaximum(m_spec))
            return outside(intMinimum(m_spec), intMaximum(m_spec));
        return {};
    case Type::Number: {
        if (!value.isDouble())
            return tr("%1 is not a number").arg(text);
        const double number = value.toDouble();
        if (number < numberMinimum(m_spec) || number > numberMaximum(m_spec))
            return outside(numberMinimum(m_spec), numberMaximum(m_spec));
        // A spin box rounds to its decimals; a finer value would be shown as another one.
        const double scale = std::pow(10.0, numberDecimals(m_spec));
        if (std::abs(std::round(number * scale) / scale - number)
            > 1e-9 * std::max(1.0, std::abs(number)))
            return tr("%1 has more decimals than this field shows").arg(text);
        return {};
    }
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
        if (JsonText::isInt(value) && value.toInt() >= 1 && value.toInt() <= intMaximum(m_spec))
            return {};
        return tr("%1 is neither a size in pixels (1 to %2) nor a whole percentage (1% to 100%)")
            .arg(text, QString::number(intMaximum(m_spec)));
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

void OptionField::onIntegerChanged(int value)
{
    if (value == m_integer->minimum())
        commit(QJsonValue(QJsonValue::Undefined));
    else if (percentUnit())
        commit(u"%1%"_s.arg(value));
    else
        commit(value);
}

void OptionField::onNumberChanged(double value)
{
    if (value <= m_number->minimum()) {
        commit(QJsonValue(QJsonValue::Undefined));
        return;
    }
    // Typed values between "Default" and the minimum are below the range: take the minimum.
    commit(std::max(value, numberMinimum(m_spec)));
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
    commit(text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text));
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
    const bool percent = m_unit->itemData(index).toString() == u"%";
    const int maximum = percent ? MaxPercent : intMaximum(m_spec);
    const bool hasAmount = !m_value.isUndefined() && unrepresentableReason(m_value).isEmpty();
    const int amount = m_integer->value();
    {
        const QSignalBlocker blocker(m_integer);
        m_integer->setMaximum(maximum);
    }
    // Without an amount there is nothing to rewrite: the next amount typed is in this unit.
    if (!hasAmount)
        return;
    const int kept = qBound(1, amount, maximum);
    commit(percent ? QJsonValue(u"%1%"_s.arg(kept)) : QJsonValue(kept));
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
