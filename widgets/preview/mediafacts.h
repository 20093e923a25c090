#pragma once

#include <schema/outputentry.h>

#include <QString>

namespace spool {

/// What the probe says of a media file the preview plays: its container and codecs (to
/// explain a missing decoder), whether it has a picture and a sound, its frame rate (for a
/// frame step) and its duration.
struct MediaFacts
{
    QString path;
    QString container;
    QString videoCodec;
    QString audioCodec;
    double fps = 0;
    double duration = 0;
    int width = 0;
    int height = 0;

    bool hasVideo() const { return !videoCodec.isEmpty(); }
    bool hasAudio() const { return !audioCodec.isEmpty(); }
    /// From an output entry (spec §3, with Spool's probe fields in `extra`).
    static MediaFacts fromEntry(const OutputEntry &entry);
    /// The local path of an entry's url (`file:///...` or a plain path); empty for others.
    static QString localPath(const OutputEntry &entry);
};

} // namespace spool
