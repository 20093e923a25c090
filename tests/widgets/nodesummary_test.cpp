#include <graph/nodesummary.h>
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
