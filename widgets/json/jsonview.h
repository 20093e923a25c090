#pragma once

#include <QPlainTextEdit>

namespace spool {

class JsonHighlighter;

/// The JSON dock's view: the live run request, read-only, highlighted, in a fixed-width font.
/// Setting the same text again keeps the scroll position.
class JsonView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit JsonView(QWidget *parent = nullptr);

    void setJson(const QByteArray &text);

Q_SIGNALS:
    /// The view became visible (its dock was shown or raised).
    void shown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    JsonHighlighter *m_highlighter;
    QByteArray m_text;
};

} // namespace spool
