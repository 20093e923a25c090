#include "testdata.h"

#include <support/httptestserver.h>
#include <support/mediafixtures.h>

#include <media/mediaprobe.h>
#include <runtime/runengine.h>
#include <tasks/builtinexecutors.h>

#include <QDir>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

namespace {

class IngestTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_media.isValid());
        ASSERT_TRUE(m_workspace.isValid());
    }

    QString mediaDir() const { return m_media.path(); }
    test::MediaFixtures fixtures() const { return test::MediaFixtures(m_media.path()); }

    // Runs `ingest url` followed by a conditions task, with the built-in executors.
    spool::Run ingest(const QString &url,
                      const DownloadSettings &downloads = {},
                      const QString &baseDir = {},
                      int cancelAfterMs = -1)
    {
        RunEngine engine(BuiltInExecutors::create(downloads), 2);
        QEventLoop loop;
        std::optional<spool::Run> finished;
        QObject::connect(&engine, &RunEngine::runFinished, &loop, [&](const spool::Run &run) {
            finished = run;
            loop.quit();
        });
        QJsonObject ingestTask{{u"kind"_s, u"ingest"_s},
                               {u"options"_s, QJsonObject{{u"url"_s, url}}},
                               {u"next"_s,
                                QJsonArray{
                                    QJsonObject{{u"kind"_s, u"conditions"_s},
                                                {u"options"_s,
                                                 QJsonObject{{u"filesize"_s,
                                                              QJsonObject{{u"gt"_s, 0}}}}}}}}};
        const Result<RunRequest> request = RunRequest::fromJson(
            QJsonObject{{u"tasks"_s, QJsonArray{ingestTask}}});
        RunOptions options;
        options.workspace = m_workspace.path();
        options.baseDir = baseDir;
        const Result<QString> id = engine.start(*request, options);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message.toStdString());
        if (!id.ok())
            return spool::Run();
        if (cancelAfterMs >= 0) {
            QTimer::singleShot(cancelAfterMs, &engine, [&engine, runId = *id] {
                engine.cancel(runId);
            });
        }
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        if (!finished)
            loop.exec();
        EXPECT_TRUE(finished.has_value());
        return finished.value_or(spool::Run());
    }

    QString workspace() const { return m_workspace.path(); }

private:
    QTemporaryDir m_media;
    QTemporaryDir m_workspace;
};

QString errorMessage(const spool::Run &run)
{
    return run.tasks.isEmpty() || !run.tasks[0].lifecycle.error()
               ? QString()
               : run.tasks[0].lifecycle.error()->message;
}

// A field of /proc/self/status in KiB (VmRSS, VmHWM); -1 when unknown.
qint64 statusKiB(const QByteArray &field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Resets this process's peak resident size (VmHWM) to its current size (Linux 4.0 and later).
bool resetPeakMemory()
{
    QFile clear(u"/proc/self/clear_refs"_s);
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1 && clear.flush();
}

QString errorKind(const spool::Run &run)
{
    return run.tasks.isEmpty() || !run.tasks[0].lifecycle.error()
               ? QString()
               : run.tasks[0].lifecycle.error()->kind;
}

} // namespace

TEST_F(IngestTest, ProbesALocalVideo)
{
    const QString path = fixtures().video(u"clip.mp4"_s, 320, 240, 1.0);
    ASSERT_FALSE(path.isEmpty()) << fixtures().lastError().toStdString();
    const spool::Run run = ingest(path);
    ASSERT_EQ(run.lifecycle.status(), Status::Succeeded);
    ASSERT_EQ(run.tasks.size(), 2) << "the conditions task ran on the probed file";
    const OutputEntry &output = run.tasks[0].outputs.value(0);
    EXPECT_EQ(output.kind, u"source");
    EXPECT_EQ(output.type, u"video/mp4");
    EXPECT_EQ(output.width, 320);
    EXPECT_EQ(output.height, 240);
    EXPECT_EQ(output.format, u"mp4");
    EXPECT_NEAR(output.duration.value_or(0), 1.0, 0.1);
    EXPECT_EQ(output.filesize, QFileInfo(path).size());
    EXPECT_EQ(output.url, QUrl::fromLocalFile(path).toString());
    EXPECT_EQ(output.extra.value(u"media_kind").toString(), u"video");
    EXPECT_EQ(output.extra.value(u"video_codec").toString(), u"h264");
    EXPECT_EQ(output.extra.value(u"audio_codec").toString(), u"aac");
    EXPECT_DOUBLE_EQ(output.extra.value(u"fps").toDouble(), 25.0);
    EXPECT_TRUE(run.tasks[1].results->continues);
}

