#pragma once

#include "recognizer.h"

#include <functional>
#include <memory>
#include <vector>

namespace spool {

/// Offline speech recognition with PocketSphinx and its US English model. One instance holds
/// one decoder (the model loaded once, ~30 MB); it is not thread-safe: forThisThread() gives each
/// worker thread its own, loaded on first use and reused by every later task on that thread.
///
/// The model folder comes from pkg-config at build time, or `SPOOL_SPEECH_MODEL_DIR` at run
/// time; PocketSphinx's own logging is silenced.
class PocketSphinxRecognizer : public Recognizer
{
public:
    ~PocketSphinxRecognizer() override;

    static Result<std::unique_ptr<PocketSphinxRecognizer>> create(const QString &modelDir);
    /// This thread's recognizer, made on first call; an error when the model cannot load.
    static Result<PocketSphinxRecognizer *> forThisThread();
    static QString modelDir();

    /// No utterance (one search, one step that cannot be cancelled) is longer than this.
    static constexpr double MaxUtteranceSeconds = 10;

    /// Recognises 16 kHz mono signed 16-bit samples, split into utterances at pauses (and at
    /// most MaxUtteranceSeconds long), with progress and cancellation between chunks of 128 ms.
    /// Words carry their times in the sound and a confidence (0–1).
    Result<Transcript> recognize(const std::vector<int16_t> &samples,
                                 const CancelToken &cancel,
                                 const std::function<void(double)> &progress) override;

private:
    struct Decoder;
    explicit PocketSphinxRecognizer(std::unique_ptr<Decoder> decoder);
    /// Appends the words of the utterance just ended.
    void collectWords(Transcript &transcript);

    std::unique_ptr<Decoder> m_decoder;
};

} // namespace spool
