// Figures for offline speech recognition: model load time and memory, and word error rate and
// real-time factor side by side with the bare recogniser (pocketsphinx_continuous, from the
// Debian package pocketsphinx, on the same files and model), on sentences of our own read by
// flite voices: the 15 of the corpus and held-out ones, by three voices and a held-out fourth.
// Each voice reads its sentences into one file with a second of silence between them, so both
// recognisers also cut utterances. With `--cancel`, the time a cancel takes after 1, 30 and
// 60 s of recognising a one-hour file.

#include <media/speechaudio.h>
#include <speech/pocketsphinxrecognizer.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <thread>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace spool;

namespace {

QTextStream out(stdout);

const QStringList Corpus{
    u"the weather today is sunny with a light wind from the west"_s,
    u"please send the report to the office before noon on friday"_s,
    u"the train to the city leaves from platform two every hour"_s,
    u"our team will meet in the small room after lunch"_s,
    u"the children walked to school along the river path"_s,
    u"he bought fresh bread and milk at the corner shop"_s,
    u"the museum opens at nine and closes at five in winter"_s,
    u"she wrote a long letter to her brother in the north"_s,
    u"the garden needs water after three dry days"_s,
    u"turn left at the bridge and follow the road to the farm"_s,
    u"the doctor will see you in ten minutes"_s,
    u"we watched the boats come into the harbour at sunset"_s,
    u"the price of coffee went up again this year"_s,
    u"they played music in the park until late at night"_s,
    u"the library has many books about the history of the town"_s,
};

// Not tuned against: sentences written for checking only.
const QStringList HeldOut{
    u"my sister keeps three cats and an old dog in her flat"_s,
    u"the bus was late so we walked home in the rain"_s,
    u"you can pay for the tickets at the desk by the door"_s,
    u"the storm broke two windows in the village hall last night"_s,
    u"he forgot his keys and had to wait outside for an hour"_s,
    u"the new bridge will open to traffic in the spring"_s,
    u"please close the gate when you leave the field"_s,
    u"we need more chairs for the meeting on monday morning"_s,
};

bool succeeds(const QString &program, const QStringList &arguments, QByteArray *output = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(600000) || process.exitCode() != 0)
        return false;
    if (output)
        *output = process.readAllStandardOutput();
    return true;
}

/// `texts` read by `voice` into one 16 kHz mono wav, a second of silence between sentences.
QString read(const QTemporaryDir &dir, const QString &voice, const QStringList &texts)
{
    QStringList arguments{u"-nostdin"_s, u"-v"_s, u"error"_s, u"-y"_s};
    QString graph;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QString part = dir.filePath(u"%1-%2.wav"_s.arg(voice).arg(i));
        if (!succeeds(u"flite"_s, {u"-voice"_s, voice, u"-t"_s, texts[i], u"-o"_s, part}))
            return {};
        arguments += {u"-i"_s, part};
        graph += u"[%1:a]aresample=16000,apad=pad_dur=1[a%1];"_s.arg(i);
    }
    for (qsizetype i = 0; i < texts.size(); ++i)
        graph += u"[a%1]"_s.arg(i);
    graph += u"concat=n=%1:v=0:a=1"_s.arg(texts.size());
    const QString path = dir.filePath(u"%1.wav"_s.arg(voice));
    arguments += {u"-filter_complex"_s, graph, u"-ac"_s, u"1"_s, u"-c:a"_s, u"pcm_s16le"_s, path};
    return succeeds(u"ffmpeg"_s, arguments) ? path : QString();
}

QStringList words(const QString &text)
{
    return text.toLower().split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
}

