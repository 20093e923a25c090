#pragma once

#include <QString>

#include <optional>

namespace spool {

class OptionReader;

/// The options of an `audio` task, typed, with the defaults of the kind table applied: what
/// AudioTranscoder encodes.
struct AudioSettings
{
    QString format;
    /// Bits a second; when absent, `quality` decides.
    std::optional<qint64> bitrate;
    QString quality;
    std::optional<double> start;
    std::optional<double> end;

    static AudioSettings read(const OptionReader &options);
};

} // namespace spool
