#include <common/conditiontext.h>
#include <graph/nodesummary.h>
#include <schema/condition.h>
#include <schema/runrequest.h>

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

// The legacy list reads as the same rule as the operator form, with "~" for a MIME wildcard,
// wherever the file wrote it: inside the options, or beside them as older files did.
TEST(NodeSummary, ShowsLegacyConditionsInEitherPlace)
{
    const QJsonObject options = QJsonDocument::fromJson(R"({"conditions": [
        {"prop": "media.kind", "value": "video"}, {"prop": "file.type", "value": "audio/*"}]})")
                                    .object();
    EXPECT_EQ(NodeSummary::text(u"conditions"_s, options), u"kind = video, mimetype ~ audio/*"_s);

    const auto request = RunRequest::fromText(R"({"tasks": [{"kind": "ingest", "next": [
        {"kind": "conditions", "conditions": [{"prop": "file.size", "value": 1024}]}]}]})");
    ASSERT_TRUE(request);
    const TaskDef &conditions = request->tasks.at(0).next.at(0);
    EXPECT_EQ(NodeSummary::text(conditions.kind, conditions.options), u"filesize = 1024"_s);
}

// The rule editor and the node summaries label operators from the schema's own table, so an
// operator the schema learns is shown everywhere with its label.
TEST(ConditionText, LabelsComeFromTheSchemasOperatorTable)
{
    QStringList names;
    for (const Condition::Operator &op : Condition::operatorTable()) {
        names.append(op.name);
        EXPECT_EQ(ConditionText::operatorLabel(op.name), QString::fromUtf8(op.label));
    }
    EXPECT_EQ(names, Condition::operators());
    EXPECT_EQ(ConditionText::operatorLabel(u"gte"_s), u"≥"_s);
    EXPECT_EQ(ConditionText::operatorLabel(u"startsWith"_s), u"starts with"_s);
    EXPECT_EQ(ConditionText::operatorLabel(u"near"_s), u"near"_s) << "unknown: as written";
    EXPECT_EQ(Condition::findOperator(u"near"), nullptr);
}
