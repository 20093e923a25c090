#include <runtime/eventlogwriter.h>

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

namespace {

RunEvent taskEvent(int n)
{
    RunEvent event{u"evt_%1"_s.arg(n, 16, 10, QChar(u'0')),
                   u"task.updated"_s,
                   u"run_0000000000000000"_s,
                   u"task_0000000000000000"_s,
                   QJsonObject{{u"n"_s, n}, {u"text"_s, u"quote \" and\nline"_s}},
                   1700000000 + n};
    return event;
}

QList<QByteArray> linesOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

// Each line is the event as toJson() says, however it was built (with or without the bytes of
// its data made beforehand).
TEST(EventLogWriter, WritesEachEventAsOneCompactLine)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"events.jsonl"_s);
    {
        EventLogWriter writer;
        ASSERT_FALSE(writer.open(path));
        RunEvent made = taskEvent(1);
        made.dataJson = QJsonDocument(made.data).toJson(QJsonDocument::Compact);
        EXPECT_FALSE(writer.write(made));
        EXPECT_FALSE(writer.write(taskEvent(2)));
        EXPECT_FALSE(writer.flush());
    }
    const QList<QByteArray> lines = linesOf(path);
    ASSERT_EQ(lines.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const QJsonObject expected = taskEvent(i + 1).toJson();
        EXPECT_EQ(lines[i], QJsonDocument(expected).toJson(QJsonDocument::Compact));
    }
}

// A reader following the file (`tail -f`) sees an event soon after it was written, with no
// later event or flush() to push it out.
TEST(EventLogWriter, AnEventReachesTheFileWithoutAnotherWrite)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"events.jsonl"_s);
    EventLogWriter writer;
    ASSERT_FALSE(writer.open(path));
    ASSERT_FALSE(writer.write(taskEvent(1)));
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (linesOf(path).size() == 1)
            loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit); // bounded: fails below if reached
    poll.start();
    loop.exec();
    EXPECT_EQ(linesOf(path).size(), 1) << "the event was not written while the loop ran";
}

// A sink that fails is reported once, whether the failure shows at a write or at the flush.
TEST(EventLogWriter, AFailingSinkIsReportedOnce)
{
    if (!QFile::exists(u"/dev/full"_s))
        GTEST_SKIP() << "/dev/full does not exist here";
    EventLogWriter writer;
    ASSERT_FALSE(writer.open(u"/dev/full"_s));
    int reports = 0;
    for (int i = 0; i < 3; ++i)
        reports += writer.write(taskEvent(i)) ? 1 : 0;
    const std::optional<Error> flushed = writer.flush();
    reports += flushed ? 1 : 0;
    ASSERT_TRUE(writer.failure());
    EXPECT_EQ(reports, 1);
    EXPECT_TRUE(writer.failure()->message.contains(u"/dev/full: No space left on device"_s))
        << writer.failure()->message.toStdString();
    EXPECT_FALSE(writer.write(taskEvent(4))) << "reported once";
    EXPECT_FALSE(writer.flush());

    // Many events: the failure shows at a write, before any flush.
    EventLogWriter flooded;
    ASSERT_FALSE(flooded.open(u"/dev/full"_s));
    reports = 0;
    for (int i = 0; i < 20000; ++i)
        reports += flooded.write(taskEvent(i)) ? 1 : 0;
    EXPECT_EQ(reports, 1) << "a failure seen while gathering is reported by a write";
    EXPECT_FALSE(flooded.flush());
}
