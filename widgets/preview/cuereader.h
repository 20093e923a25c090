#pragma once

#include "cue.h"

#include <core/result.h>

#include <QByteArray>

namespace spool {

/// Reads the cues of a WebVTT (`WEBVTT` header, `00:00:01.000 --> 00:00:02.000`) or SubRip
/// (numbered blocks, `00:00:01,000 --> 00:00:02,000`) track, in the order written. A block
/// whose timing line does not read is an error naming its line; a file without any cue is not.
class CueReader
{
public:
    static Result<QList<Cue>> read(const QByteArray &text);
    static Result<QList<Cue>> readFile(const QString &path);
    /// `hh:mm:ss.mmm`, `mm:ss.mmm` or with a comma (SubRip); -1 when it does not read.
    static qint64 parseTime(QStringView text);
    /// The cue active at `ms` (the last one to start when they overlap), or -1.
    static int cueAt(const QList<Cue> &cues, qint64 ms);
};

} // namespace spool
