#include "conditionruleeditor.h"

#include "conditionrulerow.h"
#include "problemlabel.h"

#include <common/conditiontext.h>

#include <schema/condition.h>
#include <schema/jsonpointer.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

// Whether a problem at `path` concerns the rule read at `pointer`: a problem in the rule, or
// one with its whole property (an object naming no operator concerns each of its rules).
bool concerns(const QString &path, const QString &pointer)
{
    if (pointer.isEmpty())
        return false;
    const QString inRule = pointer + u'/';
    if (path == pointer || path.startsWith(inRule))
        return true;
    const QString inProblem = path + u'/';
    return pointer.startsWith(inProblem) && JsonPointer::tokens(path).size() == 2
           && path != u"/options/conditions";
}

} // namespace

ConditionRuleEditor::ConditionRuleEditor(QWidget *parent)
    : QWidget(parent)
    , m_rowLayout(new QVBoxLayout)
    , m_empty(new QLabel(tr("No rules: every input goes on to the next tasks."), this))
    , m_problems(new ProblemLabel(this))
    , m_add(new QPushButton(tr("Add rule"), this))
{
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);

    auto *hint = new QLabel(tr("The next tasks run only when every rule holds for the input."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    column->addWidget(hint);

    m_empty->setObjectName(u"rules.empty"_s);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    column->addWidget(m_empty);

    m_rowLayout->setContentsMargins(0, 0, 0, 0);
    m_rowLayout->setSpacing(6);
    column->addLayout(m_rowLayout);

    m_problems->setObjectName(u"rules.problems"_s);
    column->addWidget(m_problems);

    m_add->setObjectName(u"rules.add"_s);
    m_add->setIcon(QIcon::fromTheme(u"list-add"_s));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    column->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &ConditionRuleEditor::onAddClicked);

    updateHints();
}

void ConditionRuleEditor::setOptions(const QJsonObject &options,
                                     const KeyOrder &order,
                                     const QList<Error> &problems)
{
    m_options = options;
    m_order = order;
    m_rules = inRowOrder(ConditionRule::read(options, order));
    while (m_rows.size() < m_rules.size())
        addRow();
    while (m_rows.size() > m_rules.size())
        removeRow(m_rows.size() - 1);

    QList<QStringList> rowProblems(m_rows.size());
    QStringList elsewhere;
    for (const Error &problem : problems) {
        bool placed = false;
        for (qsizetype i = 0; i < m_rules.size(); ++i) {
            if (concerns(problem.path, m_rules.at(i).pointer)) {
                rowProblems[i].append(problem.message);
                placed = true;
            }
        }
        if (!placed)
            elsewhere.append(problem.message);
    }
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        m_rows.at(i)->setRule(m_rules.at(i));
        m_rows.at(i)->setProblems(rowProblems.at(i));
    }
    m_problems->setProblems(elsewhere);
    updateHints();
}

int ConditionRuleEditor::ruleCount() const
{
    return int(m_rules.size());
}

QWidget *ConditionRuleEditor::focusProperty(const QString &name)
{
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        const ConditionRule &rule = m_rules.at(i);
        if (rule.property == name || rule.key() == name || (rule.legacy && name == u"conditions"))
            return m_rows.at(i)->focusValue();
    }
    return nullptr;
}

ConditionRuleRow *ConditionRuleEditor::addRow()
{
    auto *row = new ConditionRuleRow(this);
    row->setIndex(int(m_rows.size()));
    m_rowLayout->addWidget(row);
    m_rows.append(row);
    connect(row, &ConditionRuleRow::edited, this, [this, row] { onRowEdited(row); });
    connect(row, &ConditionRuleRow::removalRequested, this, [this, row] {
        onRowRemovalRequested(row);
    });
    return row;
}

void ConditionRuleEditor::removeRow(qsizetype index)
{
    ConditionRuleRow *row = m_rows.takeAt(index);
    m_rowLayout->removeWidget(row);
    // The row may be the sender of the signal being handled: it goes once that returns, and
    // leaves the widget tree now so that nothing finds it meanwhile.
    row->hide();
    row->setParent(nullptr);
    row->deleteLater();
    for (qsizetype i = index; i < m_rows.size(); ++i)
        m_rows.at(i)->setIndex(int(i));
}

QList<ConditionRule> ConditionRuleEditor::inRowOrder(const QList<ConditionRule> &rules) const
{
    QList<ConditionRule> ordered;
    QList<bool> placed(rules.size(), false);
    for (const ConditionRule &shown : m_rules) {
        for (qsizetype i = 0; i < rules.size(); ++i) {
            if (!placed.at(i) && rules.at(i).sameCheckAs(shown)) {
                ordered.append(rules.at(i));
                placed[i] = true;
                break;
            }
        }
    }
    for (qsizetype i = 0; i < rules.size(); ++i) {
        if (!placed.at(i))
            ordered.append(rules.at(i));
    }
    return ordered;
}

std::optional<ConditionRule> ConditionRuleEditor::newRule() const
{
    const auto free = [&](const ConditionRule &candidate) {
        return std::none_of(m_rules.begin(), m_rules.end(), [&](const ConditionRule &rule) {
            return rule.clashesWith(candidate);
        });
    };
    // Equality on a property no rule checks yet reads best; any free operator after that.
    QList<ConditionRule> candidates;
    for (const Condition::Property &property : Condition::properties())
        candidates.append(ConditionRule{property.name, u"eq"_s});
    for (const Condition::Property &property : Condition::properties()) {
        for (const QString &op : ConditionRule::operatorsFor(property.name))
            candidates.append(ConditionRule{property.name, op});
    }
    for (ConditionRule &candidate : candidates) {
        if (free(candidate)) {
            candidate.value = ConditionRule::defaultValue(candidate.property, candidate.op);
            return candidate;
        }
    }
    return std::nullopt;
}

void ConditionRuleEditor::writeRules()
{
    KeyOrder order;
    const QJsonObject options = ConditionRule::write(m_rules, &order);
    if (options == m_options && order == m_order)
        return;
    m_options = options;
    m_order = order;
    Q_EMIT optionsEdited(options, order);
}

void ConditionRuleEditor::updateHints()
{
    m_empty->setVisible(m_rows.isEmpty());
    m_add->setEnabled(newRule().has_value());
}

void ConditionRuleEditor::onRowEdited(ConditionRuleRow *row)
{
    const qsizetype index = m_rows.indexOf(row);
    if (index < 0)
        return;
    const Result<ConditionRule> edited = row->editedRule();
    if (!edited) {
        row->setEditError(edited.error().message);
        return;
    }
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        if (i != index && edited->clashesWith(m_rules.at(i))) {
            row->setEditError(tr("Rule %1 already checks %2 %3; change the property or the "
                                 "operator of this one.")
                                  .arg(i + 1)
                                  .arg(edited->property, ConditionText::operatorLabel(edited->op)));
            return;
        }
    }
    row->acceptEdit(*edited);
    m_rules[index] = *edited;
    writeRules();
    updateHints();
}

void ConditionRuleEditor::onRowRemovalRequested(ConditionRuleRow *row)
{
    const qsizetype index = m_rows.indexOf(row);
    if (index < 0)
        return;
    m_rules.removeAt(index);
    removeRow(index);
    writeRules();
    updateHints();
}

void ConditionRuleEditor::onAddClicked()
{
    const std::optional<ConditionRule> rule = newRule();
    if (!rule)
        return;
    m_rules.append(*rule);
    ConditionRuleRow *row = addRow();
    row->setRule(*rule);
    writeRules();
    updateHints();
    row->focusValue();
}

} // namespace spool
