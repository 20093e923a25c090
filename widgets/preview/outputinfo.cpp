#include "outputinfo.h"

#include "mediafacts.h"
#include "timecode.h"

#include <QBoxLayout>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QUrl>

namespace spool {

using namespace Qt::Literals::StringLiterals;

OutputInfo::OutputInfo(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_folder(new QToolButton(this))
    , m_open(new QToolButton(this))
    , m_copy(new QToolButton(this))
{
    m_summary->setObjectName(u"probeSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folder->setIcon(QIcon::fromTheme(u"folder-open"_s));
    m_open->setIcon(QIcon::fromTheme(u"document-open"_s));
    m_copy->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    for (QToolButton *button : {m_folder, m_open, m_copy})
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_folder);
    buttons->addWidget(m_open);
    buttons->addWidget(m_copy);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    connect(m_folder, &QToolButton::clicked, this, &OutputInfo::openContainingFolder);
    connect(m_open, &QToolButton::clicked, this, &OutputInfo::openWithDefaultApplication);
    connect(m_copy, &QToolButton::clicked, this, &OutputInfo::copyPath);
    retranslate();
}

void OutputInfo::retranslate()
{
    m_folder->setText(tr("Open Containing Folder"));
    m_open->setText(tr("Open With…"));
    m_open->setToolTip(tr("Open the file in the application the desktop uses for its type"));
    m_copy->setText(tr("Copy Path"));
    rebuild();
}

void OutputInfo::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OutputInfo::setEntry(const OutputEntry &entry)
{
    m_entry = entry;
    m_path = MediaFacts::localPath(entry);
    rebuild();
}

void OutputInfo::rebuild()
{
    m_facts.clear();
    const QLocale locale;
    const QJsonObject &extra = m_entry.extra;
    const auto add = [this](const QString &label, const QString &value) {
        if (!value.isEmpty())
            m_facts.append({label, value});
    };
    add(tr("File"), QFileInfo(m_path).fileName());
    add(tr("Format"), m_entry.format.value_or(QString()));
    add(tr("Type"), m_entry.type);
    add(tr("Video"), extra.value(u"video_codec").toString());
    add(tr("Audio"), extra.value(u"audio_codec").toString());
    if (m_entry.width && m_entry.height)
        add(tr("Size"), u"%1 × %2"_s.arg(*m_entry.width).arg(*m_entry.height));
    if (extra.contains(u"fps"))
        add(tr("Frame rate"), tr("%1 fps").arg(locale.toString(extra.value(u"fps").toDouble())));
    if (m_entry.duration)
        add(tr("Duration"),
            TimeCode::format(qRound64(*m_entry.duration * 1000), TimeCode::Milliseconds));
    if (extra.contains(u"bitrate"))
        add(tr("Bit rate"),
            tr("%1 kbit/s").arg(locale.toString(extra.value(u"bitrate").toDouble() / 1000, 'f', 0)));
    if (m_entry.filesize)
        add(tr("File size"), locale.formattedDataSize(*m_entry.filesize));
    QStringList parts;
    for (const auto &[label, value] : std::as_const(m_facts))
        parts.append(u"<b>%1</b> %2"_s.arg(label.toHtmlEscaped(), value.toHtmlEscaped()));
    m_summary->setText(parts.join(u" · "_s));
    const bool local = !m_path.isEmpty();
    m_folder->setEnabled(local);
    m_open->setEnabled(local);
    m_copy->setEnabled(local);
}

void OutputInfo::copyPath()
{
    QGuiApplication::clipboard()->setText(m_path);
    Q_EMIT messageRaised(tr("Copied %1").arg(m_path));
}

bool OutputInfo::openContainingFolder()
{
    const QString folder = QFileInfo(m_path).absolutePath();
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        return true;
    Q_EMIT messageRaised(tr("The desktop could not open the folder %1").arg(folder));
    return false;
}

bool OutputInfo::openWithDefaultApplication()
{
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(m_path)))
        return true;
    Q_EMIT messageRaised(tr("No application on this desktop opens %1").arg(m_path));
    return false;
}

} // namespace spool
