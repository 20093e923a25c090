#include "unknownoptionlist.h"

#include "jsontext.h"
#include "problemlabel.h"

#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace spool {

using namespace Qt::Literals::StringLiterals;

UnknownOptionList::UnknownOptionList(QWidget *parent)
    : QWidget(parent)
    , m_rows(new QVBoxLayout)
{
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(tr("Options this kind does not know"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    column->addWidget(heading);
    m_rows->setContentsMargins(0, 0, 0, 0);
    column->addLayout(m_rows);
    hide();
}

void UnknownOptionList::setEntries(const QJsonObject &values,
                                   const QHash<QString, QStringList> &problems)
{
    QStringList wanted = values.keys();
    for (auto it = problems.begin(); it != problems.end(); ++it) {
        if (!wanted.contains(it.key()))
            wanted.append(it.key());
    }
    wanted.sort();

    for (const QString &name : m_entries.keys()) {
        if (!wanted.contains(name)) {
            const Entry entry = m_entries.take(name);
            m_rows->removeWidget(entry.row);
            // The remove button may be the sender being handled: delete once it returns.
            entry.row->hide();
            entry.row->setParent(nullptr);
            entry.row->deleteLater();
        }
    }
    for (const QString &name : std::as_const(wanted)) {
        auto it = m_entries.find(name);
        if (it == m_entries.end())
            it = m_entries.insert(name, addEntry(name));
        const QJsonValue value = values.value(name);
        it->value->setText(value.isUndefined() ? tr("(not set)") : JsonText::compact(value));
        it->problems->setProblems(problems.value(name));
    }
    // Rows were appended as they came; put them in name order.
    int position = 0;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (m_rows->indexOf(entry.row) != position) {
            m_rows->removeWidget(entry.row);
            m_rows->insertWidget(position, entry.row);
        }
        ++position;
    }
    setVisible(!m_entries.isEmpty());
}

QStringList UnknownOptionList::names() const
{
    return m_entries.keys();
}

QWidget *UnknownOptionList::focusEntry(const QString &name)
{
    const auto it = m_entries.constFind(name);
    if (it == m_entries.constEnd())
        return nullptr;
    it->remove->setFocus(Qt::OtherFocusReason);
    return it->remove;
}

UnknownOptionList::Entry UnknownOptionList::addEntry(const QString &name)
{
    Entry entry;
    entry.row = new QWidget(this);
    auto *column = new QVBoxLayout(entry.row);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto *line = new QHBoxLayout;
    auto *label = new QLabel(name, entry.row);
    label->setTextFormat(Qt::PlainText);
    line->addWidget(label);
    entry.value = new QLabel(entry.row);
    entry.value->setTextFormat(Qt::PlainText);
    entry.value->setForegroundRole(QPalette::PlaceholderText);
    entry.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    line->addWidget(entry.value, 1);
    entry.remove = new QPushButton(tr("Remove"), entry.row);
    entry.remove->setObjectName(QString(u"unknown."_s + name + u".remove"_s));
    entry.remove->setToolTip(tr("Remove the option \"%1\" from the task").arg(name));
    line->addWidget(entry.remove);
    column->addLayout(line);
    entry.problems = new ProblemLabel(entry.row);
    entry.problems->setObjectName(QString(u"unknown."_s + name + u".problems"_s));
    column->addWidget(entry.problems);
    m_rows->addWidget(entry.row);
    connect(entry.remove, &QPushButton::clicked, this, [this, name] {
        Q_EMIT removalRequested(name);
    });
    return entry;
}

} // namespace spool
