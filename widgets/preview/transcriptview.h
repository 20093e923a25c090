#pragma once

#include <core/result.h>

#include <QJsonObject>
#include <QPlainTextEdit>

namespace spool {

/// A speech task's transcript as timed lines (its `timeline`), one paragraph a line. While the
/// input plays (setPosition) the current line and, from `words`, the current word are
/// highlighted and kept in view; clicking a line asks to seek there.
class TranscriptView : public QPlainTextEdit
{
    Q_OBJECT

public:
    struct Word
    {
        qint64 startMs = 0;
        qint64 endMs = 0;
        int position = 0;
        int length = 0;
    };
    struct Line
    {
        qint64 startMs = 0;
        qint64 endMs = 0;
        QString text;
        QList<Word> words;
    };

    explicit TranscriptView(QWidget *parent = nullptr);

    /// Reads a speech result (`timeline` of {start, end, text}, `words` of {word, start, end}).
    std::optional<Error> setTranscript(const QJsonObject &speech);
    const QList<Line> &lines() const { return m_lines; }
    int lineCount() const { return int(m_lines.size()); }
    /// Where line `index` is drawn in the viewport.
    QRect lineRect(int index) const;
    void setPosition(qint64 ms);
    int currentLine() const { return m_currentLine; }
    /// The word highlighted now, empty when none.
    QString currentWord() const;

Q_SIGNALS:
    void seekRequested(qint64 ms);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void highlight();

    QList<Line> m_lines;
    int m_currentLine = -1;
    int m_currentWord = -1;
};

} // namespace spool
