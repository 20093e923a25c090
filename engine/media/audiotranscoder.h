#pragma once

#include "audiosettings.h"

#include <core/canceltoken.h>
#include <core/error.h>

#include <QString>

#include <functional>
#include <optional>

namespace spool {

/// Extracts and re-encodes the sound of a media file with the FFmpeg libraries: demux, decode,
/// a filter graph (trim, resample, channel layout and sample format for the encoder), encode,
/// mux. Progress comes from the decoded timestamps; cancellation is checked between packets.
class AudioTranscoder
{
public:
    /// The output formats and what they are made of.
    struct Format
    {
        QString name;      ///< the option value: mp3, aac, wav, ogg, flac
        QString extension; ///< of the file written
        QString mimetype;
        const char *muxer;
        const char *encoder;
    };
    static std::optional<Format> format(const QString &name);

    /// What to encode, read from the audio task's options (AudioSettings::read).
    using Settings = AudioSettings;

    /// The bitrate a quality level stands for, for lossy formats: very_low 64 kb/s, low
    /// 96 kb/s, medium 128 kb/s, high 192 kb/s, very_high 256 kb/s.
    static qint64 bitrateForQuality(const QString &quality);

    /// Writes the sound of `input` to `output`. Errors: `input_unsupported` (no sound),
    /// `file_corrupt`, `format_unsupported`, `encoder_failed`, `file_unwritable`, `cancelled`;
    /// each message names the file and the step.
    static std::optional<Error> transcode(const QString &input,
                                          const QString &output,
                                          const Settings &settings,
                                          const CancelToken &cancel,
                                          const std::function<void(double)> &progress);
};

} // namespace spool
