#include "seekbar.h"

#include "timecode.h"

#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QToolTip>

namespace spool {

using namespace Qt::Literals::StringLiterals;

SeekBar::SeekBar(QWidget *parent)
    : QSlider(Qt::Horizontal, parent)
{
    setMouseTracking(true);
    setRange(0, 0);
    setMinimumHeight(22);
}

void SeekBar::setChapters(const QList<Cue> &chapters)
{
    m_chapters = chapters;
    update();
}

QRect SeekBar::grooveRect() const
{
    QStyleOptionSlider option;
    initStyleOption(&option);
    const QRect handle = style()->subControlRect(QStyle::CC_Slider,
                                                 &option,
                                                 QStyle::SC_SliderHandle,
                                                 this);
    // The handle's centre travels from half a handle in to half a handle before the end.
    return QRect(handle.width() / 2, 0, width() - handle.width(), height());
}

int SeekBar::xOfTime(qint64 ms) const
{
    const QRect groove = grooveRect();
    if (maximum() <= minimum())
        return groove.left();
    return groove.left()
           + int(double(ms - minimum()) / double(maximum() - minimum()) * groove.width());
}

qint64 SeekBar::timeAtX(int x) const
{
    const QRect groove = grooveRect();
    if (groove.width() <= 0)
        return minimum();
    const double fraction = std::clamp(double(x - groove.left()) / groove.width(), 0.0, 1.0);
    return minimum() + qint64(fraction * (maximum() - minimum()));
}

int SeekBar::chapterAtX(int x) const
{
    const qint64 ms = timeAtX(x);
    for (int i = int(m_chapters.size()) - 1; i >= 0; --i) {
        if (ms >= m_chapters.at(i).startMs)
            return i;
    }
    return -1;
}

QString SeekBar::hoverText(int x) const
{
    const QString time = TimeCode::format(timeAtX(x));
    const int chapter = chapterAtX(x);
    if (chapter < 0)
        return time;
    const Cue &cue = m_chapters.at(chapter);
    return tr("%1\nChapter %2: %3 (from %4)")
        .arg(time)
        .arg(chapter + 1)
        .arg(cue.text, TimeCode::format(cue.startMs));
}

void SeekBar::paintEvent(QPaintEvent *event)
{
    QSlider::paintEvent(event);
    if (m_chapters.isEmpty() || maximum() <= minimum())
        return;
    QPainter painter(this);
    QColor mark = palette().color(QPalette::Highlight);
    painter.setPen(QPen(mark, 2));
    for (const Cue &chapter : m_chapters) {
        const int x = xOfTime(chapter.startMs);
        painter.drawLine(x, 2, x, 7);
        painter.drawLine(x, height() - 7, x, height() - 2);
    }
}

void SeekBar::mouseMoveEvent(QMouseEvent *event)
{
    QSlider::mouseMoveEvent(event);
    if (maximum() > minimum())
        QToolTip::showText(event->globalPosition().toPoint(),
                           hoverText(event->position().x()),
                           this);
}

void SeekBar::mousePressEvent(QMouseEvent *event)
{
    // A click on the groove jumps there, as media players do, not a page at a time.
    QStyleOptionSlider option;
    initStyleOption(&option);
    const QRect handle = style()->subControlRect(QStyle::CC_Slider,
                                                 &option,
                                                 QStyle::SC_SliderHandle,
                                                 this);
    if (event->button() == Qt::LeftButton && maximum() > minimum()
        && !handle.contains(event->position().toPoint())) {
        const qint64 ms = timeAtX(int(event->position().x()));
        setValue(int(ms));
        Q_EMIT sliderMoved(int(ms));
        event->accept();
        return;
    }
    QSlider::mousePressEvent(event);
}

} // namespace spool
