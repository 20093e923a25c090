// Figures for offline speech recognition: model load time and memory, real-time factor, and
// word error rate on a corpus of our own sentences read by three flite voices.

#include <media/speechaudio.h>
#include <speech/pocketsphinxrecognizer.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

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

    double errors = 0;
    double words = 0;
    double audioSeconds = 0;
    double recogniseSeconds = 0;
    for (const QString &voice : {u"slt"_s, u"rms"_s, u"awb"_s}) {
        double voiceErrors = 0;
        double voiceWords = 0;
        for (qsizetype i = 0; i < Corpus.size(); ++i) {
            const QString wav = dir.filePath(u"%1-%2.wav"_s.arg(voice).arg(i));
            QProcess flite;
            flite.start(u"flite"_s, {u"-voice"_s, voice, u"-t"_s, Corpus[i], u"-o"_s, wav});
            flite.waitForFinished(60000);
            Result<std::vector<int16_t>> samples = SpeechAudio::decode(wav, CancelToken(), {});
            if (!samples)
                continue;
            timer.restart();
            Result<Transcript> transcript = (*recognizer)->recognize(*samples, CancelToken(), {});
            recogniseSeconds += timer.nsecsElapsed() / 1e9;
            audioSeconds += double(samples->size()) / SpeechAudio::SampleRate;
            QStringList heard;
            for (const Transcript::Word &word : transcript->words)
                heard.append(word.text.toLower());
            const QStringList reference = Corpus[i].split(u' ');
            voiceErrors += wordErrors(reference, heard);
            voiceWords += reference.size();
        }
        out << u"voice %1: word error rate %2 % over %3 words\n"_s.arg(voice)
                   .arg(100 * voiceErrors / voiceWords, 0, 'f', 1)
                   .arg(voiceWords);
        errors += voiceErrors;
        words += voiceWords;
    }
    out << u"all voices: word error rate %1 % over %2 words\n"_s
               .arg(100 * errors / words, 0, 'f', 1)
               .arg(words);
    out << u"real-time factor: %1 (%2 s to recognise %3 s of speech)\n"_s
               .arg(recogniseSeconds / audioSeconds, 0, 'f', 3)
               .arg(recogniseSeconds, 0, 'f', 2)
               .arg(audioSeconds, 0, 'f', 2);
    out << u"resident after: %1 MiB\n"_s.arg(residentMiB(), 0, 'f', 1);
    return 0;
}
