#pragma once

#include <core/result.h>

#include <QImage>

namespace spool {

/// Reads a picture for the preview: with Qt's image plugins where they read the format, and
/// otherwise (AVIF, which Qt 6.4 on Debian has no plugin for) decoded by the engine's FFmpeg
/// image maker into a lossless PNG first.
class ImageLoader
{
public:
    static Result<QImage> load(const QString &path);
};

} // namespace spool
