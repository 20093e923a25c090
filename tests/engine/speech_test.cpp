#include "testdata.h"

#include <support/mediafixtures.h>
#include <support/taskrunner.h>

#include <runtime/runengine.h>
#include <speech/transcriptjson.h>
#include <tasks/builtinexecutors.h>

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <iostream>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

namespace {

// Sentences of our own, read by two of flite's 16 kHz voices.
const QStringList Sentences{
    u"the weather today is sunny with a light wind from the west"_s,
    u"please send the report to the office before noon on friday"_s,
    u"the train to the city leaves from platform two every hour"_s,
};

QString say(const QString &dir, const QString &name, const QString &voice, const QString &text)
{
    const QString path = dir + u'/' + name;
    QProcess flite;
    flite.start(u"flite"_s, {u"-voice"_s, voice, u"-t"_s, text, u"-o"_s, path});
    if (!flite.waitForFinished(60000) || flite.exitCode() != 0)
        return {};
    return path;
}

QStringList wordsOf(const QString &text)
{
    return text.toLower().split(u' ', Qt::SkipEmptyParts);
}

// Word error rate: edit distance over words / reference length.
double wordErrorRate(const QStringList &reference, const QStringList &hypothesis)
{
    std::vector<std::vector<int>> d(size_t(reference.size() + 1),
                                    std::vector<int>(size_t(hypothesis.size() + 1)));
    for (qsizetype i = 0; i <= reference.size(); ++i)
        d[size_t(i)][0] = int(i);
    for (qsizetype j = 0; j <= hypothesis.size(); ++j)
        d[0][size_t(j)] = int(j);
    for (qsizetype i = 1; i <= reference.size(); ++i) {
        for (qsizetype j = 1; j <= hypothesis.size(); ++j) {
            const int substitution = reference[i - 1] == hypothesis[j - 1] ? 0 : 1;
            d[size_t(i)][size_t(j)] = std::min({d[size_t(i - 1)][size_t(j)] + 1,
                                                d[size_t(i)][size_t(j - 1)] + 1,
                                                d[size_t(i - 1)][size_t(j - 1)] + substitution});
        }
    }
    return double(d[size_t(reference.size())][size_t(hypothesis.size())]) / reference.size();
}

Transcript transcriptOf(const Task &task)
{
    QFile file(test::outputPath(task));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return TranscriptJson::fromJson(QJsonDocument::fromJson(file.readAll()).object());
}

} // namespace

TEST(SpeechTask, RecognisesFliteVoicesWithinTheBound)
{
    QTemporaryDir dir;
    QTemporaryDir workspace;
    QStringList reference;
    QStringList heard;
    for (const QString &voice : {u"slt"_s, u"rms"_s}) {
        for (qsizetype i = 0; i < Sentences.size(); ++i) {
            const QString wav = say(dir.path(),
                                    u"%1-%2.wav"_s.arg(voice).arg(i),
                                    voice,
                                    Sentences[i]);
            ASSERT_FALSE(wav.isEmpty());
            const spool::Run run = test::runUnderIngest(workspace.path(), wav, u"speech"_s, {});
            const Task *task = test::taskOfKind(run, u"speech"_s);
            ASSERT_NE(task, nullptr);
            ASSERT_EQ(task->lifecycle.status(), Status::Succeeded)
                << test::errorKind(run, u"speech"_s).toStdString();
            reference += wordsOf(Sentences[i]);
            for (const Transcript::Word &word : transcriptOf(*task).words)
                heard.append(word.text.toLower());
            EXPECT_EQ(task->outputs[0].kind, u"intelligence");
        }
    }
    const double wer = wordErrorRate(reference, heard);
    std::cout << "word error rate " << wer << " over " << reference.size() << " words\n";
    // Measured 19.1 % (13 of 68 words) on these sentences and voices with pocketsphinx-en-us
    // 0.8+5prealpha, which is deterministic; 25 % is the loosest bound the issue allows.
    EXPECT_LE(wer, 0.25) << "WER " << wer << ": " << heard.join(u' ').toStdString();
}

