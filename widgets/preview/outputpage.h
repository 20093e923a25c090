#pragma once

#include <schema/run.h>

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace spool {

class CueListView;
class ImageView;
class JsonPreview;
class MediaPanel;
class OutputInfo;
class SpriteSheetView;
class SummaryView;
class TranscriptView;

/// The preview of one output of one task: the view its kind needs (a player, a picture, a
/// sprite sheet with the input's player, a rendition ladder with a player, a transcript or
/// cue list beside the input's player, a summary, JSON), joined to the run's other outputs
/// for the same input (subtitles over the picture, chapters on the seek bar), above the
/// output's probe and its file actions. Parts the kind does not use are null.
class OutputPage : public QWidget
{
    Q_OBJECT

public:
    enum class Kind {
        Video,
        Audio,
        Image,
        Sprite,
        Adaptive,
        Speech,
        Subtitles,
        Chapters,
        ThumbnailCues,
        Summary,
        Outline,
        Json,
        Unsupported
    };

    /// What preview an output gets, from its entry and the task that made it.
    static Kind kindOf(const Task &task, const OutputEntry &entry);

    OutputPage(const Run &run, const Task &task, int outputIndex, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    /// Why the output cannot be shown (a missing or unreadable file), empty when it is.
    QString problem() const { return m_problem; }

    MediaPanel *media() const { return m_media; }
    ImageView *image() const { return m_image; }
    SpriteSheetView *sprite() const { return m_sprite; }
    TranscriptView *transcript() const { return m_transcript; }
    CueListView *cueList() const { return m_cues; }
    JsonPreview *json() const { return m_json; }
    SummaryView *summary() const { return m_summary; }
    QTreeWidget *ladder() const { return m_ladder; }
    OutputInfo *info() const { return m_info; }
    QLabel *imageFacts() const { return m_imageFacts; }

Q_SIGNALS:
    void messageRaised(const QString &message);

private:
    QWidget *buildMedia(const OutputEntry &entry);
    QWidget *buildImage(const QString &path);
    QWidget *buildSprite(const Task &task, const QString &path);
    QWidget *buildAdaptive(const OutputEntry &entry, const QString &path);
    QWidget *buildSpeech(const Task &task, const QString &path);
    QWidget *buildCues(const Task &task, const QString &path);
    QWidget *buildResult(const Task &task, const QString &path);
    QWidget *buildJson(const QString &path);
    /// A player on the media the task read, or null (with the reason kept) when there is none.
    MediaPanel *inputPlayer(const Task &task);
    QWidget *problemLabel(const QString &text);
    void addCompanions(const Task &task, MediaPanel *panel, double offsetSeconds);
    QByteArray readText(const QString &path);

    Run m_run;
    Kind m_kind;
    QString m_problem;
    MediaPanel *m_media = nullptr;
    ImageView *m_image = nullptr;
    SpriteSheetView *m_sprite = nullptr;
    TranscriptView *m_transcript = nullptr;
    CueListView *m_cues = nullptr;
    JsonPreview *m_json = nullptr;
    SummaryView *m_summary = nullptr;
    QTreeWidget *m_ladder = nullptr;
    QLabel *m_imageFacts = nullptr;
    OutputInfo *m_info;
};

} // namespace spool
