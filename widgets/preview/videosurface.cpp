#include "videosurface.h"

#include <QPainter>
#include <QPainterPath>
#include <QVideoFrame>
#include <QVideoSink>

namespace spool {

VideoSurface::VideoSurface(QWidget *parent)
    : QWidget(parent)
    , m_sink(new QVideoSink(this))
{
    setMinimumSize(160, 90);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &VideoSurface::onFrame);
}

void VideoSurface::onFrame(const QVideoFrame &frame)
{
    // The end of a stream sends an invalid frame: the last picture stays.
    if (!frame.isValid())
        return;
    m_frame = frame.toImage();
    ++m_frames;
    update();
    Q_EMIT frameShown();
}

void VideoSurface::setSubtitle(const QString &text)
{
    if (text == m_subtitle)
        return;
    m_subtitle = text;
    update();
}

void VideoSurface::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    update();
}

void VideoSurface::clearFrame()
{
    m_frame = QImage();
    m_frames = 0;
    update();
}

QRect VideoSurface::pictureRect() const
{
    if (m_frame.isNull())
        return rect();
    const QSize size = m_frame.size().scaled(this->size(), Qt::KeepAspectRatio);
    return QRect(QPoint((width() - size.width()) / 2, (height() - size.height()) / 2), size);
}

void VideoSurface::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(16, 16, 16));
    const QRect picture = pictureRect();
    if (!m_frame.isNull()) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(picture, m_frame);
    } else if (!m_placeholder.isEmpty()) {
        painter.setPen(QColor(200, 200, 200));
        painter.drawText(rect().adjusted(12, 12, -12, -12),
                         Qt::AlignCenter | Qt::TextWordWrap,
                         m_placeholder);
    }
    if (m_subtitle.isEmpty())
        return;
    // Subtitles as players draw them: white on a translucent band, near the bottom.
    QFont font = painter.font();
    font.setPixelSize(std::clamp(picture.height() / 16, 12, 40));
    font.setBold(true);
    painter.setFont(font);
    const QRect area = picture.adjusted(picture.width() / 20,
                                        0,
                                        -picture.width() / 20,
                                        -picture.height() / 16);
    QRect bounds = painter.boundingRect(area,
                                        Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap,
                                        m_subtitle);
    bounds.adjust(-8, -4, 8, 4);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 160));
    painter.drawRoundedRect(bounds, 4, 4);
    painter.setPen(Qt::white);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, m_subtitle);
}

} // namespace spool
