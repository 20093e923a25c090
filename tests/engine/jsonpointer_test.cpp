#include "testdata.h"

#include <schema/jsonpointer.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using spool::JsonPointer;

TEST(JsonPointer, EscapesTildeAndSlash)
{
    EXPECT_EQ(JsonPointer::append(u"/options"_s, u"a/b~c"), u"/options/a~1b~0c");
    EXPECT_EQ(JsonPointer::append(u"/tasks"_s, 3), u"/tasks/3");
    EXPECT_EQ(JsonPointer::append(QString(), u""), u"/");
}

TEST(JsonPointer, TokensUnescapeInTheRightOrder)
{
    // "~01" is "~1" literally, not "/".
    EXPECT_EQ(JsonPointer::tokens(u"/a~01/b~1c"_s), (QStringList{u"a~1"_s, u"b/c"_s}));
    EXPECT_TRUE(JsonPointer::tokens(QString()).isEmpty());
}

TEST(JsonPointer, ResolvesTheRfc6901Examples)
{
    const QJsonValue doc = QJsonDocument::fromJson(R"({"foo": ["bar", "baz"], "": 0, "a/b": 1,
        "c%d": 2, "e^f": 3, "g|h": 4, "i\\j": 5, "k\"l": 6, " ": 7, "m~n": 8})")
                               .object();
    EXPECT_EQ(JsonPointer::resolve(doc, QString()), doc);
    EXPECT_EQ(JsonPointer::resolve(doc, u"/foo/0"_s).toString(), u"bar");
    EXPECT_EQ(JsonPointer::resolve(doc, u"/"_s).toInt(), 0);
    EXPECT_EQ(JsonPointer::resolve(doc, u"/a~1b"_s).toInt(), 1);
    EXPECT_EQ(JsonPointer::resolve(doc, u"/c%d"_s).toInt(), 2);
    EXPECT_EQ(JsonPointer::resolve(doc, u"/i\\j"_s).toInt(), 5);
    EXPECT_EQ(JsonPointer::resolve(doc, u"/k\"l"_s).toInt(), 6);
    EXPECT_EQ(JsonPointer::resolve(doc, u"/ "_s).toInt(), 7);
    EXPECT_EQ(JsonPointer::resolve(doc, u"/m~0n"_s).toInt(), 8);
}

TEST(JsonPointer, MissingTargetsResolveToUndefined)
{
    const QJsonValue doc = QJsonDocument::fromJson(R"({"a": [1, 2]})").object();
    EXPECT_TRUE(JsonPointer::resolve(doc, u"/b"_s).isUndefined());
    EXPECT_TRUE(JsonPointer::resolve(doc, u"/a/2"_s).isUndefined());
    EXPECT_TRUE(JsonPointer::resolve(doc, u"/a/01"_s).isUndefined());
    EXPECT_TRUE(JsonPointer::resolve(doc, u"/a/-1"_s).isUndefined());
    EXPECT_TRUE(JsonPointer::resolve(doc, u"a"_s).isUndefined());
}
