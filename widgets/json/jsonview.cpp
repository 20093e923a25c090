#include "jsonview.h"

#include "jsonhighlighter.h"

#include <QFontDatabase>
#include <QScrollBar>
#include <QTextCursor>

namespace spool {

JsonView::JsonView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new JsonHighlighter(document()))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    document()->setUndoRedoEnabled(false);
}

void JsonView::showEvent(QShowEvent *event)
{
    QPlainTextEdit::showEvent(event);
    Q_EMIT shown();
}

void JsonView::setJson(const QByteArray &text)
{
    if (text == m_text)
        return;
    const QString before = toPlainText();
    const QString after = QString::fromUtf8(text);
    m_text = text;
    const int scroll = verticalScrollBar()->value();
    if (before.isEmpty()) {
        setPlainText(after);
    } else {
        // Replace only what changed between the common start and the common end, so the
        // highlighter recolours a few lines instead of the whole request (an edit of one
        // option in a request of thousands of tasks changes one line).
        qsizetype prefix = 0;
        const qsizetype shorter = std::min(before.size(), after.size());
        while (prefix < shorter && before.at(prefix) == after.at(prefix))
            ++prefix;
        qsizetype suffix = 0;
        while (suffix < shorter - prefix
               && before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
            ++suffix;
        QTextCursor cursor(document());
        cursor.setPosition(int(prefix));
        cursor.setPosition(int(before.size() - suffix), QTextCursor::KeepAnchor);
        cursor.insertText(after.mid(prefix, after.size() - prefix - suffix));
    }
    verticalScrollBar()->setValue(scroll);
}

} // namespace spool
