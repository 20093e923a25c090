#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;

namespace spool {

class ProblemLabel;

/// A JSON text editor for options the editor has no form for: hosted-only kinds, whose options
/// are free-form, and kinds Spool does not know. The text is read when focus leaves it or on
/// Ctrl+Enter; text that is not a JSON object shows an inline error and emits nothing.
///
/// setOptions() never emits, and leaves the text alone while it already says the same object
/// (so the user's own formatting and cursor survive the round trip through the owner).
class JsonOptionsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit JsonOptionsEditor(QWidget *parent = nullptr);

    void setOptions(const std::optional<QJsonObject> &options);
    /// Text the user typed and has not applied yet (JSON that is not an object, or not
    /// finished), or nullopt when the text says the object shown.
    std::optional<QString> draft() const;
    /// Puts back text typed earlier and not applied, with the reason it was not (the form was
    /// rebuilt meanwhile, as when another task was selected and this one again).
    void restoreDraft(const QString &text);
    /// Problems the validator found in the options (messages only).
    void setProblems(const QStringList &messages);
    QWidget *focusEditor();
    /// Names the text field `name` and its messages `name.error` and `name.problems`
    /// ("options.json" unless set), so tests and focus can find each editor of a form.
    void setPartNames(const QString &name);
    /// Replaces the line above the text that says what it holds.
    void setHint(const QString &hint);
    /// Keeps the text field about `lines` lines tall (for small objects such as metadata).
    void setVisibleLines(int lines);

Q_SIGNALS:
    void optionsEdited(const QJsonObject &options);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// The object the text says, or nullopt (with the error shown) when it says none.
    std::optional<QJsonObject> parse();
    void commit();

    std::optional<QJsonObject> m_options;
    QLabel *m_hint;
    QPlainTextEdit *m_text;
    ProblemLabel *m_error;
    ProblemLabel *m_problems;
};

} // namespace spool
