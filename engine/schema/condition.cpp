#include "condition.h"

#include "jsonpointer.h"
#include "spelling.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

// Problem messages, English until a translator is installed. (A name of its own: lupdate reads
// all sources together, and the validator's messages have another context.)
struct ConditionText
{
    Q_DECLARE_TR_FUNCTIONS(spool::Condition)
};

const QStringList &operatorNames()
{
    static const QStringList names = [] {
        QStringList all;
        for (const Condition::Operator &op : Condition::operatorTable())
            all.append(op.name);
        return all;
    }();
    return names;
}

bool isOrdering(QStringView op)
{
    return op == u"gt" || op == u"gte" || op == u"lt" || op == u"lte";
}

bool isTextMatch(QStringView op)
{
    return op == u"startsWith" || op == u"endsWith";
}

QString legacyProperty(const QString &name)
{
    if (name == u"media.kind")
        return u"kind"_s;
    if (name == u"file.type")
        return u"mimetype"_s;
    if (name == u"file.size")
        return u"filesize"_s;
    if (name == u"file.name")
        return u"filename"_s;
    if (name.startsWith(u"media.") || name.startsWith(u"file."))
        return name.mid(name.indexOf(u'.') + 1);
    return name;
}

QStringList propertyNames()
{
    QStringList names;
    for (const Condition::Property &property : Condition::properties())
        names.append(property.name);
    return names;
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return ConditionText::tr("a boolean");
    case QJsonValue::Double:
        return ConditionText::tr("a number");
    case QJsonValue::String:
        return ConditionText::tr("a string");
    case QJsonValue::Array:
        return ConditionText::tr("an array");
    case QJsonValue::Object:
        return ConditionText::tr("an object");
    default:
        return u"null"_s;
    }
}

// Checks one comparison value against its property; appends problems, false if any.
bool checkOperand(const Condition::Property &property,
                  const QString &op,
                  const QJsonValue &value,
                  const QString &pointer,
                  QList<Error> *problems)
{
    if (property.numeric) {
        if (!value.isDouble()) {
            problems->append(
                Error{u"condition_type_mismatch"_s,
                      ConditionText::tr("%1 is a number, so \"%2\" needs a number, not %3")
                          .arg(property.name, op, typeName(value)),
                      pointer});
            return false;
        }
        return true;
    }
    if (!value.isString()) {
        problems->append(Error{u"condition_type_mismatch"_s,
                               ConditionText::tr("%1 is text, so \"%2\" needs a string, not %3")
                                   .arg(property.name, op, typeName(value)),
                               pointer});
        return false;
    }
    if (!property.allowed.isEmpty() && !isTextMatch(op)
        && !property.allowed.contains(value.toString())) {
        problems->append(Error{u"value_not_allowed"_s,
                               ConditionText::tr("%1 is one of %2, never \"%3\"%4")
                                   .arg(property.name,
                                        property.allowed.join(u", "_s),
                                        value.toString(),
                                        Spelling::didYouMean(value.toString(), property.allowed)),
                               pointer});
        return false;
    }
    return true;
}