/// pocketsphinx_continuous on `wav` with its defaults and the same model; its words, and the
/// seconds it took less `loadSeconds` (its model load).
QStringList continuousTool(const QString &wav, double loadSeconds, double *seconds)
{
    const QString model = PocketSphinxRecognizer::modelDir() + u"/en-us/"_s;
    QElapsedTimer timer;
    timer.start();
    QByteArray output;
    succeeds(u"pocketsphinx_continuous"_s,
             {u"-infile"_s,
              wav,
              u"-hmm"_s,
              model + u"en-us"_s,
              u"-lm"_s,
              model + u"en-us.lm.bin"_s,
              u"-dict"_s,
              model + u"cmudict-en-us.dict"_s,
              u"-logfn"_s,
              u"/dev/null"_s},
             &output);
    *seconds = timer.nsecsElapsed() / 1e9 - loadSeconds;
    QStringList heard;
    for (QString word : words(QString::fromUtf8(output)))
        heard.append(word.remove(QRegularExpression(u"\\(\\d+\\)$"_s)));
    return heard;
}

/// Seconds from a cancel after `after` seconds of recognising `samples` to the return.
double cancelLatency(PocketSphinxRecognizer *recognizer,
                     const std::vector<int16_t> &samples,
                     double after)
{
    CancelToken cancel;
    QElapsedTimer sinceCancel;
    std::thread worker([&] { recognizer->recognize(samples, cancel, {}); });
    std::this_thread::sleep_for(std::chrono::milliseconds(qint64(after * 1000)));
    sinceCancel.start();
    cancel.cancel();
    worker.join();
    return sinceCancel.nsecsElapsed() / 1e9;
}

double residentMiB()
{
    QFile status(u"/proc/self/status"_s);
    status.open(QIODevice::ReadOnly);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
    }
    return -1;
}

