#include "outputpage.h"

#include "cuelistview.h"
#include "cuereader.h"
#include "imageloader.h"
#include "imageview.h"
#include "jsonpreview.h"
#include "mediafacts.h"
#include "mediapanel.h"
#include "outputinfo.h"
#include "renditionladder.h"
#include "runcompanions.h"
#include "spritesheetview.h"
#include "summaryview.h"
#include "transcriptview.h"

#include <QBoxLayout>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

/// FFmpeg's codec names for the RFC 6381 codec tags of an HLS playlist.
QString codecOfTag(const QString &codecs, bool video)
{
    for (const QString &tag : codecs.split(u',', Qt::SkipEmptyParts)) {
        const QString name = tag.trimmed().section(u'.', 0, 0).toLower();
        if (video && (name == u"avc1" || name == u"avc3"))
            return u"h264"_s;
        if (video && (name == u"hvc1" || name == u"hev1"))
            return u"hevc"_s;
        if (video && name == u"vp09")
            return u"vp9"_s;
        if (video && name == u"av01")
            return u"av1"_s;
        if (!video && name == u"mp4a")
            return u"aac"_s;
        if (!video && name == u"opus")
            return u"opus"_s;
    }
    return {};
}

bool isImageSuffix(const QString &suffix)
{
    return QImageReader::supportedImageFormats().contains(suffix.toLatin1()) || suffix == u"avif"
           || suffix == u"webp";
}

} // namespace

OutputPage::Kind OutputPage::kindOf(const Task &task, const OutputEntry &entry)
{
    const QString path = MediaFacts::localPath(entry);
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString format = entry.format.value_or(suffix).toLower();
    const QString media = entry.extra.value(u"media_kind").toString();
    if (format == u"hls" || suffix == u"m3u8")
        return Kind::Adaptive;
    if (entry.kind == u"source") {
        if (media == u"image" || (media.isEmpty() && isImageSuffix(suffix)))
            return task.kind == u"thumbnails" ? Kind::Sprite : Kind::Image;
        if (media == u"audio")
            return Kind::Audio;
        if (media == u"video")
            return entry.extra.value(u"video_codec").toString().isEmpty() ? Kind::Audio
                                                                          : Kind::Video;
    }
    if (format == u"vtt" || format == u"srt" || suffix == u"vtt" || suffix == u"srt") {
        if (task.kind == u"thumbnails")
            return Kind::ThumbnailCues;
        return task.kind == u"chapters" ? Kind::Chapters : Kind::Subtitles;
    }
    if (format == u"json" || suffix == u"json" || entry.type == u"application/json") {
        if (task.kind == u"speech")
            return Kind::Speech;
        if (task.kind == u"summary")
            return Kind::Summary;
        if (task.kind == u"outline")
            return Kind::Outline;
        return Kind::Json;
    }
    if (isImageSuffix(suffix))
        return Kind::Image;
    return Kind::Unsupported;
}

