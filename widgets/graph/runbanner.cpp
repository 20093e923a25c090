#include "runbanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace spool {

RunBanner::RunBanner(QWidget *canvasViewport)
    : QFrame(canvasViewport)
    , m_label(new QLabel(this))
    , m_button(new QPushButton(this))
{
    setObjectName(QStringLiteral("runBanner"));
    // Palette roles only: the tooltip colours read as a note on light and dark desktops.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_label->setForegroundRole(QPalette::ToolTipText);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 6, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, &RunBanner::editCopyRequested);
    retranslate();
    canvasViewport->installEventFilter(this);
    place();
}

void RunBanner::setMessage(const QString &message)
{
    m_label->setText(message);
    place();
}

QString RunBanner::message() const
{
    return m_label->text();
}

bool RunBanner::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::Resize)
        place();
    return QFrame::eventFilter(watched, event);
}

void RunBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void RunBanner::retranslate()
{
    m_label->setText(tr("A run is live: the workflow is read-only until it ends."));
    m_button->setText(tr("Edit a Copy"));
    m_button->setToolTip(
        tr("Make an editable, untitled copy of this workflow; the run goes on in the Run dock."));
}

void RunBanner::place()
{
    const QWidget *viewport = parentWidget();
    if (!viewport)
        return;
    const int width = qMin(viewport->width() - 16, qMax(sizeHint().width(), 360));
    resize(qMax(width, 0), sizeHint().height());
    move((viewport->width() - this->width()) / 2, 8);
    raise();
}

} // namespace spool
