#pragma once

#include "keyorder.h"
#include <core/error.h>

#include <QJsonObject>
#include <QList>
#include <QString>

namespace spool {

/// One check of a `conditions` task (spec §5): a property of the input file, an operator and
/// the value to compare with. Both written forms read into this: the operator form
/// (`{"width": {"gt": 1920}}`) and the legacy list
/// (`{"conditions": [{"prop": "file.type", "value": "image/*"}]}`, equality, where `*` in a
/// value matches any run of characters as in MIME wildcards).
struct Condition
{
    struct Property
    {
        QString name;
        bool numeric = false;
        QStringList allowed; ///< the only values the property takes, when it is an enum
    };

    QString property; ///< canonical name: legacy aliases (`media.kind`, ...) are resolved
    QString op;       ///< eq, not, gt, gte, lt, lte, in, startsWith, endsWith
    QJsonValue value;
    bool wildcard = false; ///< legacy equality with `*` patterns
    QString pointer;       ///< where the check was written, for messages

    /// Whether the check holds for a file's properties (the output of ingest's probe). A
    /// property the file does not have (the width of a sound) makes the check fail.
    bool holds(const QJsonObject &fileProperties) const;
    /// The check as JSON, for a conditions task's `results`.
    QJsonObject toJson() const;

    /// Reads every check from a conditions task's options; every problem found is appended to
    /// `problems` (kinds: condition_invalid, condition_property_unknown,
    /// condition_operator_unknown, condition_type_mismatch, value_not_allowed), located under
    /// `pointer`. Checks with problems are left out of the result. The checks come in the
    /// order they were written when `order` (relative to the options) has it.
    static QList<Condition> read(const QJsonObject &options,
                                 const QString &pointer,
                                 QList<Error> *problems,
                                 const KeyOrder &order = {});

    /// Problems with a conditions task's options as a whole: its checks are written in one form
    /// (operator entries or the legacy `conditions` list), never both, and there is at least
    /// one, for a task without checks would let every branch run (kinds: conditions_mixed,
    /// conditions_missing). `pointer` locates the options.
    static QList<Error> formProblems(const QJsonObject &options, const QString &pointer);

    /// One operator of spec §5: its name as written, and how a person reads it. `label` is a
    /// symbol ("=", "≥") or words ("starts with"), marked for translation in the context
    /// "ConditionText" and translated where it is shown.
    struct Operator
    {
        QString name;
        const char *label;
    };

    static const QList<Property> &properties();
    static const Property *findProperty(QStringView name);
    /// Every operator, in the order the spec lists them: the one table that validation,
    /// the engine, the rule editor and the node summaries read.
    static const QList<Operator> &operatorTable();
    static const Operator *findOperator(QStringView name);
    static QStringList operators();
};

} // namespace spool
