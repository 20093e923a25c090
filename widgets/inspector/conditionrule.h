#pragma once

#include <schema/keyorder.h>

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace spool {

/// One check of a conditions task (spec §5) as the rule editor shows it, with what it takes
/// to write it back. The editor writes the operator form, but a rule the user has not touched
/// keeps its written form: its key as written (an alias such as `file.type`) and, where the
/// operator form cannot say the same thing, the whole entry verbatim. That covers legacy
/// wildcard matches (`"image/*"`, case-insensitive) and entries that are not a property, an
/// operator and a value. Rules with problems are read too: the editor shows them, it does not
/// drop them.
struct ConditionRule
{
    QString property; ///< canonical when known (aliases resolved), as written otherwise
    QString op;       ///< as written; empty when the entry names no operator
    QJsonValue value;
    /// Where the rule was read, relative to the task (`/options/width/gt`,
    /// `/options/conditions/1`), to place the validator's problems; empty for a new rule.
    QString pointer;
    /// The key of an operator-form entry as written; empty for rules the editor wrote and for
    /// legacy entries, which are written under `property`.
    QString writtenKey;
    bool legacy = false;   ///< read from the legacy `conditions` list
    bool wildcard = false; ///< a legacy equality with `*`, which the operator form cannot say
    /// Written back unchanged as `verbatim` (a legacy one into the `conditions` list, any
    /// other under `writtenKey`) until the user edits it.
    bool keepVerbatim = false;
    QJsonValue verbatim;

    bool operator==(const ConditionRule &other) const = default;

    /// The key the rule is written under in the operator form.
    QString key() const;
    /// Whether the two would be written to the same place, one overwriting the other.
    bool clashesWith(const ConditionRule &other) const;
    /// Whether the two are the same check (same place, same operator), values aside.
    bool sameCheckAs(const ConditionRule &other) const;

    /// Every rule in a conditions task's options, problems or not, in written order when
    /// `order` (the options' KeyOrder) has it.
    static QList<ConditionRule> read(const QJsonObject &options, const KeyOrder &order = {});
    /// The options for these rules, none of which may clash: the operator form with several
    /// operators on one property merged into one object, verbatim rules as they were.
    /// `order`, when given, receives the key order that keeps the rules in their order.
    static QJsonObject write(const QList<ConditionRule> &rules, KeyOrder *order = nullptr);

    /// The operators that make sense for a property: ordering for numbers, text matching for
    /// text; every operator for a property that is not known.
    static QStringList operatorsFor(const QString &property);
    /// A starting value for a new or re-targeted rule: the first allowed value, 0, or "".
    static QJsonValue defaultValue(const QString &property, const QString &op);
};

} // namespace spool
