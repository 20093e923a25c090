#include "mediapanel.h"

#include "codecadvice.h"
#include "cuereader.h"
#include "seekbar.h"
#include "timecode.h"
#include "videosurface.h"

#include <QAudioOutput>
#include <QBoxLayout>
#include <QComboBox>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QUrl>
#include <QVideoSink>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double Speeds[] = {0.25, 0.5, 1.0, 1.5, 2.0, 4.0};
constexpr qint64 ArrowStepMs = 5000;
constexpr qint64 JumpStepMs = 10000;

} // namespace

MediaPanel::MediaPanel(QWidget *parent)
    : QWidget(parent)
    , m_player(new QMediaPlayer(this))
    , m_audio(new QAudioOutput(this))
    , m_surface(new VideoSurface(this))
    , m_problemLabel(new QLabel(this))
    , m_seek(new SeekBar(this))
    , m_time(new QLabel(this))
    , m_playButton(new QToolButton(this))
    , m_backButton(new QToolButton(this))
    , m_forwardButton(new QToolButton(this))
    , m_loopButton(new QToolButton(this))
    , m_muteButton(new QToolButton(this))
    , m_volume(new QSlider(Qt::Horizontal, this))
    , m_speed(new QComboBox(this))
{
    setFocusPolicy(Qt::StrongFocus);
    // Without an audio output GStreamer fails audio-only files; with one, a machine without
    // a sound device still plays them (to a null sink).
    m_player->setAudioOutput(m_audio);
    m_player->setVideoOutput(m_surface->videoSink());

    m_problemLabel->setObjectName(u"codecProblem"_s);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemLabel->setAutoFillBackground(true);
    m_problemLabel->setMargin(8);
    m_problemLabel->hide();

    for (QToolButton *button :
         {m_playButton, m_backButton, m_forwardButton, m_loopButton, m_muteButton}) {
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::NoFocus);
    }
    m_backButton->setIcon(style()->standardIcon(QStyle::SP_MediaSeekBackward));
    m_forwardButton->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    m_loopButton->setCheckable(true);
    m_loopButton->setText(u"⟲"_s);
    m_muteButton->setCheckable(true);
    m_muteButton->setIcon(style()->standardIcon(QStyle::SP_MediaVolume));
    m_volume->setRange(0, 100);
    m_volume->setValue(80);
    m_volume->setMaximumWidth(90);
    m_volume->setFocusPolicy(Qt::NoFocus);
    m_audio->setVolume(0.8f);
    for (double speed : Speeds)
        m_speed->addItem(u"%1×"_s.arg(speed), speed);
    m_speed->setCurrentIndex(2);
    m_speed->setFocusPolicy(Qt::NoFocus);
    m_seek->setFocusPolicy(Qt::NoFocus);
    m_time->setObjectName(u"timeLabel"_s);
    m_time->setMinimumWidth(m_time->fontMetrics().horizontalAdvance(u"00:00:00.0 / 00:00:00.0"_s));

    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(4, 0, 4, 0);
    controls->addWidget(m_playButton);
    controls->addWidget(m_backButton);
    controls->addWidget(m_forwardButton);
    controls->addWidget(m_seek, 1);
    controls->addWidget(m_time);
    controls->addWidget(m_speed);
    controls->addWidget(m_loopButton);
    controls->addWidget(m_muteButton);
    controls->addWidget(m_volume);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_surface, 1);
    layout->addLayout(controls);

    connect(m_playButton, &QToolButton::clicked, this, &MediaPanel::togglePlay);
    connect(m_backButton, &QToolButton::clicked, this, [this] { stepFrames(-1); });
    connect(m_forwardButton, &QToolButton::clicked, this, [this] { stepFrames(1); });
    connect(m_loopButton, &QToolButton::toggled, this, &MediaPanel::setLooping);
    connect(m_muteButton, &QToolButton::toggled, m_audio, &QAudioOutput::setMuted);
    connect(m_volume, &QSlider::valueChanged, m_audio, [this](int value) {
        m_audio->setVolume(float(value) / 100.0f);
    });
    connect(m_audio, &QAudioOutput::mutedChanged, this, [this](bool muted) {
        m_muteButton->setIcon(
            style()->standardIcon(muted ? QStyle::SP_MediaVolumeMuted : QStyle::SP_MediaVolume));
    });
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this] {
        m_player->setPlaybackRate(m_speed->currentData().toDouble());
    });
    connect(m_seek, &SeekBar::sliderMoved, this, [this](int ms) { seek(ms); });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, &MediaPanel::onStatus);
    connect(m_player, &QMediaPlayer::errorOccurred, this, &MediaPanel::onError);
    connect(m_player, &QMediaPlayer::positionChanged, this, &MediaPanel::onPosition);
    connect(m_player, &QMediaPlayer::durationChanged, this, &MediaPanel::onDuration);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &MediaPanel::updatePlayButton);
    connect(m_player, &QMediaPlayer::hasVideoChanged, this, &MediaPanel::checkStreams);
    connect(m_player, &QMediaPlayer::hasAudioChanged, this, &MediaPanel::checkStreams);
    retranslate();
    updatePlayButton();
    updateTime();
}

