#include "jsonoptionseditor.h"

#include "problemlabel.h"

#include <schema/jsonreader.h>
#include <schema/jsonwriter.h>

#include <QFontDatabase>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTextDocument>
#include <QVBoxLayout>

namespace spool {

using namespace Qt::Literals::StringLiterals;

JsonOptionsEditor::JsonOptionsEditor(QWidget *parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
    , m_error(new ProblemLabel(this))
    , m_problems(new ProblemLabel(this))
{
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);

    m_hint = new QLabel(tr("Options as a JSON object; applied when you leave the field or "
                           "press Ctrl+Enter."),
                        this);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    column->addWidget(m_hint);

    m_text->setObjectName(u"options.json"_s);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(u"{ }"_s);
    m_text->installEventFilter(this);
    column->addWidget(m_text);

    m_error->setObjectName(u"options.json.error"_s);
    column->addWidget(m_error);
    m_problems->setObjectName(u"options.json.problems"_s);
    column->addWidget(m_problems);
}

void JsonOptionsEditor::setOptions(const std::optional<QJsonObject> &options)
{
    m_options = options;
    // Text the user changed and has not applied yet (invalid JSON included) is theirs to keep.
    if (m_text->document()->isModified())
        return;
    const QJsonObject object = options.value_or(QJsonObject());
    const QString current = m_text->toPlainText();
    if (current.trimmed().isEmpty() && object.isEmpty())
        return;
    // The same object written differently keeps its text, so a round trip through the owner
    // moves neither the user's formatting nor the cursor.
    const Result<QJsonValue> said = JsonReader::read(current.toUtf8());
    if (said && said->isObject() && said->toObject() == object)
        return;
    const QSignalBlocker blocker(m_text);
    m_text->setPlainText(options ? QString::fromUtf8(JsonWriter::write(object)) : QString());
    m_text->document()->setModified(false);
    m_error->setProblems({});
}

std::optional<QString> JsonOptionsEditor::draft() const
{
    if (!m_text->document()->isModified())
        return std::nullopt;
    return m_text->toPlainText();
}

void JsonOptionsEditor::restoreDraft(const QString &text)
{
    const QSignalBlocker blocker(m_text);
    m_text->setPlainText(text);
    m_text->document()->setModified(true);
    parse();
}

void JsonOptionsEditor::setProblems(const QStringList &messages)
{
    m_problems->setProblems(messages);
}

void JsonOptionsEditor::setPartNames(const QString &name)
{
    m_text->setObjectName(name);
    m_error->setObjectName(name + u".error"_s);
    m_problems->setObjectName(name + u".problems"_s);
}

void JsonOptionsEditor::setHint(const QString &hint)
{
    m_hint->setText(hint);
}

void JsonOptionsEditor::setVisibleLines(int lines)
{
    const QFontMetrics metrics(m_text->font());
    m_text->setFixedHeight(metrics.lineSpacing() * lines + 2 * m_text->frameWidth()
                           + int(m_text->document()->documentMargin() * 2));
}

QWidget *JsonOptionsEditor::focusEditor()
{
    m_text->setFocus(Qt::OtherFocusReason);
    return m_text;
}

bool JsonOptionsEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text) {
        if (event->type() == QEvent::FocusOut) {
            commit();
        } else if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
            if (enter && key->modifiers().testFlag(Qt::ControlModifier)) {
                commit();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

std::optional<QJsonObject> JsonOptionsEditor::parse()
{
    const QString text = m_text->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_error->setProblems({});
        return QJsonObject();
    }
    const Result<QJsonValue> read = JsonReader::read(text.toUtf8());
    if (!read) {
        const Error &error = read.error();
        m_error->setProblems({error.line > 0 ? tr("Not valid JSON at line %1, column %2: %3")
                                                   .arg(error.line)
                                                   .arg(error.column)
                                                   .arg(error.message)
                                             : tr("Not valid JSON: %1").arg(error.message)});
        return std::nullopt;
    }
    if (!read->isObject()) {
        m_error->setProblems({tr("The options must be a JSON object, such as "
                                 "{\"format\": \"mp4\"}.")});
        return std::nullopt;
    }
    m_error->setProblems({});
    return read->toObject();
}

void JsonOptionsEditor::commit()
{
    const std::optional<QJsonObject> options = parse();
    if (!options)
        return;
    m_text->document()->setModified(false);
    if (*options == m_options.value_or(QJsonObject()))
        return;
    m_options = options;
    Q_EMIT optionsEdited(*options);
}

} // namespace spool
