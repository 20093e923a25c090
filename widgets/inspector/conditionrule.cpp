#include "conditionrule.h"

#include <schema/condition.h>
#include <schema/jsonpointer.h>

#include <QHash>
#include <QJsonArray>

#include <optional>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString LegacyKey = u"conditions"_s;

// What the engine makes of one entry, to learn its canonical property (aliases such as
// `media.kind` are resolved there, and only there) and whether it is a wildcard match.
std::optional<Condition> engineReading(const QJsonObject &options)
{
    QList<Error> ignored;
    const QList<Condition> conditions = Condition::read(options, QString(), &ignored);
    if (conditions.size() != 1)
        return std::nullopt;
    return conditions.first();
}

ConditionRule readLegacy(const QJsonValue &entry, const QString &pointer)
{
    ConditionRule rule;
    rule.legacy = true;
    rule.pointer = pointer;
    rule.op = u"eq"_s;
    rule.verbatim = entry;
    const QJsonObject object = entry.toObject();
    rule.property = object.value(u"prop").toString();
    rule.value = entry.isObject() ? object.value(u"value") : entry;
    const bool wellFormed = entry.isObject() && object.value(u"prop").isString()
                            && object.contains(u"value") && object.size() == 2;
    if (!wellFormed) {
        rule.keepVerbatim = true;
        return rule;
    }
    if (const auto condition = engineReading(QJsonObject{{LegacyKey, QJsonArray{entry}}})) {
        rule.property = condition->property;
        rule.wildcard = condition->wildcard;
    } else {
        // The entry has a problem; a "*" in it may still be a pattern, so keep its meaning.
        rule.wildcard = rule.value.isString() && rule.value.toString().contains(u'*');
    }
    rule.keepVerbatim = rule.wildcard;
    return rule;
}

} // namespace

QString ConditionRule::key() const
{
    return writtenKey.isEmpty() ? property : writtenKey;
}

bool ConditionRule::clashesWith(const ConditionRule &other) const
{
    // Verbatim legacy entries go into a list, where any number fit side by side.
    if ((keepVerbatim && legacy) || (other.keepVerbatim && other.legacy))
        return false;
    if (key() != other.key())
        return false;
    return keepVerbatim || other.keepVerbatim || op == other.op;
}

bool ConditionRule::sameCheckAs(const ConditionRule &other) const
{
    const bool inList = keepVerbatim && legacy;
    const bool otherInList = other.keepVerbatim && other.legacy;
    if (inList || otherInList)
        return inList && otherInList && verbatim == other.verbatim;
    return key() == other.key() && op == other.op;
}

QList<ConditionRule> ConditionRule::read(const QJsonObject &options, const KeyOrder &order)
{
    QList<ConditionRule> rules;
    const QString base = u"/options"_s;
    for (const QString &key : order.keys(options)) {
        const QJsonValue entry = options.value(key);
        const QString at = JsonPointer::append(base, key);
        if (key == LegacyKey && entry.isArray()) {
            const QJsonArray entries = entry.toArray();
            for (qsizetype i = 0; i < entries.size(); ++i)
                rules.append(readLegacy(entries.at(i), JsonPointer::append(at, i)));
            continue;
        }
        const QJsonObject operators = entry.toObject();
        if (!entry.isObject() || operators.isEmpty()) {
            ConditionRule rule;
            rule.property = key;
            rule.value = entry;
            rule.pointer = at;
            rule.writtenKey = key;
            rule.keepVerbatim = true;
            rule.verbatim = entry;
            rules.append(rule);
            continue;
        }
        for (const QString &op : order.keys(operators, JsonPointer::append(QString(), key))) {
            ConditionRule rule;
            const QJsonValue value = operators.value(op);
            const auto condition = engineReading(QJsonObject{{key, QJsonObject{{op, value}}}});
            rule.property = condition ? condition->property : key;
            rule.op = op;
            rule.value = value;
            rule.pointer = JsonPointer::append(at, op);
            rule.writtenKey = key;
            rules.append(rule);
        }
    }
    return rules;
}

QJsonObject ConditionRule::write(const QList<ConditionRule> &rules, KeyOrder *order)
{
    QJsonObject options;
    // Where each rule went, in the rules' order: a key of its own, an operator under a key,
    // or an entry of the legacy list.
    struct Place
    {
        QString key;
        QString op;
    };
    QList<Place> places(rules.size());
    const auto insert = [&](const ConditionRule &rule) {
        QJsonObject operators = options.value(rule.key()).toObject();
        operators.insert(rule.op, rule.value);
        options.insert(rule.key(), operators);
    };
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const ConditionRule &rule = rules.at(i);
        if (rule.keepVerbatim && !rule.legacy) {
            options.insert(rule.key(), rule.verbatim);
            places[i] = {rule.key(), {}};
        } else if (!rule.legacy) {
            insert(rule);
            places[i] = {rule.key(), rule.op};
        }
    }
    // Legacy entries convert to the operator form, except those the operator form cannot say
    // and those whose place is taken (a list may repeat a property; an object cannot).
    QJsonArray legacyEntries;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const ConditionRule &rule = rules.at(i);
        if (!rule.legacy)
            continue;
        const QJsonValue there = options.value(rule.key());
        const bool taken = options.contains(rule.key())
                           && (!there.isObject() || there.toObject().contains(rule.op));
        if (rule.keepVerbatim || taken) {
            legacyEntries.append(rule.verbatim);
            places[i] = {LegacyKey, {}};
        } else {
            insert(rule);
            places[i] = {rule.key(), rule.op};
        }
    }
    if (!legacyEntries.isEmpty())
        options.insert(LegacyKey, legacyEntries);
    if (order) {
        *order = KeyOrder();
        QStringList keys;
        QHash<QString, QStringList> operators;
        for (const Place &place : std::as_const(places)) {
            if (!keys.contains(place.key))
                keys.append(place.key);
            if (!place.op.isEmpty() && !operators[place.key].contains(place.op))
                operators[place.key].append(place.op);
        }
        order->set(QString(), keys);
        for (auto it = operators.constBegin(); it != operators.constEnd(); ++it) {
            if (it.value().size() > 1)
                order->set(JsonPointer::append(QString(), it.key()), it.value());
        }
    }
    return options;
}

QStringList ConditionRule::operatorsFor(const QString &property)
{
    const Condition::Property *known = Condition::findProperty(property);
    if (!known)
        return Condition::operators();
    if (known->numeric)
        return {u"eq"_s, u"not"_s, u"gt"_s, u"gte"_s, u"lt"_s, u"lte"_s, u"in"_s};
    return {u"eq"_s, u"not"_s, u"in"_s, u"startsWith"_s, u"endsWith"_s};
}

QJsonValue ConditionRule::defaultValue(const QString &property, const QString &op)
{
    const Condition::Property *known = Condition::findProperty(property);
    QJsonValue value = QString();
    if (known && known->numeric)
        value = 0;
    else if (known && !known->allowed.isEmpty() && op != u"startsWith" && op != u"endsWith")
        value = known->allowed.first();
    return op == u"in" ? QJsonValue(QJsonArray{value}) : value;
}

} // namespace spool
