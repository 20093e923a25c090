#include "pocketsphinxrecognizer.h"

#include <QByteArray>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <pocketsphinx.h>
#include <sphinxbase/err.h>

#include <cmath>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int SampleRate = 16000;
constexpr int FramesPerSecond = 100;

bool isFiller(const QString &word)
{
    return word.isEmpty() || word.startsWith(u'<') || word.startsWith(u'[') || word == u"<sil>";
}

} // namespace

struct PocketSphinxRecognizer::Decoder
{
    ps_decoder_t *decoder = nullptr;
    cmd_ln_t *config = nullptr;

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

Result<Transcript> PocketSphinxRecognizer::recognize(const std::vector<int16_t> &samples,
                                                     const CancelToken &cancel,
                                                     const std::function<void(double)> &progress)
{
    ps_decoder_t *ps = m_decoder->decoder;
    if (ps_start_utt(ps) < 0)
        return Error{u"recognizer_failed"_s, u"the recognizer cannot start"_s};
    const size_t chunk = SampleRate;
    for (size_t at = 0; at < samples.size(); at += chunk) {
        if (cancel.isCancelled()) {
            ps_end_utt(ps);
            return Error{u"cancelled"_s, u"cancelled"_s};
        }
        const size_t count = std::min(chunk, samples.size() - at);
        if (ps_process_raw(ps, samples.data() + at, count, FALSE, FALSE) < 0) {
            ps_end_utt(ps);
            return Error{u"recognizer_failed"_s, u"the recognizer refused the audio"_s};
        }
        if (progress)
            progress(double(at + count) / double(samples.size()));
    }
    ps_end_utt(ps);

    Transcript transcript;
    logmath_t *logmath = ps_get_logmath(ps);
    for (ps_seg_t *segment = ps_seg_iter(ps); segment; segment = ps_seg_next(segment)) {
        QString word = QString::fromUtf8(ps_seg_word(segment));
        // Alternative pronunciations are written "word(2)".
        static const QRegularExpression variant(u"\\(\\d+\\)$"_s);
        word.remove(variant);
        if (isFiller(word))
            continue;
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
    return transcript;
}

} // namespace spool