TEST(SpeechTask, SilenceGivesAnEmptyTranscript)
{
    QTemporaryDir dir;
    QTemporaryDir workspace;
    QProcess ffmpeg;
    const QString silence = dir.filePath(u"silence.wav"_s);
    ffmpeg.start(u"ffmpeg"_s,
                 {u"-nostdin"_s,
                  u"-v"_s,
                  u"error"_s,
                  u"-f"_s,
                  u"lavfi"_s,
                  u"-i"_s,
                  u"anullsrc=r=16000:cl=mono"_s,
                  u"-t"_s,
                  u"2"_s,
                  silence});
    ASSERT_TRUE(ffmpeg.waitForFinished(30000));
    const spool::Run run = test::runUnderIngest(workspace.path(), silence, u"speech"_s, {});
    const Task *task = test::taskOfKind(run, u"speech"_s);
    ASSERT_NE(task, nullptr);
    EXPECT_EQ(task->lifecycle.status(), Status::Succeeded);
    QFile file(test::outputPath(*task));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    EXPECT_EQ(json.value(u"kind").toString(), u"speech");
    EXPECT_TRUE(json.value(u"timeline").toArray().isEmpty());
    EXPECT_TRUE(json.value(u"words").toArray().isEmpty());
}

TEST(SpeechTask, FlatFormSharesOneTranscript)
{
    QTemporaryDir dir;
    QTemporaryDir workspace;
    const QString wav = say(dir.path(), u"talk.wav"_s, u"slt"_s, Sentences.join(u". "_s) + u'.');
    ASSERT_FALSE(wav.isEmpty());
    RunEngine engine(BuiltInExecutors::create(), 2);
    QEventLoop loop;
    std::optional<spool::Run> finished;
    QObject::connect(&engine, &RunEngine::runFinished, &loop, [&](const spool::Run &run) {
        finished = run;
        loop.quit();
    });
    const QByteArray request = R"({"tasks": [{"kind": "ingest", "options": {"url": ")"
                               + wav.toUtf8() + R"("}}, {"kind": "speech"}, {"kind": "summary"},
        {"kind": "subtitles", "options": {"format": "srt"}}, {"kind": "chapters"},
        {"kind": "outline"}]})";
    RunOptions options;
    options.workspace = workspace.path();
    const Result<QString> id = engine.start(*RunRequest::fromText(request), options);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    ASSERT_TRUE(finished.has_value());
    ASSERT_EQ(finished->lifecycle.status(), Status::Succeeded);
    int computed = 0;
    for (const Task &task : finished->tasks) {
        for (const QString &line : engine.taskLog(finished->id, task.id))
            computed += line.contains(u"transcribed"_s) ? 1 : 0;
    }
    EXPECT_EQ(computed, 1) << "one recognition for five tasks";

    const Task *summary = test::taskOfKind(*finished, u"summary"_s);
    ASSERT_TRUE(summary && summary->tags && summary->title);
    EXPECT_GE(summary->tags->size(), 1);
    EXPECT_EQ(summary->languages, QStringList{u"en"_s});
    const QJsonObject srt = test::MediaFixtures::ffprobe(
        test::outputPath(*test::taskOfKind(*finished, u"subtitles"_s)));
    EXPECT_EQ(srt.value(u"format").toObject().value(u"format_name").toString(), u"srt");
    const QJsonObject chapters = test::MediaFixtures::ffprobe(
        test::outputPath(*test::taskOfKind(*finished, u"chapters"_s)));
    EXPECT_EQ(chapters.value(u"format").toObject().value(u"format_name").toString(), u"webvtt");
}

TEST(SpeechTask, CancellingStopsRecognitionAndLeavesNothing)
{
    QTemporaryDir dir;
    QTemporaryDir workspace;
    // A minute of speech takes seconds to recognise: the cancel lands while it works.
    QStringList text;
    for (int i = 0; i < 8; ++i)
        text += Sentences;
    const QString wav = say(dir.path(), u"long.wav"_s, u"slt"_s, text.join(u". "_s));
    ASSERT_FALSE(wav.isEmpty());
    const spool::Run run = test::runUnderIngest(workspace.path(), wav, u"speech"_s, {}, 1500);
    EXPECT_EQ(run.lifecycle.status(), Status::Cancelled);
    const Task *task = test::taskOfKind(run, u"speech"_s);
    ASSERT_NE(task, nullptr);
    EXPECT_EQ(task->lifecycle.status(), Status::Cancelled);
    EXPECT_TRUE(task->outputs.isEmpty());
}
