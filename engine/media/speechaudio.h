#pragma once

#include <core/canceltoken.h>
#include <core/result.h>

#include <QString>

#include <functional>
#include <vector>

namespace spool {

/// The sound of any input as speech recognition takes it: 16 kHz, mono, signed 16-bit,
/// resampled by libswresample (through the aresample filter).
class SpeechAudio
{
public:
    static constexpr int SampleRate = 16000;

    /// Errors: `input_unsupported` when there is no sound, `file_corrupt`, `cancelled`.
    static Result<std::vector<int16_t>> decode(const QString &path,
                                               const CancelToken &cancel,
                                               const std::function<void(double)> &progress);
};

} // namespace spool
