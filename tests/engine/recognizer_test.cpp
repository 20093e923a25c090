// The recogniser on its own: utterances cut at pauses, times in the sound across utterances,
// and cancellation between bounded steps.

#include <media/speechaudio.h>
#include <speech/pocketsphinxrecognizer.h>

#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

namespace {

const QStringList Sentences{
    u"the weather today is sunny with a light wind from the west"_s,
    u"please send the report to the office before noon on friday"_s,
    u"the train to the city leaves from platform two every hour"_s,
};

bool run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit
           && process.exitCode() == 0;
}

QString say(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    const QString path = dir.filePath(name);
    return run(u"flite"_s, {u"-voice"_s, u"slt"_s, u"-t"_s, text, u"-o"_s, path}) ? path
                                                                                  : QString();
}

/// `files` one after the other with `pause` seconds of silence between them, as 16 kHz wav.
QString withPauses(const QTemporaryDir &dir, const QStringList &files, double pause)
{
    QStringList arguments{u"-nostdin"_s, u"-v"_s, u"error"_s, u"-y"_s};
    QString graph;
    for (qsizetype i = 0; i < files.size(); ++i) {
        arguments += {u"-i"_s, files[i]};
        graph += u"[%1:a]"_s.arg(i);
        if (i + 1 < files.size())
            graph += u"[s%1]"_s.arg(i);
    }
    QString silences;
    for (qsizetype i = 0; i + 1 < files.size(); ++i) {
        silences += u"anullsrc=r=16000:cl=mono,atrim=duration=%1[s%2];"_s.arg(pause).arg(i);
    }
    const QString path = dir.filePath(u"paused.wav"_s);
    arguments += {u"-filter_complex"_s,
                  silences + graph + u"concat=n=%1:v=0:a=1"_s.arg(2 * files.size() - 1),
                  u"-ar"_s,
                  u"16000"_s,
                  u"-ac"_s,
                  u"1"_s,
                  path};
    return run(u"ffmpeg"_s, arguments) ? path : QString();
}

double seconds(const QString &wav)
{
    QProcess probe;
    probe.start(u"ffprobe"_s,
                {u"-v"_s,
                 u"error"_s,
                 u"-show_entries"_s,
                 u"format=duration"_s,
                 u"-of"_s,
                 u"csv=p=0"_s,
                 wav});
    probe.waitForFinished(30000);
    return probe.readAllStandardOutput().trimmed().toDouble();
}

} // namespace

TEST(Recognizer, CutsUtterancesAtPausesAndKeepsTheSoundsTimes)
{
    QTemporaryDir dir;
    QStringList parts;
    for (qsizetype i = 0; i < Sentences.size(); ++i)
        parts += say(dir, u"s%1.wav"_s.arg(i), Sentences[i]);
    ASSERT_FALSE(parts.contains(QString()));
    constexpr double Pause = 2.0;
    const QString wav = withPauses(dir, parts, Pause);
    ASSERT_FALSE(wav.isEmpty());
    Result<std::vector<int16_t>> samples = SpeechAudio::decode(wav, CancelToken(), {});
    ASSERT_TRUE(samples.ok()) << samples.error().message.toStdString();
    Result<PocketSphinxRecognizer *> recognizer = PocketSphinxRecognizer::forThisThread();
    ASSERT_TRUE(recognizer.ok()) << recognizer.error().message.toStdString();

    // Twice on the same decoder: the second pass must not inherit the first one's clock.
    for (int pass = 0; pass < 2; ++pass) {
        SCOPED_TRACE(pass);
        Result<Transcript> transcript = (*recognizer)->recognize(*samples, CancelToken(), {});
        ASSERT_TRUE(transcript.ok()) << transcript.error().message.toStdString();
        ASSERT_EQ(transcript->utterances.size(), Sentences.size()) << "one utterance a sentence";
        // Where each sentence really begins and ends in the file.
        double begin = 0;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const double end = begin + seconds(parts[i]);
            const Transcript::Utterance &utterance = transcript->utterances[i];
            EXPECT_LE(utterance.end - utterance.start, PocketSphinxRecognizer::MaxUtteranceSeconds);
            int inside = 0;
            for (const Transcript::Word &word : transcript->words) {
                if (word.start >= utterance.start && word.end <= utterance.end)
                    ++inside;
            }
            EXPECT_GE(inside, 8) << "utterance " << i;
            // Each utterance's words lie within its sentence (give or take the VAD's margins).
            for (const Transcript::Word &word : transcript->words) {
                if (word.start >= utterance.start && word.end <= utterance.end) {
                    EXPECT_GE(word.start, begin - 0.3) << word.text.toStdString();
                    EXPECT_LE(word.end, end + 0.3) << word.text.toStdString();
                }
            }
            begin = end + Pause;
        }
        for (qsizetype i = 1; i < transcript->words.size(); ++i)
            EXPECT_GE(transcript->words[i].start, transcript->words[i - 1].start);
    }
}

