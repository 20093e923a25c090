#include "testdata.h"

#include <support/mediafixtures.h>
#include <support/taskrunner.h>

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

// Every task that reads an input applies one damage rule: a file cut short fails with
// file_corrupt naming the file and where it stops, never a short or repeated result.
TEST(DamagedInput, TruncatedFilesFailInEveryTaskThatReadsThem)
{
    QTemporaryDir media;
    QTemporaryDir workspace;
    // Index first (fast start), so a file cut short still opens and shows its full duration.
    const QString whole = media.filePath(u"talk.mp4"_s);
    QProcess process;
    process.start(u"ffmpeg"_s,
                  {u"-nostdin"_s,
                   u"-v"_s,
                   u"error"_s,
                   u"-f"_s,
                   u"lavfi"_s,
                   u"-i"_s,
                   u"testsrc2=size=64x48:rate=25:d=10"_s,
                   u"-f"_s,
                   u"lavfi"_s,
                   u"-i"_s,
                   u"sine=d=10"_s,
                   u"-c:v"_s,
                   u"libx264"_s,
                   u"-preset"_s,
                   u"ultrafast"_s,
                   u"-c:a"_s,
                   u"aac"_s,
                   u"-movflags"_s,
                   u"+faststart"_s,
                   whole});
    ASSERT_TRUE(process.waitForFinished(60000) && process.exitCode() == 0)
        << process.readAllStandardError().toStdString();
    test::MediaFixtures fixtures(media.path());
    const qint64 size = QFileInfo(whole).size();
    const QList<std::pair<QString, QJsonObject>> tasks{
        {u"video"_s, {}},
        {u"audio"_s, {{u"format"_s, u"wav"_s}}},
        {u"thumbnails"_s, {{u"count"_s, 4}}},
        {u"adaptive_video"_s, {}},
        {u"speech"_s, {}},
    };
    for (const int percent : {10, 50}) {
        const QString cut = fixtures.truncated(whole,
                                               u"cut-%1.mp4"_s.arg(percent),
                                               size * percent / 100);
        ASSERT_FALSE(cut.isEmpty());
        for (const auto &[kind, options] : tasks) {
            const spool::Run run = test::runUnderIngest(workspace.path(), cut, kind, options);
            const Task *task = test::taskOfKind(run, kind);
            const std::string label
                = u"%1 on a file cut at %2 %"_s.arg(kind).arg(percent).toStdString();
            ASSERT_NE(task, nullptr) << label;
            ASSERT_EQ(task->lifecycle.status(), Status::Failed) << label << " succeeded";
            EXPECT_EQ(task->lifecycle.error()->kind, u"file_corrupt") << label;
            const QString message = task->lifecycle.error()->message;
            EXPECT_TRUE(message.contains(QFileInfo(cut).fileName())) << message.toStdString();
            EXPECT_TRUE(message.contains(u"stops at"_s)) << message.toStdString();
        }
    }
}
