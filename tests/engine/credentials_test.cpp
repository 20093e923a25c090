#include <schema/credentials.h>

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using spool::Credentials;

TEST(Credentials, RemovesThePasswordAndKeepsTheUser)
{
    EXPECT_EQ(Credentials::redact(u"http://ann:secret@host/a.mp4"_s), u"http://ann@host/a.mp4");
    EXPECT_EQ(Credentials::redact(u"https://ann:p%40ss@host:8080/a?b=c"_s),
              u"https://ann@host:8080/a?b=c");
    EXPECT_EQ(Credentials::redact(u"http://:secret@host/"_s), u"http://@host/");
    EXPECT_EQ(Credentials::redact(u"http://ann:se@cret@host/x"_s), u"http://ann@host/x")
        << "an unencoded @ in the password leaves nothing of it";
    EXPECT_EQ(Credentials::redact(u"cannot download http://a:b@h/x - server replied: Not Found, "
                                  "then ftp://c:d@i/y"_s),
              u"cannot download http://a@h/x - server replied: Not Found, then ftp://c@i/y");
}

TEST(Credentials, LeavesWhatHoldsNoPasswordAlone)
{
    for (const QString &text : {u"http://host/a:b@c"_s,
                                u"http://ann@host/a.mp4"_s,
                                u"clip.mp4"_s,
                                u"mailto:ann@example.org"_s,
                                u"time 10:20 @ home"_s,
                                QString()})
        EXPECT_EQ(Credentials::redact(text), text);
}

TEST(Credentials, RedactsEveryStringOfAnObject)
{
    const QJsonObject options{{u"url"_s, u"http://u:p@h/x"_s},
                              {u"list"_s, QJsonArray{u"https://u:p@h/y"_s, 3}},
                              {u"nested"_s, QJsonObject{{u"u"_s, u"http://u:p@h/z"_s}}},
                              {u"n"_s, 5}};
    const QJsonObject redacted = Credentials::redact(options);
    EXPECT_EQ(redacted.value(u"url").toString(), u"http://u@h/x");
    EXPECT_EQ(redacted.value(u"list")[0].toString(), u"https://u@h/y");
    EXPECT_EQ(redacted.value(u"list")[1].toInt(), 3);
    EXPECT_EQ(redacted.value(u"nested")[u"u"].toString(), u"http://u@h/z");
    EXPECT_EQ(redacted.value(u"n").toInt(), 5);
}