void readOperatorForm(const QString &name,
                      const QJsonValue &operators,
                      const QString &pointer,
                      QList<Condition> *conditions,
                      QList<Error> *problems,
                      const QStringList &operatorOrder)
{
    const Condition::Property *property = Condition::findProperty(legacyProperty(name));
    if (!property) {
        problems->append(
            Error{u"condition_property_unknown"_s,
                  ConditionText::tr("\"%1\" is not a property of the input file; use one of %2%3")
                      .arg(name,
                           propertyNames().join(u", "_s),
                           Spelling::didYouMean(name, propertyNames())),
                  pointer});
        return;
    }
    if (!operators.isObject()) {
        problems->append(
            Error{u"condition_invalid"_s,
                  ConditionText::tr(
                      "must be an operator object such as {\"eq\": ...} or {\"gt\": ...}"),
                  pointer});
        return;
    }
    const QJsonObject object = operators.toObject();
    if (object.isEmpty()) {
        problems->append(Error{u"condition_invalid"_s,
                               ConditionText::tr("names no operator; use one of %1")
                                   .arg(operatorNames().join(u", "_s)),
                               pointer});
        return;
    }
    KeyOrder order;
    order.set(QString(), operatorOrder);
    for (const QString &op : order.keys(object)) {
        const QJsonValue value = object.value(op);
        const QString at = JsonPointer::append(pointer, op);
        if (!operatorNames().contains(op)) {
            problems->append(Error{u"condition_operator_unknown"_s,
                                   ConditionText::tr("\"%1\" is not an operator; use one of %2%3")
                                       .arg(op,
                                            operatorNames().join(u", "_s),
                                            Spelling::didYouMean(op, operatorNames())),
                                   at});
            continue;
        }
        if (isOrdering(op) && !property->numeric) {
            problems->append(Error{u"condition_type_mismatch"_s,
                                   ConditionText::tr("\"%1\" compares numbers, but %2 is text")
                                       .arg(op, property->name),
                                   at});
            continue;
        }
        if (isTextMatch(op) && property->numeric) {
            problems->append(Error{u"condition_type_mismatch"_s,
                                   ConditionText::tr("\"%1\" compares text, but %2 is a number")
                                       .arg(op, property->name),
                                   at});
            continue;
        }
        bool ok = true;
        if (op == u"in") {
            if (!value.isArray() || value.toArray().isEmpty()) {
                problems->append(
                    Error{u"condition_type_mismatch"_s,
                          ConditionText::tr("\"in\" needs a non-empty array of values"),
                          at});
                continue;
            }
            const QJsonArray values = value.toArray();
            for (qsizetype i = 0; i < values.size(); ++i)
                ok = checkOperand(*property, op, values.at(i), JsonPointer::append(at, i), problems)
                     && ok;
        } else {
            ok = checkOperand(*property, op, value, at, problems);
        }
        if (ok)
            conditions->append(Condition{property->name, op, value, false, at});
    }
}

void readLegacyForm(const QJsonValue &list,
                    const QString &pointer,
                    QList<Condition> *conditions,
                    QList<Error> *problems)
{
    if (!list.isArray()) {
        problems->append(
            Error{u"condition_invalid"_s,
                  ConditionText::tr("the legacy form is an array of {\"prop\", \"value\"} objects"),
                  pointer});
        return;
    }
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = JsonPointer::append(pointer, i);
        const QJsonObject entry = array.at(i).toObject();
        if (!array.at(i).isObject() || !entry.value(u"prop").isString()
            || !entry.contains(u"value")) {
            problems->append(
                Error{u"condition_invalid"_s,
                      ConditionText::tr("must be an object with a \"prop\" string and a \"value\""),
                      at});
            continue;
        }
        for (auto it = entry.begin(); it != entry.end(); ++it) {
            if (it.key() != u"prop" && it.key() != u"value") {
                problems->append(
                    Error{u"condition_invalid"_s,
                          ConditionText::tr("unknown key \"%1\" in a legacy condition").arg(it.key()),
                          JsonPointer::append(at, it.key())});
            }
        }
        const QString name = entry.value(u"prop").toString();
        const Condition::Property *property = Condition::findProperty(legacyProperty(name));
        if (!property) {
            problems->append(Error{u"condition_property_unknown"_s,
                                   ConditionText::tr("\"%1\" is not a property of the input file%2")
                                       .arg(name, Spelling::didYouMean(name, propertyNames())),
                                   JsonPointer::append(at, u"prop")});
            continue;
        }
        const QJsonValue value = entry.value(u"value");
        const bool wildcard = value.isString() && value.toString().contains(u'*');
        // A wildcard pattern is checked as text, not against the property's enum.
        if (wildcard && !property->numeric) {
            conditions->append(Condition{property->name, u"eq"_s, value, true, at});
            continue;
        }
        if (checkOperand(*property, u"eq"_s, value, JsonPointer::append(at, u"value"), problems))
            conditions->append(Condition{property->name, u"eq"_s, value, false, at});
    }
}

bool equals(const QJsonValue &actual, const QJsonValue &expected, bool wildcard)
{
    if (expected.isDouble())
        return actual.isDouble() && actual.toDouble() == expected.toDouble();
    if (!actual.isString())
        return false;
    if (!wildcard)
        return actual.toString() == expected.toString();
    const QString pattern = QRegularExpression::wildcardToRegularExpression(
        expected.toString(), QRegularExpression::UnanchoredWildcardConversion);
    const QRegularExpression expression(u"\\A(?:"_s + pattern + u")\\z"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    return expression.match(actual.toString()).hasMatch();
}

} // namespace