MediaPanel::~MediaPanel()
{
    // Stop before the sink goes, so GStreamer sends no frame to a half-destroyed surface.
    m_player->stop();
}

void MediaPanel::retranslate()
{
    m_backButton->setToolTip(tr("Previous frame (comma)"));
    m_forwardButton->setToolTip(tr("Next frame (period)"));
    m_loopButton->setToolTip(tr("Loop"));
    m_muteButton->setToolTip(tr("Mute"));
    m_volume->setToolTip(tr("Volume (Up and Down)"));
    m_speed->setToolTip(tr("Playback speed (J and L)"));
    m_seek->setToolTip(QString());
    updatePlayButton();
    m_surface->setPlaceholder(m_facts.hasVideo() || m_facts.path.isEmpty()
                                  ? tr("Loading…")
                                  : tr("Audio only: %1").arg(m_facts.path.section(u'/', -1)));
}

void MediaPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MediaPanel::setMedia(const MediaFacts &facts)
{
    m_facts = facts;
    m_problem.clear();
    m_playerError.clear();
    m_problemLabel->hide();
    m_openedPaused = false;
    m_surface->clearFrame();
    retranslate();
    m_player->setSource(QUrl::fromLocalFile(facts.path));
}

void MediaPanel::setSubtitles(const QList<Cue> &cues, qint64 offsetMs)
{
    m_subtitles = cues;
    m_subtitleOffset = offsetMs;
    m_surface->setSubtitle(subtitleAt(m_player->position()));
}

void MediaPanel::setChapters(const QList<Cue> &chapters)
{
    m_seek->setChapters(chapters);
}

QString MediaPanel::subtitleAt(qint64 ms) const
{
    const int index = CueReader::cueAt(m_subtitles, ms + m_subtitleOffset);
    return index < 0 ? QString() : m_subtitles.at(index).text;
}

void MediaPanel::play()
{
    m_player->play();
}

void MediaPanel::pause()
{
    m_player->pause();
}

void MediaPanel::togglePlay()
{
    if (m_player->playbackState() == QMediaPlayer::PlayingState)
        m_player->pause();
    else
        m_player->play();
}

void MediaPanel::seek(qint64 ms)
{
    const qint64 duration = m_player->duration();
    ms = std::max<qint64>(0, duration > 0 ? std::min(ms, duration) : ms);
    m_player->setPosition(ms);
    // Shown at once, not when the pipeline reports back.
    onPosition(ms);
}

void MediaPanel::playFrom(qint64 ms)
{
    seek(ms);
    m_player->play();
}

qint64 MediaPanel::frameMs() const
{
    return m_facts.fps > 0 ? qint64(std::round(1000.0 / m_facts.fps)) : 40;
}

void MediaPanel::stepFrames(int frames)
{
    m_player->pause();
    seek(m_player->position() + frames * frameMs());
}

void MediaPanel::setLooping(bool loop)
{
    m_player->setLoops(loop ? QMediaPlayer::Infinite : QMediaPlayer::Once);
    if (m_loopButton->isChecked() != loop)
        m_loopButton->setChecked(loop);
}

