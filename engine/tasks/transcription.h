#pragma once

#include <runtime/taskcontext.h>

#include <core/result.h>
#include <speech/transcript.h>

namespace spool {

/// The transcript a speech or text task works on. Under a speech task it is that task's
/// output; anywhere else it is made from the input's sound (decoded to 16 kHz mono and
/// recognised) once per input per run, in the run's ArtifactCache, however many tasks ask
/// for it; the task's log says which.
class Transcription
{
public:
    static Result<Transcript> obtain(TaskContext &context);
    /// Whether an input is a transcript made by a speech task.
    static bool isTranscript(const MediaFile &input);
};

} // namespace spool