const QList<Condition::Property> &Condition::properties()
{
    static const QList<Property> table{
        {u"kind"_s, false, {u"video"_s, u"audio"_s, u"image"_s}},
        {u"mimetype"_s, false, {}},
        {u"format"_s, false, {}},
        {u"filename"_s, false, {}},
        {u"filesize"_s, true, {}},
        {u"width"_s, true, {}},
        {u"height"_s, true, {}},
        {u"duration"_s, true, {}},
        {u"fps"_s, true, {}},
    };
    return table;
}

const Condition::Property *Condition::findProperty(QStringView name)
{
    for (const Property &property : properties()) {
        if (property.name == name)
            return &property;
    }
    return nullptr;
}

const QList<Condition::Operator> &Condition::operatorTable()
{
    static const QList<Operator> table{
        {u"eq"_s, "="},
        {u"not"_s, "≠"},
        {u"gt"_s, ">"},
        {u"gte"_s, "≥"},
        {u"lt"_s, "<"},
        {u"lte"_s, "≤"},
        {u"in"_s, QT_TRANSLATE_NOOP("ConditionText", "in")},
        {u"startsWith"_s, QT_TRANSLATE_NOOP("ConditionText", "starts with")},
        {u"endsWith"_s, QT_TRANSLATE_NOOP("ConditionText", "ends with")},
    };
    return table;
}

const Condition::Operator *Condition::findOperator(QStringView name)
{
    for (const Operator &op : operatorTable()) {
        if (op.name == name)
            return &op;
    }
    return nullptr;
}

QStringList Condition::operators()
{
    return operatorNames();
}

QList<Condition> Condition::read(const QJsonObject &options,
                                 const QString &pointer,
                                 QList<Error> *problems,
                                 const KeyOrder &order)
{
    QList<Condition> conditions;
    for (const QString &key : order.keys(options)) {
        const QString at = JsonPointer::append(pointer, key);
        const QJsonValue value = options.value(key);
        if (key == u"conditions")
            readLegacyForm(value, at, &conditions, problems);
        else
            readOperatorForm(key,
                             value,
                             at,
                             &conditions,
                             problems,
                             order.recorded(JsonPointer::append(QString(), key)));
    }
    return conditions;
}

QList<Error> Condition::formProblems(const QJsonObject &options, const QString &pointer)
{
    QStringList entries = options.keys();
    entries.removeAll(u"conditions"_s);
    const QJsonValue legacy = options.value(u"conditions");
    const QString legacyPointer = JsonPointer::append(pointer, u"conditions");
    if (!legacy.isUndefined() && !entries.isEmpty()) {
        return {Error{u"conditions_mixed"_s,
                      ConditionText::tr("the checks are written in both forms, the operator "
                                        "entries (%1) and the legacy \"conditions\" list; "
                                        "write them in one")
                          .arg(entries.join(u", "_s)),
                      legacyPointer}};
    }
    if (entries.isEmpty() && (legacy.isUndefined() || legacy.toArray().isEmpty())) {
        const bool emptyList = legacy.isArray();
        return {Error{u"conditions_missing"_s,
                      ConditionText::tr("a conditions task needs at least one check, such as "
                                        "{\"kind\": {\"eq\": \"video\"}} or the legacy "
                                        "[{\"prop\": \"kind\", \"value\": \"video\"}]: "
                                        "without one every branch would run"),
                      emptyList ? legacyPointer : pointer}};
    }
    return {};
}

bool Condition::holds(const QJsonObject &fileProperties) const
{
    const QJsonValue actual = fileProperties.value(property);
    if (actual.isUndefined() || actual.isNull())
        return false;
    if (op == u"eq")
        return equals(actual, value, wildcard);
    if (op == u"not")
        return !equals(actual, value, wildcard);
    if (op == u"in") {
        const QJsonArray values = value.toArray();
        return std::any_of(values.begin(), values.end(), [&](const QJsonValue &candidate) {
            return equals(actual, candidate, false);
        });
    }
    if (isOrdering(op)) {
        if (!actual.isDouble())
            return false;
        const double a = actual.toDouble();
        const double b = value.toDouble();
        if (op == u"gt")
            return a > b;
        if (op == u"gte")
            return a >= b;
        if (op == u"lt")
            return a < b;
        return a <= b;
    }
    if (!actual.isString())
        return false;
    if (op == u"startsWith")
        return actual.toString().startsWith(value.toString());
    if (op == u"endsWith")
        return actual.toString().endsWith(value.toString());
    return false;
}

QJsonObject Condition::toJson() const
{
    return QJsonObject{{u"property"_s, property}, {u"operator"_s, op}, {u"value"_s, value}};
}

} // namespace spool
