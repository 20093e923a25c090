#include "runheader.h"

#include <common/statusstyle.h>

#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

namespace spool {

RunHeader::RunHeader(QWidget *parent)
    : QWidget(parent)
    , m_id(new QLabel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_elapsed(new QLabel(this))
    , m_input(new QLabel(this))
    , m_copy(new QToolButton(this))
    , m_folder(new QToolButton(this))
    , m_tick(new QTimer(this))
{
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_input->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_input->setMinimumWidth(40);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_progress->setFormat(tr("%p %"));
    QFont bold = m_id->font();
    bold.setBold(true);
    m_id->setFont(bold);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    // Two rows, so the dock can share the bottom of a 1280-pixel window with the timeline:
    // what the run is and how far it got above, where it came from and what to do below.
    layout->addWidget(m_id, 0, 0);
    layout->addWidget(m_status, 0, 1);
    layout->addWidget(m_progress, 0, 2);
    layout->addWidget(m_elapsed, 0, 3);
    layout->addWidget(m_input, 1, 0, 1, 4);
    layout->addWidget(m_copy, 1, 5);
    layout->addWidget(m_folder, 1, 6);
    layout->setColumnStretch(4, 1);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &RunHeader::updateElapsed);
    clear();
}

void RunHeader::clear()
{
    m_id->setText(tr("No run"));
    m_status->clear();
    m_status->setPixmap({});
    m_progress->setValue(0);
    m_elapsed->clear();
    m_input->clear();
    m_createdAt.reset();
    m_finishedAt.reset();
    m_tick->stop();
    m_copy->setEnabled(false);
    m_folder->setEnabled(false);
}

void RunHeader::setRun(const Run &run)
{
    const Status status = run.lifecycle.status();
    m_id->setText(run.id);
    m_status->setText(StatusStyle::name(status));
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, StatusStyle::color(status));
    m_status->setPalette(palette);
    setProgress(status == Status::Succeeded ? 100 : run.progress);
    m_createdAt = run.lifecycle.createdAt();
    m_finishedAt = run.lifecycle.finishedAt();
    m_copy->setEnabled(true);
    m_folder->setEnabled(true);
    if (isTerminal(status))
        m_tick->stop();
    else if (!m_tick->isActive())
        m_tick->start();
    updateElapsed();
}

void RunHeader::setProgress(int percent)
{
    m_progress->setValue(qBound(0, percent, 100));
}

void RunHeader::setInput(const QString &input)
{
    m_input->setText(input.isEmpty() ? QString() : tr("Input: %1").arg(input));
    m_input->setToolTip(input);
}

void RunHeader::updateElapsed()
{
    if (!m_createdAt) {
        m_elapsed->clear();
        return;
    }
    const qint64 end = m_finishedAt.value_or(QDateTime::currentSecsSinceEpoch());
    m_elapsed->setText(tr("Elapsed: %1").arg(StatusStyle::duration(end - *m_createdAt)));
}

QString RunHeader::runIdText() const
{
    return m_id->text();
}

QString RunHeader::statusText() const
{
    return m_status->text();
}

QString RunHeader::elapsedText() const
{
    return m_elapsed->text();
}

QString RunHeader::inputText() const
{
    return m_input->text();
}

int RunHeader::progress() const
{
    return m_progress->value();
}

} // namespace spool
