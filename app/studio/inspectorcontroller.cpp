#include "inspectorcontroller.h"

#include "document.h"
#include "setmetadatacommand.h"
#include "setoptioncommand.h"
#include "setoptionscommand.h"
#include "setrequestfieldscommand.h"
#include "validationcontroller.h"

#include <graph/graphscene.h>
#include <graph/graphview.h>
#include <graph/nodeitem.h>
#include <inspector/inspectorwidget.h>

namespace spool {

InspectorController::InspectorController(Document *document,
                                         GraphScene *scene,
                                         GraphView *view,
                                         InspectorWidget *inspector,
                                         ValidationController *validation,
                                         QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_scene(scene)
    , m_view(view)
    , m_inspector(inspector)
    , m_validation(validation)
{
    connect(scene, &QGraphicsScene::selectionChanged, this, &InspectorController::refresh);
    connect(document->model(), &GraphModel::nodeChanged, this, [this](NodeId id) {
        if (id == m_shown)
            refresh();
    });
    connect(document->model(), &GraphModel::modelReset, this, &InspectorController::refresh);
    connect(document->model(), &GraphModel::requestChanged, this, [this] {
        // The request's own fields show while no task is selected; they change only through
        // a request edit, not through the thousands of node edits of a paste or an undo.
        if (m_shown == 0 && m_document->model()->requestFields() != m_shownFields) {
            m_shownFields = m_document->model()->requestFields();
            refresh();
        }
    });
    connect(validation, &ValidationController::validated, this, &InspectorController::refresh);
    connect(inspector,
            &InspectorWidget::optionEdited,
            this,
            [this](quint32 id, const QString &name, const QJsonValue &value) {
                m_document->undoStack()->push(
                    new SetOptionCommand(m_document->model(), id, name, value));
            });
    connect(inspector,
            &InspectorWidget::optionsReplaced,
            this,
            [this](quint32 id, const QJsonObject &options, const KeyOrder &order) {
                // No order (the JSON editor has none to give): the task keeps the one it has.
                m_document->undoStack()->push(
                    new SetOptionsCommand(m_document->model(),
                                          id,
                                          options,
                                          order.isEmpty() ? std::nullopt
                                                          : std::optional<KeyOrder>(order)));
            });
    connect(inspector,
            &InspectorWidget::metadataEdited,
            this,
            [this](quint32 id, const QJsonObject &metadata) {
                m_document->undoStack()->push(
                    new SetMetadataCommand(m_document->model(),
                                           id,
                                           metadata.isEmpty() ? std::nullopt
                                                              : std::optional(metadata)));
            });
    connect(inspector,
            &InspectorWidget::requestMetadataEdited,
            this,
            [this](const QJsonObject &metadata) {
                GraphModel::RequestFields fields = m_document->model()->requestFields();
                fields.metadata = metadata.isEmpty() ? std::nullopt : std::optional(metadata);
                m_document->undoStack()->push(
                    new SetRequestFieldsCommand(m_document->model(), fields));
            });
    connect(inspector, &InspectorWidget::idempotencyKeyEdited, this, [this](const QString &key) {
        GraphModel::RequestFields fields = m_document->model()->requestFields();
        fields.idempotencyKey = key.isEmpty() ? std::nullopt : std::optional(key);
        m_document->undoStack()->push(new SetRequestFieldsCommand(m_document->model(), fields));
    });
    refresh();
}

void InspectorController::refresh()
{
    // Counted from the scene's own set of selected items rather than in document order: this
    // runs on every selection change, and deleting thousands of selected nodes changes the
    // selection once per node.
    int selectedCount = 0;
    NodeId selected = 0;
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (item->type() == NodeItem::Type) {
            ++selectedCount;
            selected = static_cast<NodeItem *>(item)->nodeId();
        }
    }
    const GraphNode *node = selectedCount == 1 ? m_document->model()->node(selected) : nullptr;
    if (!node) {
        m_shown = 0;
        if (selectedCount > 0) {
            m_inspector->showSelectionSummary(selectedCount);
            return;
        }
        const GraphModel::RequestFields &fields = m_document->model()->requestFields();
        QList<Error> problems;
        for (const Issue &issue : m_validation->issues()) {
            if (issue.node == 0)
                problems.append(Error{issue.kind, issue.message, issue.pointer});
        }
        m_inspector->showRequest(fields.metadata, fields.idempotencyKey, problems);
        return;
    }
    m_shown = node->id;
    m_inspector->showTask(node->id,
                          node->kind,
                          node->options,
                          m_validation->problemsOf(node->id),
                          node->optionOrder);
    m_inspector->showTaskMetadata(node->metadata);
}

void InspectorController::showNode(NodeId id)
{
    if (!m_document->model()->contains(id))
        return;
    m_scene->selectNodes({id});
    Q_EMIT inspectorWanted();
}

void InspectorController::showIssue(const Issue &issue)
{
    if (issue.node == 0 || !m_document->model()->contains(issue.node))
        return;
    m_scene->selectNodes({issue.node});
    if (NodeItem *item = m_scene->nodeItem(issue.node))
        m_view->ensureVisible(item, 60, 60);
    Q_EMIT inspectorWanted();
    if (!issue.option.isEmpty())
        m_inspector->focusOption(issue.option);
}

} // namespace spool
