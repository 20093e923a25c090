#pragma once

#include "cue.h"
#include "mediafacts.h"

#include <QMediaPlayer>
#include <QWidget>

class QAudioOutput;
class QComboBox;
class QLabel;
class QToolButton;
class QSlider;

namespace spool {

class SeekBar;
class VideoSurface;

/// Plays one video or audio file: a picture (VideoSurface) with the run's subtitles over it,
/// play/pause, a seek bar with the chapters on it and a time readout, frame step, speed,
/// volume and mute, loop, and the keys media players use (Space, J/K/L, arrows, comma and
/// period for a frame). A file opens paused on its first frame. When Qt Multimedia cannot play
/// the file, or only part of it, the panel says which format is missing and which package
/// brings it (CodecAdvice) instead of a black picture.
class MediaPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MediaPanel(QWidget *parent = nullptr);
    ~MediaPanel() override;

    void setMedia(const MediaFacts &facts);
    const MediaFacts &media() const { return m_facts; }
    /// Subtitles drawn over the picture; `offsetMs` is subtracted from their times (a
    /// trimmed output shows the cues of its input shifted).
    void setSubtitles(const QList<Cue> &cues, qint64 offsetMs = 0);
    void setChapters(const QList<Cue> &chapters);

    QMediaPlayer *player() const { return m_player; }
    QAudioOutput *audioOutput() const { return m_audio; }
    VideoSurface *surface() const { return m_surface; }
    SeekBar *seekBar() const { return m_seek; }
    QLabel *timeLabel() const { return m_time; }
    /// The missing-codec explanation shown, empty when the file plays.
    QString problem() const { return m_problem; }

    void play();
    void pause();
    void togglePlay();
    /// Seeks to `ms` and keeps playing or paused as before.
    void seek(qint64 ms);
    /// Plays from `ms` (a click on a transcript line, a sprite tile).
    void playFrom(qint64 ms);
    /// Pauses and moves `frames` frames on (negative: back).
    void stepFrames(int frames);
    void setLooping(bool loop);
    /// The subtitle for `ms`, as the overlay shows it then.
    QString subtitleAt(qint64 ms) const;

Q_SIGNALS:
    void positionChanged(qint64 ms);
    void problemChanged(const QString &problem);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onStatus(QMediaPlayer::MediaStatus status);
    void onError(QMediaPlayer::Error error, const QString &message);
    void onPosition(qint64 ms);
    void onDuration(qint64 ms);
    void checkStreams();
    void setProblem(const QString &problem);
    void updatePlayButton();
    void updateTime();
    qint64 frameMs() const;
    void retranslate();

    MediaFacts m_facts;
    QMediaPlayer *m_player;
    QAudioOutput *m_audio;
    VideoSurface *m_surface;
    QLabel *m_problemLabel;
    SeekBar *m_seek;
    QLabel *m_time;
    QToolButton *m_playButton;
    QToolButton *m_backButton;
    QToolButton *m_forwardButton;
    QToolButton *m_loopButton;
    QToolButton *m_muteButton;
    QSlider *m_volume;
    QComboBox *m_speed;
    QList<Cue> m_subtitles;
    qint64 m_subtitleOffset = 0;
    QString m_problem;
    QString m_playerError;
    bool m_openedPaused = false;
};

} // namespace spool
