#pragma once

#include "ffmpeg.h"

#include <core/result.h>

#include <QString>

#include <optional>

namespace spool {

/// The demuxing end of a pipeline: an opened media file and the decoders of its streams.
///
/// Damage rule, the same for every task that reads an input (all of them read through
/// readPacket / Stream::sendPacket / Stream::receiveFrame and end with checkDamage or
/// checkReachedEnd): a unit of damage is a packet the demuxer flags corrupt or the decoder
/// refuses, a frame that cannot be received or comes out flagged corrupt or with decode
/// errors (concealed), or a read error other than the end of the file. A video stream with
/// more than VideoTolerance damaged frames, or a sound stream with more than AudioTolerance
/// damaged packets, fails with `file_corrupt` naming the file, the stream and where the damage
/// starts; a single glitch (one bad frame or a few bad audio packets) is tolerated, as players
/// do, so that real-world files with one defect still work. Sound is continuous, so time
/// missing between its packets is damage too: a demuxer that resynchronises past damaged
/// clusters (Matroska does) leaves a jump in the timestamps and no decoder error; more than
/// MaxMissingSeconds missing in all fails the same way. (Video is not judged by gaps: a
/// variable-rate video legitimately holds a frame for seconds, and damage to it shows as
/// decoder errors.) A stream cut short is the other half of the rule (checkReachedEnd).
class MediaInput
{
public:
    /// One decoded stream.
    struct Stream
    {
        AVStream *stream = nullptr;
        int index = -1;
        ffmpeg::Codec decoder;
        /// Seconds of the stream's first timestamp (often not 0): subtract it from frame times.
        double startTime = 0;

        double seconds(int64_t pts) const;
        /// The arguments of a `buffer` (video) or `abuffer` (audio) filter that takes this
        /// stream's decoded frames; frames are stamped in `timeBase`, the stream's own when
        /// not given.
        QByteArray bufferArguments(AVRational timeBase = AVRational{0, 0}) const;

        /// avcodec_send_packet, counting damage (`packet` null drains the decoder).
        int sendPacket(const AVPacket *packet);
        /// avcodec_receive_frame, counting damage.
        int receiveFrame(AVFrame *frame);

        /// Damaged units seen so far and the stream time of the first one.
        int damaged = 0;
        double firstDamage = -1;
        /// Stream time of the last packet sent, to place damage the decoder cannot date.
        double lastSeconds = 0;
        /// Sound only: seconds missing between consecutive packets, where the first gap is,
        /// and where the next packet is due (negative before the first packet and after a seek).
        double missingSeconds = 0;
        double firstGap = -1;
        double nextDue = -1;

    private:
        void noteDamage(int64_t pts);
    };

    /// Damaged frames a video stream may have before it is refused.
    static constexpr int VideoTolerance = 1;
    /// Damaged packets a sound stream may have before it is refused.
    static constexpr int AudioTolerance = 5;
    /// A jump between sound packets longer than this is time missing from the file...
    static constexpr double GapSeconds = 0.1;
    /// ...and more than this missing in all makes the sound damaged.
    static constexpr double MaxMissingSeconds = 0.5;

    static Result<std::unique_ptr<MediaInput>> open(const QString &path,
                                                    const ffmpeg::Failure &fail);

    /// Opens the decoder of the best stream of `type` (cover art is not a video). `related`
    /// picks the stream that goes with another (the sound of a video). An input without such
    /// a stream gives `input_unsupported` with `missing` as its message.
    Result<std::unique_ptr<Stream>> openStream(AVMediaType type,
                                               int threads,
                                               const QString &missing,
                                               int related = -1);

    AVFormatContext *context() const { return m_context.get(); }
    /// The container's duration in seconds, or 0 when it does not say.
    double duration() const;
    /// The damage rule of every reader of an input, in one place: a stream whose decoded
    /// frames end (`reachedSeconds`, stream time from its start) well before the end its
    /// container promises, or before `rangeEnd` when the range asked ends sooner, is truncated
    /// or damaged: `file_corrupt` naming the file and where it stops. "Well before" is more
    /// than 0.2 s and four frames of `frameSeconds`.
    std::optional<Error> checkReachedEnd(const Stream &stream,
                                         double reachedSeconds,
                                         double frameSeconds = 0,
                                         std::optional<double> rangeEnd = std::nullopt) const;
    /// av_read_frame, counting read errors other than the end of the file as damage.
    int readPacket(AVPacket *packet);
    /// The damage rule above for `stream` (read errors count for every stream).
    std::optional<Error> checkDamage(const Stream &stream) const;
    /// Seeks every stream to the keyframe at or before `seconds` of `stream`'s time; the
    /// stream's packets after it are not taken for a gap.
    void seek(Stream &stream, double seconds);

private:
    MediaInput(ffmpeg::Input context, ffmpeg::Failure fail);

    ffmpeg::Input m_context;
    ffmpeg::Failure m_fail;
    int m_readErrors = 0;
    double m_firstReadError = -1;
    double m_lastReadSeconds = 0;
};

} // namespace spool
