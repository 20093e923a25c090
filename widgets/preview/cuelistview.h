#pragma once

#include "cue.h"

#include <QTreeWidget>

namespace spool {

/// The cues of a subtitles or chapters track with their times; the cue playing now is
/// selected, and clicking one asks to seek to its start.
class CueListView : public QTreeWidget
{
    Q_OBJECT

public:
    explicit CueListView(QWidget *parent = nullptr);

    void setCues(const QList<Cue> &cues);
    const QList<Cue> &cues() const { return m_cues; }
    void setPosition(qint64 ms);
    int currentCue() const { return m_current; }

Q_SIGNALS:
    void seekRequested(qint64 ms);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QList<Cue> m_cues;
    int m_current = -1;
};

} // namespace spool
