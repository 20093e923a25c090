#include "nodesummary.h"

#include <common/conditiontext.h>
#include <schema/condition.h>
#include <schema/kindspec.h>

#include <QJsonArray>
#include <QUrl>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 10);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(valueText(item));
        return u"["_s + items.join(u", "_s) + u"]"_s;
    }
    case QJsonValue::Null:
        return u"null"_s;
    default:
        return u"…"_s;
    }
}

} // namespace

QString NodeSummary::rule(const QJsonObject &options, const KeyOrder &order)
{
    QList<Error> problems;
    const QList<Condition> checks = Condition::read(options, QString(), &problems, order);
    QStringList parts;
    for (const Condition &check : checks) {
        parts.append(
            u"%1 %2 %3"_s.arg(check.property,
                              check.wildcard ? u"~"_s : ConditionText::operatorLabel(check.op),
                              valueText(check.value)));
    }
    if (!problems.isEmpty())
        parts.append(u"…"_s);
    return parts.join(u", "_s);
}

QString NodeSummary::text(const QString &kind,
                          const std::optional<QJsonObject> &options,
                          const KeyOrder &order)
{
    const QJsonObject values = options.value_or(QJsonObject());
    const KindSpec *spec = KindSpec::find(kind);
    if (kind == u"conditions")
        return rule(values, order);
    if (kind == u"ingest") {
        const QString url = values.value(u"url").toString();
        const QString name = QUrl::fromUserInput(url).fileName();
        return name.isEmpty() ? url : name;
    }

    QStringList parts;
    const QJsonValue width = values.value(u"width");
    const QJsonValue height = values.value(u"height");
    if (!width.isUndefined() || !height.isUndefined()) {
        parts.append(u"%1×%2"_s.arg(width.isUndefined() ? tr("auto") : valueText(width),
                                    height.isUndefined() ? tr("auto") : valueText(height)));
    }
    const QJsonValue start = values.value(u"start");
    const QJsonValue end = values.value(u"end");
    if (kind == u"image" && !start.isUndefined()) {
        // An image is one frame: `start` says which.
        parts.append(tr("@ %1 s").arg(valueText(start)));
    } else if (!start.isUndefined() || !end.isUndefined()) {
        parts.append(tr("%1–%2 s").arg(start.isUndefined() ? u"0"_s : valueText(start),
                                       end.isUndefined() ? tr("end") : valueText(end)));
    }
    // Then the other declared options in the table's order, then anything undeclared.
    QStringList shown{u"width"_s, u"height"_s, u"start"_s, u"end"_s};
    if (spec) {
        for (const OptionSpec &option : spec->options) {
            if (shown.contains(option.name) || !values.contains(option.name))
                continue;
            shown.append(option.name);
            const QJsonValue value = values.value(option.name);
            parts.append(option.type == OptionSpec::Type::Enum
                                 || option.type == OptionSpec::Type::String
                             ? valueText(value)
                             : u"%1 %2"_s.arg(option.name, valueText(value)));
        }
    }
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!shown.contains(it.key()))
            parts.append(u"%1 %2"_s.arg(it.key(), valueText(it.value())));
    }
    return parts.join(u" · "_s);
}

} // namespace spool
