#include "jsonhighlighter.h"

#include <QApplication>
#include <QPalette>

namespace spool {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    const bool dark = isDark(QApplication::palette());
    m_key.setForeground(dark ? QColor(0x7c, 0xb7, 0xff) : QColor(0x1a, 0x4f, 0x9c));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(dark ? QColor(0x9c, 0xdc, 0x8c) : QColor(0x2c, 0x7a, 0x2c));
    m_number.setForeground(dark ? QColor(0xf0, 0xb0, 0x70) : QColor(0xa0, 0x52, 0x00));
    m_literal.setForeground(dark ? QColor(0xd7, 0x9c, 0xf0) : QColor(0x80, 0x30, 0xa0));
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    // One pass over the line: strings (and whether a colon follows, making them keys),
    // numbers and literals. JSON strings cannot span lines, so no state carries over.
    const qsizetype length = text.size();
    qsizetype i = 0;
    while (i < length) {
        const QChar c = text.at(i);
        if (c == u'"') {
            qsizetype end = i + 1;
            while (end < length && text.at(end) != u'"')
                end += text.at(end) == u'\\' ? 2 : 1;
            end = std::min(end + 1, length);
            qsizetype after = end;
            while (after < length && text.at(after).isSpace())
                ++after;
            const bool key = after < length && text.at(after) == u':';
            setFormat(int(i), int(end - i), key ? m_key : m_string);
            i = end;
        } else if (c.isDigit() || c == u'-') {
            qsizetype end = i + 1;
            while (end < length
                   && (text.at(end).isDigit() || text.at(end) == u'.' || text.at(end) == u'e'
                       || text.at(end) == u'E' || text.at(end) == u'+' || text.at(end) == u'-'))
                ++end;
            setFormat(int(i), int(end - i), m_number);
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i;
            while (end < length && text.at(end).isLetter())
                ++end;
            setFormat(int(i), int(end - i), m_literal);
            i = end;
        } else {
            ++i;
        }
    }
}

} // namespace spool
