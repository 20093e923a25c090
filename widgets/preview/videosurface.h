#pragma once

#include <QImage>
#include <QWidget>

class QVideoFrame;
class QVideoSink;

namespace spool {

/// Paints the frames a QVideoSink receives, letterboxed, with the current subtitle over them.
/// It draws the frame itself (no native video window), so it works offscreen and in
/// screenshots. Without a frame it says why (audio only, loading) instead of staying black.
class VideoSurface : public QWidget
{
    Q_OBJECT

public:
    explicit VideoSurface(QWidget *parent = nullptr);

    QVideoSink *videoSink() const { return m_sink; }
    /// The text drawn over the picture; empty: none.
    void setSubtitle(const QString &text);
    QString subtitle() const { return m_subtitle; }
    /// What is said where no frame is shown.
    void setPlaceholder(const QString &text);
    void clearFrame();

    QImage frame() const { return m_frame; }
    int framesReceived() const { return m_frames; }
    /// Where the frame is drawn, in widget coordinates.
    QRect pictureRect() const;
    QSize sizeHint() const override { return {480, 270}; }

Q_SIGNALS:
    void frameShown();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void onFrame(const QVideoFrame &frame);

    QVideoSink *m_sink;
    QImage m_frame;
    QString m_subtitle;
    QString m_placeholder;
    int m_frames = 0;
};

} // namespace spool
