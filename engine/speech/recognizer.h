#pragma once

#include "transcript.h"

#include <core/canceltoken.h>
#include <core/result.h>

#include <functional>
#include <vector>

namespace spool {

/// Speech recognition: 16 kHz mono signed 16-bit samples in, words with their times out.
/// Implementations need not be thread-safe; each worker thread uses its own.
class Recognizer
{
public:
    virtual ~Recognizer() = default;

    /// Checks `cancel` and reports progress (0–1) as it goes.
    virtual Result<Transcript> recognize(const std::vector<int16_t> &samples,
                                         const CancelToken &cancel,
                                         const std::function<void(double)> &progress)
        = 0;
};

} // namespace spool
