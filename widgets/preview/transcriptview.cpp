#include "transcriptview.h"

#include "timecode.h"

#include <QJsonArray>
#include <QMouseEvent>
#include <QTextBlock>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

qint64 millis(const QJsonValue &seconds)
{
    return qRound64(seconds.toDouble() * 1000);
}

} // namespace

TranscriptView::TranscriptView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setCursorWidth(0);
    viewport()->setCursor(Qt::PointingHandCursor);
}

std::optional<Error> TranscriptView::setTranscript(const QJsonObject &speech)
{
    const QJsonValue timeline = speech.value(u"timeline");
    if (!timeline.isArray())
        return Error{u"transcript_unreadable"_s,
                     tr("the transcript has no \"timeline\" array of timed lines"),
                     u"/timeline"_s};
    m_lines.clear();
    const QJsonArray words = speech.value(u"words").toArray();
    qsizetype nextWord = 0;
    QStringList paragraphs;
    const QJsonArray segments = timeline.toArray();
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QJsonObject segment = segments.at(i).toObject();
        Line line;
        line.startMs = millis(segment.value(u"start"));
        line.endMs = millis(segment.value(u"end"));
        const QString prefix = TimeCode::format(line.startMs) + u"  "_s;
        line.text = prefix + segment.value(u"text").toString();
        // The words of this line, found in its text in order.
        int from = int(prefix.size());
        while (nextWord < words.size()) {
            const QJsonObject word = words.at(nextWord).toObject();
            const qint64 start = millis(word.value(u"start"));
            if (start >= line.endMs && i + 1 < segments.size())
                break;
            const QString text = word.value(u"word").toString();
            const int at = int(line.text.indexOf(text, from, Qt::CaseInsensitive));
            if (at >= 0) {
                line.words.append({start, millis(word.value(u"end")), at, int(text.size())});
                from = at + int(text.size());
            }
            ++nextWord;
        }
        paragraphs.append(line.text);
        m_lines.append(line);
    }
    setPlainText(paragraphs.join(u'\n'));
    m_currentLine = -1;
    m_currentWord = -1;
    highlight();
    return std::nullopt;
}

QRect TranscriptView::lineRect(int index) const
{
    const QTextBlock block = document()->findBlockByNumber(index);
    if (!block.isValid())
        return {};
    return blockBoundingGeometry(block).translated(contentOffset()).toAlignedRect();
}

void TranscriptView::setPosition(qint64 ms)
{
    int line = -1;
    for (int i = 0; i < m_lines.size(); ++i) {
        if (ms >= m_lines.at(i).startMs)
            line = i;
    }
    // Between lines the last one stays lit only while it lasts.
    if (line >= 0 && ms > m_lines.at(line).endMs + 500)
        line = -1;
    int word = -1;
    if (line >= 0) {
        const QList<Word> &words = m_lines.at(line).words;
        for (int i = 0; i < words.size(); ++i) {
            if (ms >= words.at(i).startMs
                && ms < std::max(words.at(i).endMs, words.at(i).startMs + 1))
                word = i;
        }
    }
    if (line == m_currentLine && word == m_currentWord)
        return;
    m_currentLine = line;
    m_currentWord = word;
    highlight();
}

QString TranscriptView::currentWord() const
{
    if (m_currentLine < 0 || m_currentWord < 0)
        return {};
    const Line &line = m_lines.at(m_currentLine);
    const Word &word = line.words.at(m_currentWord);
    return line.text.mid(word.position, word.length);
}

void TranscriptView::highlight()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_currentLine >= 0) {
        const QTextBlock block = document()->findBlockByNumber(m_currentLine);
        QTextEdit::ExtraSelection line;
        line.cursor = QTextCursor(block);
        line.format.setBackground(palette().color(QPalette::AlternateBase).lightness() > 128
                                      ? palette().color(QPalette::Highlight).lighter(180)
                                      : palette().color(QPalette::Highlight).darker(200));
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections.append(line);
        if (m_currentWord >= 0) {
            const Word &word = m_lines.at(m_currentLine).words.at(m_currentWord);
            QTextEdit::ExtraSelection current;
            current.cursor = QTextCursor(block);
            current.cursor.setPosition(block.position() + word.position);
            current.cursor.setPosition(block.position() + word.position + word.length,
                                       QTextCursor::KeepAnchor);
            current.format.setBackground(palette().color(QPalette::Highlight));
            current.format.setForeground(palette().color(QPalette::HighlightedText));
            selections.append(current);
        }
        QTextCursor visible(block);
        setTextCursor(visible);
        ensureCursorVisible();
    }
    setExtraSelections(selections);
}

void TranscriptView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    const int line = cursorForPosition(event->position().toPoint()).blockNumber();
    if (line >= 0 && line < m_lines.size())
        Q_EMIT seekRequested(m_lines.at(line).startMs);
}

} // namespace spool
