#pragma once

#include <runtime/taskcontext.h>
#include <runtime/taskoutcome.h>

#include <core/result.h>

#include <QStringList>

#include <optional>

namespace spool {

/// What the media executors (audio, image, video, thumbnails, adaptive_video) share: the
/// checks of their input before they are queued, and the hand-over of a file they made.
class MediaTask
{
public:
    /// Seconds an `end` may pass the input's probed duration.
    static constexpr double RangeSlack = 0.05;

    /// The input must exist, be of one of `kinds` ("video", "audio", "image"; "sound" means
    /// any input with an audio stream), and `start` and `end` must fall inside it (an error
    /// about an option has its pointer in the task as path: `/options/end`). `task` names the
    /// task kind in messages.
    static std::optional<Error> checkInput(const QString &task,
                                           const QStringList &kinds,
                                           const QJsonObject &options,
                                           const std::optional<MediaFile> &input);

    /// Probes the file written at `partial` and makes the outcome that puts it in place as
    /// `name`: the output entry and the primary file the next tasks get. `still` marks an
    /// image, which has no duration.
    static Result<TaskOutcome> deliver(TaskContext &context,
                                       const QString &partial,
                                       const QString &name,
                                       const QString &mimetype,
                                       const QString &format,
                                       bool still = false);

    /// Writes `content` as `name` (under a temporary name until the task finishes) and makes
    /// the outcome with its entry: `entryKind` is track or intelligence.
    static Result<TaskOutcome> deliverText(TaskContext &context,
                                           const QString &name,
                                           const QByteArray &content,
                                           const QString &entryKind,
                                           const QString &mimetype,
                                           const QString &format);
};

} // namespace spool
