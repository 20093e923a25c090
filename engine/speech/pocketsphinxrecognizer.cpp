#include "pocketsphinxrecognizer.h"

#include <core/logging.h>

#include <QByteArray>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <pocketsphinx.h>
#include <sphinxbase/cmn.h>
#include <sphinxbase/err.h>
#include <sphinxbase/feat.h>

#include <cmath>
#include <limits>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int SampleRate = 16000;
constexpr int FramesPerSecond = 100;
constexpr size_t ChunkSamples = 2048;
/// Utterance lengths (seconds) past which speech without a pause is cut; see recognize().
constexpr size_t MinSplitSeconds = 6;
/// A frame is a gap between words when its energy is below this share of the utterance's mean.
constexpr double QuietFraction = 0.02;

bool isFiller(const QString &word)
{
    return word.isEmpty() || word.startsWith(u'<') || word.startsWith(u'[') || word == u"<sil>";
}

} // namespace

struct PocketSphinxRecognizer::Decoder
{
    ps_decoder_t *decoder = nullptr;
    cmd_ln_t *config = nullptr;
    /// The cepstral mean the model starts from (-cmninit). PocketSphinx carries the mean it
    /// learns over to the next utterance, which is right within one sound but would make a
    /// recognition depend on the sound the thread's decoder heard before, so every
    /// recognition starts from this one, as pocketsphinx_continuous does on each file.
    std::vector<mfcc_t> initialMean;

    ~Decoder()
    {
        if (decoder)
            ps_free(decoder);
        if (config)
            cmd_ln_free_r(config);
    }
};

PocketSphinxRecognizer::PocketSphinxRecognizer(std::unique_ptr<Decoder> decoder)
    : m_decoder(std::move(decoder))
{}

PocketSphinxRecognizer::~PocketSphinxRecognizer() = default;

