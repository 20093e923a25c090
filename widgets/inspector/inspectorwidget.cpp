#include "inspectorwidget.h"

#include "conditionruleeditor.h"
#include "jsonoptionseditor.h"
#include "optionfield.h"
#include "problemlabel.h"
#include "unknownoptionlist.h"

#include <common/spectext.h>
#include <schema/jsonpointer.h>
#include <schema/kindspec.h>

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

QLabel *secondaryLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

InspectorWidget::InspectorWidget(QWidget *parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_scroll(new QScrollArea(this))
{
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_pages);

    m_placeholder->setObjectName(u"inspector.placeholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(12);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_pages->addWidget(m_placeholder);

    m_scroll->setObjectName(u"inspector.scroll"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pages->addWidget(m_scroll);
    buildRequestPage();

    showSelectionSummary(0);
}

void InspectorWidget::showTask(quint32 nodeId,
                               const QString &kind,
                               const std::optional<QJsonObject> &options,
                               const QList<Error> &problems,
                               const KeyOrder &optionOrder)
{
    const bool rebuild = !m_nodeId || *m_nodeId != nodeId || kind != m_kind;
    m_nodeId = nodeId;
    m_kind = kind;
    if (rebuild)
        buildForm();
    updateForm(options, problems, optionOrder);
    m_pages->setCurrentWidget(m_scroll);
}

void InspectorWidget::showSelectionSummary(int selectedCount)
{
    if (selectedCount <= 0) {
        m_placeholder->setText(tr("Select a task to edit its options"));
    } else {
        m_placeholder->setText(tr("%n task(s) selected", nullptr, selectedCount) + u'\n'
                               + tr("Select a single task to edit its options"));
    }
    m_pages->setCurrentWidget(m_placeholder);
}

void InspectorWidget::focusOption(const QString &name)
{
    if (m_pages->currentWidget() != m_scroll)
        return;
    QWidget *target = nullptr;
    if (OptionField *field = m_fields.value(name))
        target = field->focusEditor();
    else if (m_rules)
        target = m_rules->focusProperty(name);
    else if (m_json)
        target = m_json->focusEditor();
    if (!target && m_unknown)
        target = m_unknown->focusEntry(name);
    if (target)
        m_scroll->ensureWidgetVisible(target);
}

void InspectorWidget::buildForm()
{
    if (m_formNodeId) {
        const quint32 old = *m_formNodeId;
        m_metadataDrafts.remove(old);
        m_optionsDrafts.remove(old);
        if (const std::optional<QString> draft = m_metadata ? m_metadata->draft() : std::nullopt)
            m_metadataDrafts.insert(old, *draft);
        if (const std::optional<QString> draft = m_json ? m_json->draft() : std::nullopt)
            m_optionsDrafts.insert(old, *draft);
    }
    m_formNodeId = m_nodeId;
    // The old form goes later: this may run inside a signal of one of its editors.
    if (QWidget *old = m_scroll->takeWidget()) {
        old->hide();
        old->setParent(nullptr);
        old->deleteLater();
    }
    m_fields.clear();
    m_rules = nullptr;
    m_json = nullptr;
    m_unknown = nullptr;
    m_taskProblems = nullptr;

    const quint32 nodeId = *m_nodeId;
    const KindSpec *spec = KindSpec::find(m_kind);
    auto *content = new QWidget;
    content->setObjectName(u"inspector.form"_s);
    auto *column = new QVBoxLayout(content);

    auto *title = new QLabel(m_kind, content);
    title->setObjectName(u"inspector.kind"_s);
    title->setTextFormat(Qt::PlainText);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    title->setFont(titleFont);
    column->addWidget(title);
    if (spec) {
        // The palette's heading, so that the group reads the same in both places.
        auto *group = secondaryLabel(SpecText::groupTitle(spec->group), content);
        group->setObjectName(u"inspector.group"_s);
        column->addWidget(group);
        auto *description = new QLabel(SpecText::kindDescription(*spec), content);
        description->setObjectName(u"inspector.description"_s);
        description->setTextFormat(Qt::PlainText);
        description->setWordWrap(true);
        column->addWidget(description);
    }
    if (!spec || spec->hostedOnly) {
        auto *note = new QLabel(spec ? tr("Runs on the hosted service only; the embedded engine "
                                          "refuses it")
                                     : tr("Spool does not know this kind; its options are shown "
                                          "as JSON so that nothing is lost"),
                                content);
        note->setObjectName(u"inspector.note"_s);
        note->setWordWrap(true);
        note->setMargin(6);
        note->setAutoFillBackground(true);
        note->setBackgroundRole(QPalette::AlternateBase);
        note->setForegroundRole(QPalette::Text);
        column->addWidget(note);
    }
    m_taskProblems = new ProblemLabel(content);
    m_taskProblems->setObjectName(u"inspector.problems"_s);
    column->addWidget(m_taskProblems);
    column->addSpacing(6);

    if (!spec || spec->freeFormOptions) {
        m_json = new JsonOptionsEditor(content);
        column->addWidget(m_json);
        connect(m_json,
                &JsonOptionsEditor::optionsEdited,
                this,
                [this, nodeId](const QJsonObject &options) {
                    Q_EMIT optionsReplaced(nodeId, options, KeyOrder());
                });
    } else if (spec->conditionOptions) {
        m_rules = new ConditionRuleEditor(content);
        column->addWidget(m_rules);
        connect(m_rules,
                &ConditionRuleEditor::optionsEdited,
                this,
                [this, nodeId](const QJsonObject &options, const KeyOrder &order) {
                    Q_EMIT optionsReplaced(nodeId, options, order);
                });
    } else {
        if (spec->options.isEmpty())
            column->addWidget(secondaryLabel(tr("This kind has no options."), content));
        auto *form = new QFormLayout;
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        for (const OptionSpec &option : spec->options) {
            auto *field = new OptionField(option, content);
            auto *label = new QLabel(option.required ? tr("%1 (required)").arg(option.name)
                                                     : option.name,
                                     content);
            label->setObjectName(u"label."_s + option.name);
            label->setTextFormat(Qt::PlainText);
            // The field's own parts without a tooltip fall back to the field's.
            label->setToolTip(SpecText::optionDescription(option));
            field->setToolTip(label->toolTip());
            if (option.required) {
                QFont bold = label->font();
                bold.setBold(true);
                label->setFont(bold);
            }
            form->addRow(label, field);
            m_fields.insert(option.name, field);
            connect(field,
                    &OptionField::edited,
                    this,
                    [this, nodeId](const QString &name, const QJsonValue &value) {
                        Q_EMIT optionEdited(nodeId, name, value);
                    });
        }
        column->addLayout(form);
        m_unknown = new UnknownOptionList(content);
        column->addWidget(m_unknown);
        connect(m_unknown,
                &UnknownOptionList::removalRequested,
                this,
                [this, nodeId](const QString &name) {
                    Q_EMIT optionEdited(nodeId, name, QJsonValue(QJsonValue::Undefined));
                });
    }
    auto *metadataTitle = new QLabel(tr("Metadata"), content);
    QFont bold = metadataTitle->font();
    bold.setBold(true);
    metadataTitle->setFont(bold);
    column->addSpacing(8);
    column->addWidget(metadataTitle);
    m_metadata = new JsonOptionsEditor(content);
    m_metadata->setHint(tr("Any JSON object, echoed back with the task; applied when you leave "
                           "the field or press Ctrl+Enter."));
    m_metadata->setObjectName(u"metadata"_s);
    m_metadata->setPartNames(u"metadata.json"_s);
    m_metadata->setVisibleLines(5);
    column->addWidget(m_metadata);
    connect(m_metadata,
            &JsonOptionsEditor::optionsEdited,
            this,
            [this, nodeId](const QJsonObject &metadata) {
                Q_EMIT metadataEdited(nodeId, metadata);
            });
    column->addStretch(1);
    m_scroll->setWidget(content);
    if (m_metadataDrafts.contains(nodeId))
        m_metadata->restoreDraft(m_metadataDrafts.take(nodeId));
    if (m_json && m_optionsDrafts.contains(nodeId))
        m_json->restoreDraft(m_optionsDrafts.take(nodeId));
}

void InspectorWidget::showTaskMetadata(const std::optional<QJsonObject> &metadata)
{
    if (m_metadata)
        m_metadata->setOptions(metadata);
}

void InspectorWidget::buildRequestPage()
{
    m_requestPage = new QWidget(this);
    m_requestPage->setObjectName(u"inspector.request"_s);
    auto *column = new QVBoxLayout(m_requestPage);
    auto *title = new QLabel(tr("Run request"), m_requestPage);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    title->setFont(titleFont);
    column->addWidget(title);
    column->addWidget(secondaryLabel(tr("Select a task to edit its options. These fields belong "
                                        "to the whole run."),
                                     m_requestPage));
    m_requestProblems = new ProblemLabel(m_requestPage);
    column->addWidget(m_requestProblems);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_idempotencyKey = new QLineEdit(m_requestPage);
    m_idempotencyKey->setObjectName(u"request.idempotencyKey"_s);
    m_idempotencyKey->setPlaceholderText(tr("none"));
    m_idempotencyKey->setClearButtonEnabled(true);
    m_idempotencyKey->setToolTip(tr("A second submission with the same key returns the first run "
                                    "instead of starting another."));
    form->addRow(u"idempotency_key"_s, m_idempotencyKey);
    m_idempotencyProblems = new ProblemLabel(m_requestPage);
    m_idempotencyProblems->setObjectName(u"request.idempotencyKey.problems"_s);
    form->addRow(QString(), m_idempotencyProblems);
    column->addLayout(form);
    connect(m_idempotencyKey, &QLineEdit::editingFinished, this, [this] {
        Q_EMIT idempotencyKeyEdited(m_idempotencyKey->text());
    });

    auto *metadataTitle = new QLabel(u"metadata"_s, m_requestPage);
    column->addWidget(metadataTitle);
    m_requestMetadata = new JsonOptionsEditor(m_requestPage);
    m_requestMetadata->setObjectName(u"request.metadata"_s);
    m_requestMetadata->setPartNames(u"request.metadata.json"_s);
    m_requestMetadata->setVisibleLines(8);
    m_requestMetadata->setHint(tr("Any JSON object, echoed back with the run; applied when you "
                                  "leave the field or press Ctrl+Enter."));
    column->addWidget(m_requestMetadata);
    connect(m_requestMetadata,
            &JsonOptionsEditor::optionsEdited,
            this,
            &InspectorWidget::requestMetadataEdited);
    column->addStretch(1);
    m_pages->addWidget(m_requestPage);
}

void InspectorWidget::showRequest(const std::optional<QJsonObject> &metadata,
                                  const std::optional<QString> &idempotencyKey,
                                  const QList<Error> &problems)
{
    m_nodeId.reset();
    m_kind.clear();
    m_requestMetadata->setOptions(metadata);
    if (!m_idempotencyKey->hasFocus()) {
        const QSignalBlocker blocker(m_idempotencyKey);
        m_idempotencyKey->setText(idempotencyKey.value_or(QString()));
    }
    // Each field's problems under it; the rest above the form.
    QStringList messages;
    QStringList keyProblems;
    QStringList metadataProblems;
    for (const Error &problem : problems) {
        if (problem.path == u"/idempotency_key")
            keyProblems.append(problem.message);
        else if (problem.path.startsWith(u"/metadata"))
            metadataProblems.append(problem.message);
        else
            messages.append(problem.message);
    }
    m_requestProblems->setProblems(messages);
    m_idempotencyProblems->setProblems(keyProblems);
    m_requestMetadata->setProblems(metadataProblems);
    m_pages->setCurrentWidget(m_requestPage);
}

bool InspectorWidget::hasUncommittedInput() const
{
    if (!m_metadataDrafts.isEmpty() || !m_optionsDrafts.isEmpty())
        return true;
    for (const JsonOptionsEditor *editor : {m_json.data(), m_metadata.data(), m_requestMetadata}) {
        if (editor && editor->draft())
            return true;
    }
    return false;
}

void InspectorWidget::updateForm(const std::optional<QJsonObject> &options,
                                 const QList<Error> &problems,
                                 const KeyOrder &optionOrder)
{
    const QJsonObject values = options.value_or(QJsonObject());
    QStringList taskProblems;
    QHash<QString, QStringList> optionProblems;
    QList<Error> ruleProblems;
    QStringList jsonProblems;
    for (const Error &problem : problems) {
        const QStringList tokens = JsonPointer::tokens(problem.path);
        if (tokens.size() < 2 || tokens.first() != u"options") {
            taskProblems.append(problem.message);
        } else if (m_rules) {
            ruleProblems.append(problem);
        } else if (m_json) {
            // The JSON editor has no fields to put problems under: say where each one is.
            jsonProblems.append(u"%1: %2"_s.arg(tokens.mid(1).join(u'/'), problem.message));
        } else {
            optionProblems[tokens.at(1)].append(problem.message);
        }
    }
    m_taskProblems->setProblems(taskProblems);

    if (m_rules)
        m_rules->setOptions(values, optionOrder, ruleProblems);
    if (m_json) {
        m_json->setOptions(options);
        m_json->setProblems(jsonProblems);
    }
    QJsonObject undeclared = values;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        it.value()->setValue(values.value(it.key()));
        it.value()->setProblems(optionProblems.take(it.key()));
        undeclared.remove(it.key());
    }
    if (m_unknown)
        m_unknown->setEntries(undeclared, optionProblems);
}

} // namespace spool