TEST_F(IngestTest, ProbesAudioAndImages)
{
    const Result<QJsonObject> sound = MediaProbe::probe(fixtures().audio(u"tone.mp3"_s, 1.0));
    ASSERT_TRUE(sound.ok()) << sound.error().message.toStdString();
    EXPECT_EQ(sound->value(u"kind").toString(), u"audio");
    EXPECT_EQ(sound->value(u"mimetype").toString(), u"audio/mpeg");
    EXPECT_FALSE(sound->contains(u"width"));
    const Result<QJsonObject> picture = MediaProbe::probe(fixtures().image(u"p.png"_s, 160, 120));
    ASSERT_TRUE(picture.ok());
    EXPECT_EQ(picture->value(u"kind").toString(), u"image");
    EXPECT_EQ(picture->value(u"mimetype").toString(), u"image/png");
    EXPECT_EQ(picture->value(u"width").toInt(), 160);
    EXPECT_FALSE(picture->contains(u"duration"));
}

TEST_F(IngestTest, AcceptsFileUrlsAndRelativePaths)
{
    const QString path = fixtures().audio(u"tone with space.mp3"_s, 0.5);
    EXPECT_EQ(ingest(QUrl::fromLocalFile(path).toString()).lifecycle.status(), Status::Succeeded);
    EXPECT_EQ(ingest(u"tone with space.mp3"_s, {}, mediaDir()).lifecycle.status(),
              Status::Succeeded);
}

TEST_F(IngestTest, BadFilesFailWithTheirCause)
{
    const QString video = fixtures().video(u"whole.mp4"_s, 320, 240, 1.0);
    EXPECT_EQ(errorKind(ingest(fixtures().empty())), u"file_empty");
    EXPECT_EQ(errorKind(ingest(fixtures().randomBytes())), u"format_unsupported");
    EXPECT_EQ(errorKind(ingest(fixtures().truncated(video, u"cut.mp4"_s, 2000))), u"file_corrupt");
    EXPECT_EQ(errorKind(ingest(mediaDir() + u"/missing.mp4"_s)), u"file_not_found");
    EXPECT_EQ(errorKind(ingest(mediaDir())), u"file_unreadable");
    const spool::Run run = ingest(fixtures().empty(u"zero.mp4"_s));
    EXPECT_EQ(run.lifecycle.status(), Status::Failed);
    EXPECT_EQ(run.tasks.size(), 1) << "nothing runs on a file that could not be ingested";
    EXPECT_TRUE(run.tasks[0].lifecycle.error()->message.contains(u"zero.mp4"));
}

TEST_F(IngestTest, DownloadsOverHttpFollowingRedirects)
{
    test::HttpTestServer server;
    server.serveFile("/media/clip.mp4", fixtures().video(u"served.mp4"_s, 320, 240, 1.0));
    server.redirect("/r1", "/r2");
    server.redirect("/r2", "/media/clip.mp4", 301);
    const spool::Run run = ingest(server.url("/r1"));
    ASSERT_EQ(run.lifecycle.status(), Status::Succeeded)
        << (run.lifecycle.error() ? run.lifecycle.error()->message.toStdString() : "");
    const OutputEntry &output = run.tasks[0].outputs.value(0);
    EXPECT_EQ(output.width, 320);
    const QString local = QUrl(output.url).toLocalFile();
    EXPECT_TRUE(local.startsWith(workspace())) << local.toStdString();
    EXPECT_TRUE(local.endsWith(u"/clip.mp4"_s)) << local.toStdString();
    EXPECT_TRUE(QFileInfo::exists(local));
    EXPECT_TRUE(QDir(QFileInfo(local).absolutePath())
                    .entryList({u".partial-*"_s}, QDir::Files | QDir::Hidden)
                    .isEmpty());
}