OutputPage::OutputPage(const Run &run, const Task &task, int outputIndex, QWidget *parent)
    : QWidget(parent)
    , m_run(run)
    , m_info(new OutputInfo(this))
{
    const OutputEntry entry = task.outputs.value(outputIndex);
    m_kind = kindOf(task, entry);
    m_info->setEntry(entry);
    connect(m_info, &OutputInfo::messageRaised, this, &OutputPage::messageRaised);
    const QString path = MediaFacts::localPath(entry);

    QWidget *view = nullptr;
    if (path.isEmpty())
        view = problemLabel(tr("This output is not a local file (%1); Spool previews files "
                               "on this computer.")
                                .arg(entry.url));
    else if (!QFileInfo::exists(path))
        view = problemLabel(tr("The file %1 is not there any more (moved or deleted).").arg(path));
    else {
        switch (m_kind) {
        case Kind::Video:
        case Kind::Audio:
            view = buildMedia(entry);
            addCompanions(task, m_media, RunCompanions::trimStart(task));
            break;
        case Kind::Image:
            view = buildImage(path);
            break;
        case Kind::Sprite:
            view = buildSprite(task, path);
            break;
        case Kind::Adaptive:
            view = buildAdaptive(entry, path);
            break;
        case Kind::Speech:
            view = buildSpeech(task, path);
            break;
        case Kind::Subtitles:
        case Kind::Chapters:
        case Kind::ThumbnailCues:
            view = buildCues(task, path);
            break;
        case Kind::Summary:
        case Kind::Outline:
            view = buildResult(task, path);
            break;
        case Kind::Json:
            view = buildJson(path);
            break;
        case Kind::Unsupported:
            view = problemLabel(
                tr("Spool has no preview for %1 files; open it with another "
                   "application.")
                    .arg(entry.type.isEmpty() ? QFileInfo(path).suffix() : entry.type));
            break;
        }
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(view, 1);
    layout->addWidget(m_info);
}

QWidget *OutputPage::problemLabel(const QString &text)
{
    if (m_problem.isEmpty())
        m_problem = text;
    auto *label = new QLabel(text, this);
    label->setObjectName(u"previewProblem"_s);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setMargin(16);
    return label;
}

QByteArray OutputPage::readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problem = tr("Cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    return file.readAll();
}

QWidget *OutputPage::buildMedia(const OutputEntry &entry)
{
    m_media = new MediaPanel(this);
    m_media->setMedia(MediaFacts::fromEntry(entry));
    return m_media;
}

void OutputPage::addCompanions(const Task &task, MediaPanel *panel, double offsetSeconds)
{
    if (!panel)
        return;
    const RunCompanions companions(m_run);
    const qint64 offset = qRound64(offsetSeconds * 1000);
    if (const std::optional<OutputEntry> subtitles = companions.sibling(task, u"subtitles"_s)) {
        if (const Result<QList<Cue>> cues = CueReader::readFile(MediaFacts::localPath(*subtitles)))
            panel->setSubtitles(*cues, offset);
    }
    if (const std::optional<OutputEntry> chapters = companions.sibling(task, u"chapters"_s)) {
        if (Result<QList<Cue>> cues = CueReader::readFile(MediaFacts::localPath(*chapters))) {
            QList<Cue> shifted = *cues;
            for (Cue &cue : shifted) {
                cue.startMs -= offset;
                cue.endMs -= offset;
            }
            panel->setChapters(shifted);
        }
    }
}

MediaPanel *OutputPage::inputPlayer(const Task &task)
{
    const RunCompanions companions(m_run);
    const std::optional<OutputEntry> input = companions.inputMedia(task);
    if (!input || !QFileInfo::exists(MediaFacts::localPath(*input)))
        return nullptr;
    auto *panel = new MediaPanel(this);
    panel->setMedia(MediaFacts::fromEntry(*input));
    addCompanions(task, panel, 0);
    m_media = panel;
    return panel;
}

QWidget *OutputPage::buildImage(const QString &path)
{
    const Result<QImage> image = ImageLoader::load(path);
    if (!image)
        return problemLabel(image.error().message);
    auto *page = new QWidget(this);
    m_image = new ImageView(page);
    m_image->setImage(*image);
    auto *fit = new QToolButton(page);
    fit->setText(tr("Fit"));
    auto *actual = new QToolButton(page);
    actual->setText(tr("100 %"));
    auto *zoom = new QLabel(page);
    m_imageFacts = new QLabel(page);
    m_imageFacts->setObjectName(u"imageFacts"_s);
    const QString format = QString::fromLatin1(QImageReader(path).format().toUpper());
    m_imageFacts->setText(
        tr("%1 × %2 pixels, %3%4")
            .arg(image->width())
            .arg(image->height())
            .arg(format.isEmpty() ? QFileInfo(path).suffix().toUpper() : format)
            .arg(image->hasAlphaChannel() ? tr(", with transparency") : QString()));
    connect(fit, &QToolButton::clicked, m_image, &ImageView::fit);
    connect(actual, &QToolButton::clicked, m_image, &ImageView::actualSize);
    const auto showZoom = [zoom](double value) {
        zoom->setText(QLocale().toString(value * 100, 'f', 0) + u" %"_s);
    };
    connect(m_image, &ImageView::zoomChanged, zoom, showZoom);
    showZoom(m_image->zoom());
    auto *bar = new QHBoxLayout;
    bar->addWidget(fit);
    bar->addWidget(actual);
    bar->addWidget(zoom);
    bar->addStretch(1);
    bar->addWidget(m_imageFacts);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_image, 1);
    return page;
}

QWidget *OutputPage::buildSprite(const Task &task, const QString &path)
{
    const Result<QImage> image = ImageLoader::load(path);
    if (!image)
        return problemLabel(image.error().message);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_sprite = new SpriteSheetView(splitter);
    m_sprite->setImage(*image);
    // The cues are the task's WebVTT track.
    for (const OutputEntry &other : task.outputs) {
        const QString cuesPath = MediaFacts::localPath(other);
        if (other.format.value_or(QString()) != u"vtt" && !cuesPath.endsWith(u".vtt"_s))
            continue;
        Result<QList<Cue>> cues = CueReader::readFile(cuesPath);
        if (cues)
            m_sprite->setCues(*cues);
        else
            m_problem = cues.error().message;
        break;
    }
    splitter->addWidget(m_sprite);
    if (MediaPanel *player = inputPlayer(task)) {
        splitter->addWidget(player);
        connect(m_sprite, &SpriteSheetView::tileActivated, player, &MediaPanel::playFrom);
    }
    return splitter;
}

