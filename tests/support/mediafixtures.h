#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace spool::test {

/// Small media files made at test time with the ffmpeg command line (lavfi sources), and
/// damaged ones made from them. Each returns the file's path, or an empty string (with the
/// reason in lastError()) when ffmpeg failed.
class MediaFixtures
{
public:
    explicit MediaFixtures(QString dir);

    /// testsrc2 video with a sine tone, H.264/AAC in mp4.
    QString video(const QString &name = QStringLiteral("clip.mp4"),
                  int width = 320,
                  int height = 240,
                  double seconds = 1.0);
    QString audio(const QString &name = QStringLiteral("tone.mp3"), double seconds = 1.0);
    QString image(const QString &name = QStringLiteral("picture.png"),
                  int width = 160,
                  int height = 120);
    QString empty(const QString &name = QStringLiteral("empty.mp4"));
    QString randomBytes(const QString &name = QStringLiteral("random.mp4"), int size = 4096);
    /// The first `bytes` of another file.
    QString truncated(const QString &source, const QString &name, qint64 bytes);

    /// A video without any sound track.
    QString silentVideo(const QString &name = QStringLiteral("mute.mp4"), double seconds = 1.0);

    /// The ffmpeg command line with `arguments` (inputs, codecs, format) before the output path.
    QString custom(const QString &name, const QStringList &arguments);

    QString lastError() const { return m_lastError; }

    /// What the ffprobe command line says of a file (`-show_format -show_streams` as JSON): an
    /// oracle independent of Spool's own probe.
    static QJsonObject ffprobe(const QString &path);
    /// The frames of each video stream of a file, counted by decoding them
    /// (`ffprobe -count_frames`), in stream order; HLS playlists give one per rendition.
    static QList<int> videoFrameCounts(const QString &path);
    /// An image's pixels as RGB24, decoded by the ffmpeg command line; width and height too.
    static QByteArray pixels(const QString &path, int *width, int *height);

private:
    QString ffmpeg(const QString &name, const QStringList &arguments);

    QString m_dir;
    QString m_lastError;
};

} // namespace spool::test
