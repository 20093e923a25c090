#include "jsonview.h"

#include "jsonhighlighter.h"

#include <QFontDatabase>
#include <QScrollBar>

namespace spool {

JsonView::JsonView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new JsonHighlighter(document()))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
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
    m_text = text;
    const int scroll = verticalScrollBar()->value();
    setPlainText(QString::fromUtf8(text));
    verticalScrollBar()->setValue(scroll);
}

} // namespace spool