void MediaPanel::keyPressEvent(QKeyEvent *event)
{
    const qint64 position = m_player->position();
    switch (event->key()) {
    case Qt::Key_Space:
        togglePlay();
        break;
    case Qt::Key_K:
        m_player->pause();
        break;
    case Qt::Key_L:
        // Faster each press while playing, as editors do; play at normal speed from paused.
        if (m_player->playbackState() == QMediaPlayer::PlayingState)
            m_speed->setCurrentIndex(std::min(m_speed->currentIndex() + 1, m_speed->count() - 1));
        else
            m_speed->setCurrentIndex(2);
        m_player->play();
        break;
    case Qt::Key_J:
        // Qt Multimedia does not play backwards: J jumps back and slows down.
        if (m_speed->currentIndex() > 2)
            m_speed->setCurrentIndex(2);
        seek(position - JumpStepMs);
        break;
    case Qt::Key_Left:
        seek(position - ArrowStepMs);
        break;
    case Qt::Key_Right:
        seek(position + ArrowStepMs);
        break;
    case Qt::Key_Up:
        m_volume->setValue(m_volume->value() + 10);
        break;
    case Qt::Key_Down:
        m_volume->setValue(m_volume->value() - 10);
        break;
    case Qt::Key_Comma:
        stepFrames(-1);
        break;
    case Qt::Key_Period:
        stepFrames(1);
        break;
    case Qt::Key_M:
        m_audio->setMuted(!m_audio->isMuted());
        m_muteButton->setChecked(m_audio->isMuted());
        break;
    case Qt::Key_Home:
        seek(0);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void MediaPanel::onStatus(QMediaPlayer::MediaStatus status)
{
    if (status == QMediaPlayer::LoadedMedia && !m_openedPaused) {
        // Paused on the first frame, so the picture is there before anyone presses play.
        m_openedPaused = true;
        m_player->pause();
    }
    if (status == QMediaPlayer::LoadedMedia || status == QMediaPlayer::BufferedMedia)
        checkStreams();
    if (status == QMediaPlayer::InvalidMedia && m_problem.isEmpty())
        setProblem(CodecAdvice::explain(m_facts.container,
                                        m_facts.videoCodec,
                                        m_facts.audioCodec,
                                        QString(),
                                        m_playerError));
}

void MediaPanel::onError(QMediaPlayer::Error error, const QString &message)
{
    if (error == QMediaPlayer::NoError)
        return;
    // GStreamer reports the missing plugin first and a generic stream error after it.
    if (m_playerError.isEmpty())
        m_playerError = message;
    setProblem(CodecAdvice::explain(m_facts.container,
                                    m_facts.videoCodec,
                                    m_facts.audioCodec,
                                    QString(),
                                    m_playerError));
}

void MediaPanel::checkStreams()
{
    const QMediaPlayer::MediaStatus status = m_player->mediaStatus();
    if (status != QMediaPlayer::LoadedMedia && status != QMediaPlayer::BufferedMedia
        && status != QMediaPlayer::BufferingMedia)
        return;
    QString part;
    if (m_facts.hasVideo() && !m_player->hasVideo())
        part = u"video"_s;
    else if (m_facts.hasAudio() && !m_player->hasAudio())
        part = u"audio"_s;
    if (part.isEmpty()) {
        if (m_playerError.isEmpty())
            setProblem(QString());
        return;
    }
    setProblem(CodecAdvice::explain(m_facts.container,
                                    m_facts.videoCodec,
                                    m_facts.audioCodec,
                                    part,
                                    m_playerError));
}

void MediaPanel::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
    if (!problem.isEmpty() && m_surface->frame().isNull())
        m_surface->setPlaceholder(problem.section(u'\n', 0, 0));
    Q_EMIT problemChanged(problem);
}

void MediaPanel::onPosition(qint64 ms)
{
    if (!m_seek->isSliderDown())
        m_seek->setValue(int(ms));
    m_surface->setSubtitle(subtitleAt(ms));
    updateTime();
    Q_EMIT positionChanged(ms);
}

void MediaPanel::onDuration(qint64 ms)
{
    m_seek->setRange(0, int(ms));
    updateTime();
}

void MediaPanel::updatePlayButton()
{
    const bool playing = m_player->playbackState() == QMediaPlayer::PlayingState;
    m_playButton->setIcon(
        style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_playButton->setToolTip(playing ? tr("Pause (Space or K)") : tr("Play (Space or L)"));
}

void MediaPanel::updateTime()
{
    m_time->setText(u"%1 / %2"_s.arg(TimeCode::format(m_player->position(), TimeCode::Tenths),
                                     TimeCode::format(m_player->duration(), TimeCode::Tenths)));
}

} // namespace spool
