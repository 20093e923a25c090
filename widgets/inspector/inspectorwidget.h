#pragma once

#include <core/error.h>
#include <schema/keyorder.h>

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QScrollArea;
class QStackedWidget;

namespace spool {

class ConditionRuleEditor;
class JsonOptionsEditor;
class OptionField;
class ProblemLabel;
class UnknownOptionList;

/// The inspector: the options of one task as a form built from its kind's KindSpec, or a calm
/// placeholder when no single task is selected. The form scrolls inside the widget.
///
/// It knows neither the graph model nor the undo stack: it shows what showTask() gives it and
/// emits edit requests, which its owner turns into undo commands before calling showTask()
/// again with the new state. Invariants: showTask() for the node and kind already shown
/// updates the editors in place (focus, cursor and open popups survive) and emits nothing; the
/// form is rebuilt only when the node or its kind changes. An edit signal carries the id of
/// the node its editor was built for, even when it arrives after another node was shown (a
/// line edit finishing as focus moves to the canvas).
class InspectorWidget : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorWidget(QWidget *parent = nullptr);

    /// Shows one task. `problems` are the validator's errors for this task with paths relative
    /// to it (`/options/width`, `/options/kind/eq`, `/kind`); each is shown where it points.
    /// `optionOrder`: the options' written key order (a conditions task's rules keep it).
    void showTask(quint32 nodeId,
                  const QString &kind,
                  const std::optional<QJsonObject> &options,
                  const QList<spool::Error> &problems,
                  const spool::KeyOrder &optionOrder = {});
    /// Shows a task's `metadata` under its options (absent: an empty editor).
    void showTaskMetadata(const std::optional<QJsonObject> &metadata);
    /// Shows the run request's own members, for when no task is selected: its `metadata` and
    /// `idempotency_key`. `problems` have paths into the request (`/metadata`).
    void showRequest(const std::optional<QJsonObject> &metadata,
                     const std::optional<QString> &idempotencyKey,
                     const QList<spool::Error> &problems);
    /// Shows the placeholder for no selected task, or for several.
    void showSelectionSummary(int selectedCount);
    /// Scrolls to the editor of an option and gives it focus; for conditions, the rule on
    /// that property. Used when the user activates a problem in the Issues list.
    void focusOption(const QString &name);
    /// Whether text typed into one of its JSON editors (a task's options or metadata, the
    /// request's metadata) is not applied: shown now or kept for a task not shown.
    bool hasUncommittedInput() const;

Q_SIGNALS:
    /// The user set an option; an undefined value means "remove it, back to the default".
    void optionEdited(quint32 nodeId, const QString &name, const QJsonValue &value);
    /// The user rewrote the whole options object (the rule editor, the JSON editor); `order`
    /// is the key order the rules are shown in (empty from the JSON editor).
    void optionsReplaced(quint32 nodeId, const QJsonObject &options, const spool::KeyOrder &order);
    /// The user rewrote a task's metadata; an empty object means "remove it".
    void metadataEdited(quint32 nodeId, const QJsonObject &metadata);
    /// The user rewrote the request's metadata; an empty object means "remove it".
    void requestMetadataEdited(const QJsonObject &metadata);
    /// The user changed the idempotency key; an empty key means "remove it".
    void idempotencyKeyEdited(const QString &key);

private:
    void buildForm();
    void buildRequestPage();
    void updateForm(const std::optional<QJsonObject> &options,
                    const QList<Error> &problems,
                    const KeyOrder &optionOrder);

    QStackedWidget *m_pages;
    QLabel *m_placeholder;
    QScrollArea *m_scroll;

    std::optional<quint32> m_nodeId;
    QString m_kind;
    // Parts of the current form; which exist depends on the kind.
    QHash<QString, OptionField *> m_fields;
    QPointer<ConditionRuleEditor> m_rules;
    QPointer<JsonOptionsEditor> m_json;
    QPointer<UnknownOptionList> m_unknown;
    QPointer<ProblemLabel> m_taskProblems;
    QPointer<JsonOptionsEditor> m_metadata;
    /// The node the current form was built for.
    std::optional<quint32> m_formNodeId;
    /// JSON typed into a task's metadata or options editor and not applied (not an object),
    /// kept while its form is away so that selecting another task loses nothing typed.
    QHash<quint32, QString> m_metadataDrafts;
    QHash<quint32, QString> m_optionsDrafts;
    // The request page.
    QWidget *m_requestPage = nullptr;
    JsonOptionsEditor *m_requestMetadata = nullptr;
    QLineEdit *m_idempotencyKey = nullptr;
    ProblemLabel *m_requestProblems = nullptr;
    ProblemLabel *m_idempotencyProblems = nullptr;
};

} // namespace spool