TEST_F(IngestTest, HttpErrorsNameTheStatus)
{
    test::HttpTestServer server;
    test::HttpTestServer::Route gone;
    gone.status = 503;
    gone.body = "try later";
    server.route("/busy.mp4", gone);
    spool::Run run = ingest(server.url("/missing.mp4"));
    EXPECT_EQ(errorKind(run), u"http_error");
    EXPECT_TRUE(run.tasks[0].lifecycle.error()->message.contains(u"404")) << "names the status";
    run = ingest(server.url("/busy.mp4"));
    EXPECT_TRUE(run.tasks[0].lifecycle.error()->message.contains(u"503"));
}

TEST_F(IngestTest, RedirectLoopsStopAtTheLimit)
{
    test::HttpTestServer server;
    server.redirect("/a", "/b");
    server.redirect("/b", "/a");
    DownloadSettings settings;
    settings.maxRedirects = 5;
    const spool::Run run = ingest(server.url("/a"), settings);
    EXPECT_EQ(errorKind(run), u"download_failed");
    // The first request and five redirects; Qt may resend a request once when the server
    // closes a connection it hoped to reuse, so allow for that but not for an endless loop.
    EXPECT_LE(server.requestCount(), 2 * (settings.maxRedirects + 1));
}

TEST_F(IngestTest, OversizedDownloadsAreRefused)
{
    test::HttpTestServer server;
    server.serveFile("/big.mp4", fixtures().video(u"big.mp4"_s, 320, 240, 1.0));
    DownloadSettings settings;
    settings.maxBytes = 1000;
    const spool::Run run = ingest(server.url("/big.mp4"), settings);
    EXPECT_EQ(errorKind(run), u"download_too_large");
    const QString taskDir = workspace() + u"/runs/"_s + run.id + u'/' + run.tasks[0].id;
    EXPECT_TRUE(QDir(taskDir).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_F(IngestTest, StalledDownloadsTimeOut)
{
    test::HttpTestServer server;
    test::HttpTestServer::Route stalled;
    stalled.body = QByteArray(100000, 'x');
    stalled.stall = true;
    stalled.stallAfter = 100;
    server.route("/slow.mp4", stalled);
    DownloadSettings settings;
    settings.readTimeoutMs = 300;
    const spool::Run run = ingest(server.url("/slow.mp4"), settings);
    EXPECT_EQ(errorKind(run), u"download_timeout");
}

TEST_F(IngestTest, CancellingADownloadLeavesNothing)
{
    test::HttpTestServer server;
    test::HttpTestServer::Route stalled;
    stalled.body = QByteArray(100000, 'x');
    stalled.stall = true;
    stalled.stallAfter = 1000;
    server.route("/slow.mp4", stalled);
    // How soon it ends after the cancel: latency_bench prints the figure.
    const spool::Run run = ingest(server.url("/slow.mp4"), {}, {}, 200);
    EXPECT_EQ(run.lifecycle.status(), Status::Cancelled);
    const QString taskDir = workspace() + u"/runs/"_s + run.id + u'/' + run.tasks[0].id;
    EXPECT_TRUE(QDir(taskDir).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

// A fast server and a slower consumer must not pile the body up in memory: the reply's read
// buffer is bounded and every chunk goes to the file as it comes.
TEST_F(IngestTest, DownloadsStreamInBoundedMemory)
{
    if (!resetPeakMemory() || statusKiB("VmHWM") < 0)
        GTEST_SKIP() << "this kernel does not let a process reset its peak resident size";
    test::HttpTestServer server;
    test::HttpTestServer::Route big;
    big.generatedSize = qint64(256) * 1024 * 1024;
    server.route("/big.mp4", big);
    const qint64 before = statusKiB("VmRSS");
    ASSERT_TRUE(resetPeakMemory());
    const spool::Run run = ingest(server.url("/big.mp4"));
    const qint64 grown = statusKiB("VmHWM") - before;
    RecordProperty("peak_growth_kib", int(grown));
    // The body is not media, so the probe refuses it; what matters is that it was all fetched.
    EXPECT_EQ(errorKind(run), u"format_unsupported") << errorMessage(run).toStdString();
    EXPECT_LT(grown, 48 * 1024) << "peak resident memory grew by " << grown / 1024
                                << " MiB for a 256 MiB body";
}

TEST_F(IngestTest, TheSizeLimitHoldsWithoutAContentLength)
{
    if (!resetPeakMemory() || statusKiB("VmHWM") < 0)
        GTEST_SKIP() << "this kernel does not let a process reset its peak resident size";
    test::HttpTestServer server;
    test::HttpTestServer::Route big;
    big.generatedSize = qint64(256) * 1024 * 1024;
    big.declaredLength = -2;
    server.route("/big.mp4", big);
    DownloadSettings settings;
    settings.maxBytes = qint64(5) * 1024 * 1024;
    const qint64 before = statusKiB("VmRSS");
    ASSERT_TRUE(resetPeakMemory());
    const spool::Run run = ingest(server.url("/big.mp4"), settings);
    const qint64 grown = statusKiB("VmHWM") - before;
    RecordProperty("peak_growth_kib", int(grown));
    EXPECT_EQ(errorKind(run), u"download_too_large");
    EXPECT_TRUE(errorMessage(run).contains(u"5242880")) << errorMessage(run).toStdString();
    EXPECT_LT(grown, 32 * 1024) << "peak resident memory grew by " << grown / 1024 << " MiB";
    const QString taskDir = workspace() + u"/runs/"_s + run.id + u'/' + run.tasks[0].id;
    EXPECT_TRUE(QDir(taskDir).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

// A server that keeps the connection alive with a byte now and then never trips the silence
// timeout; the minimum rate ends it.
TEST_F(IngestTest, ADrippingServerFailsOnTheMinimumRate)
{
    test::HttpTestServer server;
    test::HttpTestServer::Route drip;
    drip.body = QByteArray(200, 'x');
    drip.dripIntervalMs = 20;
    server.route("/drip.mp4", drip);
    DownloadSettings settings;
    settings.minBytesPerSecond = 1000;
    settings.rateWindowMs = 300;
    const spool::Run run = ingest(server.url("/drip.mp4"), settings);
    EXPECT_EQ(errorKind(run), u"download_too_slow") << errorMessage(run).toStdString();
    EXPECT_TRUE(errorMessage(run).contains(server.url("/drip.mp4")))
        << errorMessage(run).toStdString();
    EXPECT_TRUE(errorMessage(run).contains(u"1000 bytes a second"))
        << errorMessage(run).toStdString();
    const QString taskDir = workspace() + u"/runs/"_s + run.id + u'/' + run.tasks[0].id;
    EXPECT_TRUE(QDir(taskDir).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

// A web page is not a media file, whatever its URL's name: an answer whose Content-Type is a
// text document is refused before its body is kept.
TEST_F(IngestTest, TextAnswersAreRefusedWithTheirContentType)
{
    test::HttpTestServer server;
    const QList<QByteArray> types{"text/html; charset=utf-8", "application/json", "text/plain"};
    for (qsizetype i = 0; i < types.size(); ++i) {
        test::HttpTestServer::Route page;
        page.body = "<!DOCTYPE html><html><body><p>" + QByteArray(5000, '$') + "</p></body></html>";
        page.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", types[i]));
        const QByteArray path = "/page" + QByteArray::number(i) + ".mp4";
        server.route(path, page);
        const spool::Run run = ingest(server.url(path));
        EXPECT_EQ(errorKind(run), u"format_unsupported") << types[i].constData();
        const QString message = errorMessage(run);
        EXPECT_TRUE(message.contains(server.url(path))) << message.toStdString();
        EXPECT_TRUE(message.contains(QString::fromUtf8(types[i].split(';').first())))
            << message.toStdString();
    }
    test::HttpTestServer::Route clip;
    QFile served(fixtures().video(u"typed.mp4"_s, 160, 120, 0.5));
    ASSERT_TRUE(served.open(QIODevice::ReadOnly));
    clip.body = served.readAll();
    clip.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "video/mp4"));
    server.route("/typed.mp4", clip);
    EXPECT_EQ(ingest(server.url("/typed.mp4")).lifecycle.status(), Status::Succeeded);
}

TEST_F(IngestTest, EmptyAnswersNameTheUrl)
{
    test::HttpTestServer server;
    test::HttpTestServer::Route noContent;
    noContent.status = 204;
    noContent.reason = "No Content";
    server.route("/204", noContent);
    server.route("/empty.mp4", test::HttpTestServer::Route{});
    for (const QByteArray &path : {QByteArray("/204"), QByteArray("/empty.mp4")}) {
        const spool::Run run = ingest(server.url(path));
        EXPECT_EQ(errorKind(run), u"file_empty");
        const QString message = errorMessage(run);
        EXPECT_TRUE(message.contains(server.url(path))) << message.toStdString();
        EXPECT_FALSE(message.contains(u".partial")) << message.toStdString();
    }
    EXPECT_TRUE(errorMessage(ingest(server.url("/204"))).contains(u"204"));
}

// Qt reads a body up to its Content-Length and drops the rest: the file is cut there, and the
// message says so rather than calling a whole file damaged.
TEST_F(IngestTest, ABodyLongerThanItsContentLengthIsReportedAsTruncated)
{
    test::HttpTestServer server;
    QFile served(fixtures().video(u"long.mp4"_s, 160, 120, 1.0));
    ASSERT_TRUE(served.open(QIODevice::ReadOnly));
    test::HttpTestServer::Route route;
    route.body = served.readAll();
    route.declaredLength = route.body.size() / 2;
    server.route("/long.mp4", route);
    const spool::Run run = ingest(server.url("/long.mp4"));
    EXPECT_EQ(errorKind(run), u"file_corrupt");
    const QString message = errorMessage(run);
    EXPECT_TRUE(message.contains(u"truncated at %1 bytes"_s.arg(route.declaredLength)))
        << message.toStdString();
    EXPECT_TRUE(message.contains(server.url("/long.mp4"))) << message.toStdString();
    EXPECT_FALSE(message.contains(u"QuickTime")) << message.toStdString();
}

TEST_F(IngestTest, ABodyShorterThanItsContentLengthFails)
{
    test::HttpTestServer server;
    QFile served(fixtures().video(u"short.mp4"_s, 160, 120, 1.0));
    ASSERT_TRUE(served.open(QIODevice::ReadOnly));
    test::HttpTestServer::Route route;
    route.body = served.readAll();
    route.declaredLength = route.body.size() * 2;
    server.route("/short.mp4", route);
    const spool::Run run = ingest(server.url("/short.mp4"));
    EXPECT_EQ(errorKind(run), u"download_failed");
    const QString message = errorMessage(run);
    EXPECT_TRUE(
        message.contains(u"%1 of the %2 bytes"_s.arg(route.body.size()).arg(route.declaredLength)))
        << message.toStdString();
}

TEST_F(IngestTest, BadRedirectsSayWhatIsWrong)
{
    test::HttpTestServer server;
    test::HttpTestServer::Route nowhere;
    nowhere.status = 302;
    server.route("/nowhere", nowhere);
    test::HttpTestServer::Route ftp;
    ftp.status = 301;
    ftp.headers.append(std::pair<QByteArray, QByteArray>("Location", "ftp://127.0.0.1/a.mp4"));
    server.route("/ftp", ftp);
    test::HttpTestServer::Route script;
    script.status = 307;
    script.headers.append(std::pair<QByteArray, QByteArray>("Location", "javascript:alert(1)"));
    server.route("/script", script);

    spool::Run run = ingest(server.url("/nowhere"));
    EXPECT_EQ(errorKind(run), u"download_failed");
    EXPECT_TRUE(errorMessage(run).contains(u"no Location")) << errorMessage(run).toStdString();
    EXPECT_TRUE(errorMessage(run).contains(server.url("/nowhere")));
    for (const QByteArray &path : {QByteArray("/ftp"), QByteArray("/script")}) {
        run = ingest(server.url(path));
        EXPECT_EQ(errorKind(run), u"download_failed");
        const QString message = errorMessage(run);
        EXPECT_TRUE(message.contains(u"redirect")) << message.toStdString();
        EXPECT_TRUE(message.contains(path == "/ftp" ? u"ftp:"_s : u"javascript:"_s))
            << message.toStdString();
        EXPECT_FALSE(message.contains(u"Unknown protocol")) << message.toStdString();
    }
}

TEST_F(IngestTest, ASymbolicLinkLoopIsNamedAsOne)
{
    const QString a = mediaDir() + u"/a.mp4"_s;
    const QString b = mediaDir() + u"/b.mp4"_s;
    ASSERT_TRUE(QFile::link(b, a));
    ASSERT_TRUE(QFile::link(a, b));
    const spool::Run run = ingest(a);
    EXPECT_EQ(errorKind(run), u"file_unreadable");
    EXPECT_TRUE(errorMessage(run).contains(u"loop")) << errorMessage(run).toStdString();
}
