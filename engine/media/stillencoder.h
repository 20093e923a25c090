#pragma once

#include "ffmpeg.h"

#include <core/canceltoken.h>
#include <core/result.h>

#include <vector>

namespace spool {

/// Encodes one picture on a thread of its own, so that a cancel does not wait for it. Some
/// encoders take seconds over one large frame in a single call (libaom's AV1 at 3840 px) that
/// cannot be interrupted; the caller waits for the packets and looks at its cancel token every
/// 20 ms meanwhile. On a cancel it returns at once: the thread finishes the call it is in,
/// then frees the encoder and the picture itself. It owns nothing else, so the abandoned work
/// touches no file.
class StillEncoder
{
public:
    /// `encoder` is opened; the packets come out in its time base. Errors: `encoder_failed`,
    /// `cancelled`.
    static Result<std::vector<ffmpeg::Packet>> encode(ffmpeg::Codec encoder,
                                                      const AVFrame *picture,
                                                      const CancelToken &cancel,
                                                      const ffmpeg::Failure &fail);
};

} // namespace spool