QString PocketSphinxRecognizer::modelDir()
{
    const QString fromEnvironment = qEnvironmentVariable("SPOOL_SPEECH_MODEL_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(SPOOL_SPEECH_MODEL_DIR) : fromEnvironment;
}

Result<std::unique_ptr<PocketSphinxRecognizer>> PocketSphinxRecognizer::create(const QString &dir)
{
    const QByteArray hmm = QFile::encodeName(dir + u"/en-us/en-us"_s);
    const QByteArray lm = QFile::encodeName(dir + u"/en-us/en-us.lm.bin"_s);
    const QByteArray dict = QFile::encodeName(dir + u"/en-us/cmudict-en-us.dict"_s);
    if (!QFileInfo::exists(QString::fromLocal8Bit(hmm))
        || !QFileInfo::exists(QString::fromLocal8Bit(lm))) {
        return Error{u"model_missing"_s,
                     u"no speech model in %1 (set SPOOL_SPEECH_MODEL_DIR, or install "
                     "pocketsphinx-en-us)"_s.arg(dir)};
    }
    qCDebug(lcSpeech, "loading the speech model from %ls", qUtf16Printable(dir));
    err_set_logfp(nullptr); // PocketSphinx logs to stderr otherwise
    auto decoder = std::make_unique<Decoder>();
    decoder->config = cmd_ln_init(nullptr,
                                  ps_args(),
                                  TRUE,
                                  "-hmm",
                                  hmm.constData(),
                                  "-lm",
                                  lm.constData(),
                                  "-dict",
                                  dict.constData(),
                                  "-logfn",
                                  "/dev/null",
                                  nullptr);
    if (!decoder->config)
        return Error{u"model_missing"_s, u"the speech model in %1 cannot be configured"_s.arg(dir)};
    decoder->decoder = ps_init(decoder->config);
    if (!decoder->decoder)
        return Error{u"model_missing"_s, u"the speech model in %1 cannot be loaded"_s.arg(dir)};
    cmn_t *cmn = ps_get_feat(decoder->decoder)->cmn_struct;
    decoder->initialMean.resize(size_t(cmn->veclen));
    cmn_live_get(cmn, decoder->initialMean.data());
    return std::unique_ptr<PocketSphinxRecognizer>(new PocketSphinxRecognizer(std::move(decoder)));
}

Result<PocketSphinxRecognizer *> PocketSphinxRecognizer::forThisThread()
{
    thread_local std::unique_ptr<PocketSphinxRecognizer> recognizer;
    if (!recognizer) {
        Result<std::unique_ptr<PocketSphinxRecognizer>> made = create(modelDir());
        if (!made)
            return made.error();
        recognizer = std::move(made).value();
    }
    return recognizer.get();
}

namespace {

/// The quietest 10 ms frame of `count` samples at `data`: its offset in samples and its mean
/// square.
std::pair<size_t, double> quietestFrame(const int16_t *data, size_t count)
{
    constexpr size_t Frame = SampleRate / FramesPerSecond;
    size_t best = count; // a chunk shorter than a frame is cut at its end
    double bestEnergy = std::numeric_limits<double>::max();
    for (size_t at = 0; at + Frame <= count; at += Frame) {
        double energy = 0;
        for (size_t i = at; i < at + Frame; ++i)
            energy += double(data[i]) * data[i];
        energy /= Frame;
        if (energy < bestEnergy) {
            bestEnergy = energy;
            best = at + Frame;
        }
    }
    return {best, bestEnergy};
}

double meanEnergy(const int16_t *data, size_t count)
{
    double energy = 0;
    for (size_t i = 0; i < count; ++i)
        energy += double(data[i]) * data[i];
    return count ? energy / double(count) : 0;
}

} // namespace

void PocketSphinxRecognizer::collectWords(Transcript &transcript)
{
    ps_decoder_t *ps = m_decoder->decoder;
    logmath_t *logmath = ps_get_logmath(ps);
    for (ps_seg_t *segment = ps_seg_iter(ps); segment; segment = ps_seg_next(segment)) {
        QString word = QString::fromUtf8(ps_seg_word(segment));
        // Alternative pronunciations are written "word(2)".
        static const QRegularExpression variant(u"\\(\\d+\\)$"_s);
        word.remove(variant);
        if (isFiller(word))
            continue;
        // Frames count from ps_start_stream(), so times are the sound's own across utterances.
        int startFrame = 0;
        int endFrame = 0;
        ps_seg_frames(segment, &startFrame, &endFrame);
        const double confidence = logmath_exp(logmath,
                                              ps_seg_prob(segment, nullptr, nullptr, nullptr));
        transcript.words.append({word,
                                 double(startFrame) / FramesPerSecond,
                                 double(endFrame + 1) / FramesPerSecond,
                                 qBound(0.0, confidence, 1.0)});
    }
}

Result<Transcript> PocketSphinxRecognizer::recognize(const std::vector<int16_t> &samples,
                                                     const CancelToken &cancel,
                                                     const std::function<void(double)> &progress)
{
    // The sound is cut into utterances the way pocketsphinx_continuous cuts it: an utterance
    // ends where the recogniser's own voice activity detection hears a pause. Ending one runs
    // the final searches over all of it, a step that cannot be interrupted and grows with its
    // length (about 0.05 s of work per second of speech), so speech that goes on without a pause
    // is also cut at the quietest 10 ms frame once the utterance is MinSplitSeconds long, and
    // at the latest at MaxUtteranceSeconds. Cancellation is checked between chunks of
    // ChunkSamples (128 ms, the continuous tool's read size), so it waits at most for one chunk
    // and the end of one bounded utterance, wherever it lands in a file of any length.
    ps_decoder_t *ps = m_decoder->decoder;
    cmn_live_set(ps_get_feat(ps)->cmn_struct, m_decoder->initialMean.data());
    if (ps_start_stream(ps) < 0 || ps_start_utt(ps) < 0)
        return Error{u"recognizer_failed"_s, u"the recognizer cannot start"_s};
    Transcript transcript;
    size_t utteranceStart = 0; // where the open utterance's speech began (the VAD's first word)
    bool heardSpeech = false;
    double utteranceEnergy = 0; // sum of the chunks' mean squares
    size_t utteranceChunks = 0;
    const auto endUtterance = [&](size_t at) -> bool {
        if (ps_end_utt(ps) < 0)
            return false;
        if (heardSpeech) {
            collectWords(transcript);
            transcript.utterances.append(
                {double(utteranceStart) / SampleRate, double(at) / SampleRate});
        }
        heardSpeech = false;
        utteranceEnergy = 0;
        utteranceChunks = 0;
        return ps_start_utt(ps) >= 0;
    };
    const auto feed = [&](size_t at, size_t count) -> bool {
        if (ps_process_raw(ps, samples.data() + at, count, FALSE, FALSE) < 0)
            return false;
        if (!heardSpeech && ps_get_in_speech(ps)) {
            heardSpeech = true;
            utteranceStart = at;
        }
        return true;
    };
    const Error refused{u"recognizer_failed"_s, u"the recognizer refused the audio"_s};
    size_t reported = 0;
    for (size_t at = 0; at < samples.size();) {
        if (cancel.isCancelled()) {
            ps_end_utt(ps); // bounded: the open utterance is at most MaxUtteranceSeconds
            return Error{u"cancelled"_s, u"cancelled"_s};
        }
        size_t count = std::min(ChunkSamples, samples.size() - at);
        const size_t length = at - utteranceStart;
        if (heardSpeech && length + count >= MinSplitSeconds * SampleRate) {
            // A long utterance: cut it at this chunk's quietest frame if that is quiet next to
            // the utterance so far (a gap between words), or there anyway at the limit.
            const auto [offset, energy] = quietestFrame(samples.data() + at, count);
            const bool atLimit = length + count >= MaxUtteranceSeconds * SampleRate;
            const double mean = utteranceChunks ? utteranceEnergy / utteranceChunks : 0;
            if (atLimit || energy < QuietFraction * mean) {
                if (!feed(at, offset) || !endUtterance(at + offset))
                    return refused;
                at += offset;
                count -= offset;
            }
        }
        if (count > 0) {
            if (!feed(at, count))
                return refused;
            utteranceEnergy += meanEnergy(samples.data() + at, count);
            ++utteranceChunks;
            at += count;
        }
        if (heardSpeech && !ps_get_in_speech(ps) && !endUtterance(at))
            return refused;
        if (progress && (at - reported >= SampleRate || at == samples.size())) {
            reported = at;
            progress(double(at) / double(samples.size()));
        }
    }
    if (ps_end_utt(ps) < 0)
        return refused;
    if (heardSpeech) {
        collectWords(transcript);
        transcript.utterances.append(
            {double(utteranceStart) / SampleRate, double(samples.size()) / SampleRate});
    }
    return transcript;
}

} // namespace spool
