#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace spool {

/// Colours JSON text: keys, strings, numbers and the literals true, false and null, in colours
/// taken from the palette so the text reads on light and dark desktops alike.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit JsonHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
};

} // namespace spool