QWidget *OutputPage::buildAdaptive(const OutputEntry &entry, const QString &path)
{
    const Result<QList<RenditionLadder::Rendition>> ladder = RenditionLadder::read(path);
    if (!ladder)
        return problemLabel(ladder.error().message);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_ladder = new QTreeWidget(splitter);
    m_ladder->setRootIsDecorated(false);
    m_ladder->setHeaderLabels({tr("Resolution"), tr("Bandwidth"), tr("Codecs"), tr("Playlist")});
    m_ladder->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    const QLocale locale;
    for (const RenditionLadder::Rendition &rendition : *ladder) {
        auto *item = new QTreeWidgetItem(
            {u"%1 × %2"_s.arg(rendition.resolution.width()).arg(rendition.resolution.height()),
             tr("%1 kbit/s").arg(locale.toString(double(rendition.bandwidth) / 1000, 'f', 0)),
             rendition.codecs,
             QDir(QFileInfo(path).absolutePath()).relativeFilePath(rendition.playlist)});
        item->setData(0, Qt::UserRole, rendition.playlist);
        item->setData(1, Qt::UserRole, rendition.codecs);
        m_ladder->addTopLevelItem(item);
    }
    m_media = new MediaPanel(splitter);
    const double duration = entry.duration.value_or(0);
    const auto playRendition = [this, duration](QTreeWidgetItem *item) {
        if (!item)
            return;
        MediaFacts facts;
        facts.path = item->data(0, Qt::UserRole).toString();
        facts.container = u"hls"_s;
        facts.videoCodec = codecOfTag(item->data(1, Qt::UserRole).toString(), true);
        facts.audioCodec = codecOfTag(item->data(1, Qt::UserRole).toString(), false);
        facts.duration = duration;
        m_media->setMedia(facts);
    };
    connect(m_ladder, &QTreeWidget::currentItemChanged, m_media, playRendition);
    splitter->addWidget(m_ladder);
    splitter->addWidget(m_media);
    splitter->setStretchFactor(1, 3);
    if (m_ladder->topLevelItemCount() > 0)
        m_ladder->setCurrentItem(m_ladder->topLevelItem(0));
    return splitter;
}

QWidget *OutputPage::buildSpeech(const Task &task, const QString &path)
{
    const QByteArray text = readText(path);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return buildJson(path);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_transcript = new TranscriptView(splitter);
    if (const std::optional<Error> problem = m_transcript->setTranscript(document.object())) {
        delete splitter;
        m_transcript = nullptr;
        m_problem = problem->message;
        return buildJson(path);
    }
    if (MediaPanel *player = inputPlayer(task)) {
        splitter->addWidget(player);
        connect(player, &MediaPanel::positionChanged, m_transcript, &TranscriptView::setPosition);
        connect(m_transcript, &TranscriptView::seekRequested, player, &MediaPanel::seek);
    }
    splitter->addWidget(m_transcript);
    return splitter;
}

QWidget *OutputPage::buildCues(const Task &task, const QString &path)
{
    Result<QList<Cue>> cues = CueReader::readFile(path);
    if (!cues)
        return problemLabel(cues.error().message);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_cues = new CueListView(splitter);
    m_cues->setCues(*cues);
    if (MediaPanel *player = inputPlayer(task)) {
        // This very track over the picture or on the seek bar, whatever else the run made.
        if (m_kind == Kind::Subtitles)
            player->setSubtitles(*cues);
        else if (m_kind == Kind::Chapters)
            player->setChapters(*cues);
        splitter->insertWidget(0, player);
        connect(player, &MediaPanel::positionChanged, m_cues, &CueListView::setPosition);
        connect(m_cues, &CueListView::seekRequested, player, &MediaPanel::seek);
    }
    return splitter;
}

QWidget *OutputPage::buildResult(const Task &task, const QString &path)
{
    const QByteArray text = readText(path);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return buildJson(path);
    auto *tabs = new QTabWidget(this);
    m_summary = new SummaryView(tabs);
    m_summary->setResult(document.object());
    tabs->addTab(m_summary, m_kind == Kind::Outline ? tr("Outline") : tr("Summary"));
    m_json = new JsonPreview(tabs);
    m_json->setJson(text);
    tabs->addTab(m_json, tr("JSON"));
    // An outline's sections are times in the input: a player to jump through it.
    MediaPanel *player = m_kind == Kind::Outline ? inputPlayer(task) : nullptr;
    if (!player)
        return tabs;
    connect(m_summary, &SummaryView::seekRequested, player, &MediaPanel::playFrom);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(player);
    splitter->addWidget(tabs);
    return splitter;
}

QWidget *OutputPage::buildJson(const QString &path)
{
    m_json = new JsonPreview(this);
    m_json->setJson(readText(path));
    return m_json;
}

} // namespace spool
