#pragma once

#include <schema/run.h>

#include <QString>

namespace spool::test {

/// One finished run that made every kind of output the preview shows, from a talk made at
/// test time (flite speech over testsrc2, H.264/AAC in MP4): video in mp4/webm/mov, images in
/// png/jpeg/webp/avif, a thumbnails sprite sheet, audio in mp3/aac/wav/ogg/flac, HLS, a
/// transcript with VTT and SRT subtitles, chapters, an outline and a summary. It is made once
/// per build of the test binary and shared by its processes (ctest runs each test alone).
class PreviewRun
{
public:
    /// The run; an empty Run, with the reason in error(), when it could not be made.
    static const Run &get();
    static QString error();
    /// The first task of `kind` whose options hold `format` (empty: any).
    static const Task *task(const QString &kind, const QString &format = {});
    static QString folder();
};

} // namespace spool::test