TEST(Recognizer, SpeechWithoutPausesIsCutIntoBoundedUtterances)
{
    QTemporaryDir dir;
    // Sentences run together with commas: flite barely pauses, so the recogniser's voice
    // detection never ends the utterance on its own within 20 s.
    QStringList text;
    for (int i = 0; i < 2; ++i)
        text += Sentences;
    const QString wav = say(dir, u"run-on.wav"_s, text.join(u", "_s));
    ASSERT_FALSE(wav.isEmpty());
    Result<std::vector<int16_t>> samples = SpeechAudio::decode(wav, CancelToken(), {});
    ASSERT_TRUE(samples.ok());
    ASSERT_GT(samples->size(), size_t(15 * SpeechAudio::SampleRate));
    Result<PocketSphinxRecognizer *> recognizer = PocketSphinxRecognizer::forThisThread();
    ASSERT_TRUE(recognizer.ok());
    Result<Transcript> transcript = (*recognizer)->recognize(*samples, CancelToken(), {});
    ASSERT_TRUE(transcript.ok());
    ASSERT_GE(transcript->utterances.size(), 2);
    for (const Transcript::Utterance &utterance : transcript->utterances)
        EXPECT_LE(utterance.end - utterance.start, PocketSphinxRecognizer::MaxUtteranceSeconds);
    // Cutting must not lose the words: about as many as were said.
    EXPECT_GE(transcript->words.size(), qsizetype(0.8 * text.join(u' ').split(u' ').size()));
}

TEST(Recognizer, CancelStopsWithinOneChunkOfAudio)
{
    QTemporaryDir dir;
    const QString wav = say(dir, u"talk.wav"_s, Sentences.join(u", "_s));
    ASSERT_FALSE(wav.isEmpty());
    Result<std::vector<int16_t>> samples = SpeechAudio::decode(wav, CancelToken(), {});
    ASSERT_TRUE(samples.ok());
    Result<PocketSphinxRecognizer *> recognizer = PocketSphinxRecognizer::forThisThread();
    ASSERT_TRUE(recognizer.ok());
    CancelToken cancel;
    double cancelledAt = -1;
    double last = 0;
    const double total = double(samples->size()) / SpeechAudio::SampleRate;
    Result<Transcript> transcript = (*recognizer)->recognize(*samples, cancel, [&](double f) {
        last = f * total;
        if (cancelledAt < 0 && last >= 3) {
            cancelledAt = last;
            cancel.cancel();
        }
    });
    ASSERT_FALSE(transcript.ok());
    EXPECT_EQ(transcript.error().kind, u"cancelled");
    ASSERT_GE(cancelledAt, 3);
    EXPECT_EQ(last, cancelledAt) << "no audio is recognised after the cancel";

    // The decoder is left ready: the next recognition on this thread works.
    Result<Transcript> again = (*recognizer)->recognize(*samples, CancelToken(), {});
    ASSERT_TRUE(again.ok());
    EXPECT_GE(again->words.size(), 20);
}

TEST(Recognizer, TheSameSoundGivesTheSameWordsWhateverCameBefore)
{
    QTemporaryDir dir;
    const QString first = say(dir, u"first.wav"_s, Sentences[0]);
    const QString other = dir.filePath(u"other.wav"_s);
    ASSERT_TRUE(
        run(u"flite"_s,
            {u"-voice"_s, u"awb"_s, u"-t"_s, Sentences[1] + u". "_s + Sentences[2], u"-o"_s, other}));
    Result<std::vector<int16_t>> a = SpeechAudio::decode(first, CancelToken(), {});
    Result<std::vector<int16_t>> b = SpeechAudio::decode(other, CancelToken(), {});
    ASSERT_TRUE(a.ok() && b.ok());
    Result<PocketSphinxRecognizer *> recognizer = PocketSphinxRecognizer::forThisThread();
    ASSERT_TRUE(recognizer.ok());
    const auto text = [&](const std::vector<int16_t> &samples) {
        const Result<Transcript> transcript = (*recognizer)->recognize(samples, CancelToken(), {});
        QStringList words;
        for (const Transcript::Word &word : transcript->words)
            words.append(u"%1@%2"_s.arg(word.text).arg(word.start));
        return words.join(u' ').toStdString();
    };
    const std::string alone = text(*a);
    text(*b);
    EXPECT_EQ(text(*a), alone) << "another voice heard in between changes nothing";
}
