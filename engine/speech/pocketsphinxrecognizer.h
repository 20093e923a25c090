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

    /// Recognises 16 kHz mono signed 16-bit samples, fed in one-second chunks with progress
    /// and cancellation between them. Words carry their times and a confidence (0–1).
    Result<Transcript> recognize(const std::vector<int16_t> &samples,
                                 const CancelToken &cancel,
                                 const std::function<void(double)> &progress) override;

private:
    struct Decoder;
    explicit PocketSphinxRecognizer(std::unique_ptr<Decoder> decoder);

    std::unique_ptr<Decoder> m_decoder;
};

} // namespace spool
