#include "problemlabel.h"

#include <QEvent>

namespace spool {

using namespace Qt::Literals::StringLiterals;

ProblemLabel::ProblemLabel(QWidget *parent)
    : QLabel(parent)
{
    // Messages come from the validator and may contain "<": never read them as rich text.
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    setFont(small);
    followPalette();
    hide();
}

void ProblemLabel::setProblems(const QStringList &messages)
{
    if (messages == m_problems)
        return;
    m_problems = messages;
    setText(messages.join(u'\n'));
    setVisible(!messages.isEmpty());
}

QStringList ProblemLabel::problems() const
{
    return m_problems;
}

void ProblemLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        followPalette();
}

void ProblemLabel::followPalette()
{
    // A deep red reads well on light windows and vanishes on dark ones, where a light red is
    // needed instead. Setting the same colour again causes no new PaletteChange, so this ends.
    const bool dark = palette().color(QPalette::Window).lightnessF() < 0.5;
    const QColor red = dark ? QColor::fromHsl(0, 230, 178) : QColor::fromHsl(356, 200, 100);
    if (palette().color(QPalette::WindowText) == red)
        return;
    QPalette adjusted = palette();
    adjusted.setColor(QPalette::WindowText, red);
    adjusted.setColor(QPalette::Text, red);
    setPalette(adjusted);
}

} // namespace spool
