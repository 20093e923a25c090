#pragma once

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace spool {

class ProblemLabel;

/// Options a task carries that its kind does not declare (typos, leftovers from another
/// kind), each with its value as JSON, the problems found in it and a button to remove it.
/// Hidden while there are none. setEntries() updates rows in place and never emits.
class UnknownOptionList : public QWidget
{
    Q_OBJECT

public:
    explicit UnknownOptionList(QWidget *parent = nullptr);

    /// `values` holds the undeclared options present (by name); `problems` the validator's
    /// messages by option name, which may also name options that are not present.
    void setEntries(const QJsonObject &values, const QHash<QString, QStringList> &problems);
    QStringList names() const;
    /// Focuses the remove button of that option and returns it; nullptr when it is not listed.
    QWidget *focusEntry(const QString &name);

Q_SIGNALS:
    void removalRequested(const QString &name);

private:
    struct Entry
    {
        QWidget *row = nullptr;
        QLabel *value = nullptr;
        QPushButton *remove = nullptr;
        ProblemLabel *problems = nullptr;
    };

    Entry addEntry(const QString &name);

    QVBoxLayout *m_rows;
    QMap<QString, Entry> m_entries;
};

} // namespace spool