double wordErrors(const QStringList &reference, const QStringList &hypothesis)
{
    std::vector<std::vector<int>> d(size_t(reference.size() + 1),
                                    std::vector<int>(size_t(hypothesis.size() + 1)));
    for (qsizetype i = 0; i <= reference.size(); ++i)
        d[size_t(i)][0] = int(i);
    for (qsizetype j = 0; j <= hypothesis.size(); ++j)
        d[0][size_t(j)] = int(j);
    for (qsizetype i = 1; i <= reference.size(); ++i) {
        for (qsizetype j = 1; j <= hypothesis.size(); ++j) {
            d[size_t(i)][size_t(j)] = std::min(
                {d[size_t(i - 1)][size_t(j)] + 1,
                 d[size_t(i)][size_t(j - 1)] + 1,
                 d[size_t(i - 1)][size_t(j - 1)] + (reference[i - 1] == hypothesis[j - 1] ? 0 : 1)});
        }
    }
    return d[size_t(reference.size())][size_t(hypothesis.size())];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const double before = residentMiB();
    QElapsedTimer timer;
    timer.start();
    Result<PocketSphinxRecognizer *> recognizer = PocketSphinxRecognizer::forThisThread();
    if (!recognizer) {
        out << recognizer.error().message << u"\n"_s;
        return 1;
    }
    out << u"model load: %1 ms, %2 MiB resident\n"_s.arg(timer.elapsed())
               .arg(residentMiB() - before, 0, 'f', 1);

    const QString quiet = dir.filePath(u"quiet.wav"_s);
    succeeds(u"ffmpeg"_s,
             {u"-nostdin"_s,
              u"-v"_s,
              u"error"_s,
              u"-f"_s,
              u"lavfi"_s,
              u"-i"_s,
              u"anullsrc=r=16000:cl=mono"_s,
              u"-t"_s,
              u"0.5"_s,
              quiet});
    const bool haveTool = !QStandardPaths::findExecutable(u"pocketsphinx_continuous"_s).isEmpty();
    double toolLoad = 0;
    if (haveTool)
        continuousTool(quiet, 0, &toolLoad);
    else
        out << u"pocketsphinx_continuous not found (Debian package pocketsphinx): Spool only\n"_s;

    out << u"%1 %2 %3 %4 %5 %6\n"_s.arg(u"voice"_s, -8)
               .arg(u"sentences"_s, -10)
               .arg(u"words"_s, 6)
               .arg(u"Spool WER / RTF"_s, 18)
               .arg(u"continuous WER / RTF"_s, 22)
               .arg(u"seconds"_s, 8);
    std::vector<int16_t> longest;
    struct Sum
    {
        double errors = 0, words = 0, seconds = 0, audio = 0;
    } spool, tool;
    for (const auto &[set, texts] :
         {std::pair{u"corpus"_s, Corpus}, std::pair{u"held-out"_s, HeldOut}}) {
        for (const QString &voice : {u"slt"_s, u"rms"_s, u"awb"_s, u"kal16"_s}) {
            const QString wav = read(dir, voice, texts);
            Result<std::vector<int16_t>> samples = SpeechAudio::decode(wav, CancelToken(), {});
            if (wav.isEmpty() || !samples) {
                out << voice << u": cannot make the speech\n"_s;
                continue;
            }
            const double audio = double(samples->size()) / SpeechAudio::SampleRate;
            const QStringList reference = words(texts.join(u' '));
            timer.restart();
            Result<Transcript> transcript = (*recognizer)->recognize(*samples, CancelToken(), {});
            const double seconds = timer.nsecsElapsed() / 1e9;
            QStringList heard;
            for (const Transcript::Word &word : transcript->words)
                heard.append(word.text.toLower());
            const double errors = wordErrors(reference, heard);
            spool = {spool.errors + errors,
                     spool.words + reference.size(),
                     spool.seconds + seconds,
                     spool.audio + audio};
            QString toolFigures = u"-"_s;
            if (haveTool) {
                double toolSeconds = 0;
                const double toolErrors = wordErrors(reference,
                                                     continuousTool(wav, toolLoad, &toolSeconds));
                tool = {tool.errors + toolErrors,
                        tool.words + reference.size(),
                        tool.seconds + toolSeconds,
                        tool.audio + audio};
                toolFigures = u"%1 % / %2"_s.arg(100 * toolErrors / reference.size(), 0, 'f', 1)
                                  .arg(toolSeconds / audio, 0, 'f', 3);
            }
            out << u"%1 %2 %3 %4 %5 %6\n"_s.arg(voice, -8)
                       .arg(set, -10)
                       .arg(reference.size(), 6)
                       .arg(u"%1 % / %2"_s.arg(100 * errors / reference.size(), 0, 'f', 1)
                                .arg(seconds / audio, 0, 'f', 3),
                            18)
                       .arg(toolFigures, 22)
                       .arg(audio, 8, 'f', 1);
            out.flush();
            if (samples->size() > longest.size())
                longest = std::move(samples).value();
        }
    }
    out << u"all: Spool WER %1 % RTF %2; continuous WER %3 % RTF %4 (over %5 words, %6 s)\n"_s
               .arg(100 * spool.errors / spool.words, 0, 'f', 1)
               .arg(spool.seconds / spool.audio, 0, 'f', 3)
               .arg(haveTool ? 100 * tool.errors / tool.words : 0.0, 0, 'f', 1)
               .arg(haveTool ? tool.seconds / tool.audio : 0.0, 0, 'f', 3)
               .arg(spool.words)
               .arg(spool.audio, 0, 'f', 1);

    if (app.arguments().contains(u"--cancel"_s) && !longest.empty()) {
        // One hour: the longest reading, repeated.
        std::vector<int16_t> hour;
        hour.reserve(size_t(3600) * SpeechAudio::SampleRate);
        while (hour.size() < size_t(3600) * SpeechAudio::SampleRate)
            hour.insert(hour.end(), longest.begin(), longest.end());
        for (const double after : {1.0, 30.0, 60.0, 120.0}) {
            out << u"cancel after %1 s of a one-hour file: returned in %2 s\n"_s.arg(after)
                       .arg(cancelLatency(*recognizer, hour, after), 0, 'f', 3);
            out.flush();
        }
    }
    out << u"resident after: %1 MiB\n"_s.arg(residentMiB(), 0, 'f', 1);
    return 0;
}
