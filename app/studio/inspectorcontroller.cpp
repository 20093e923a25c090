#include "inspectorcontroller.h"

#include "document.h"
#include "setoptioncommand.h"
#include "setoptionscommand.h"
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
            [this](quint32 id, const QJsonObject &options) {
                m_document->undoStack()->push(
                    new SetOptionsCommand(m_document->model(), id, options));
            });
    refresh();
}

void InspectorController::refresh()
{
    const QList<NodeId> selected = m_scene->selectedNodeIds();
    const GraphNode *node = selected.size() == 1 ? m_document->model()->node(selected.constFirst())
                                                 : nullptr;
    if (!node) {
        m_shown = 0;
        m_inspector->showSelectionSummary(int(selected.size()));
        return;
    }
    m_shown = node->id;
    m_inspector->showTask(node->id, node->kind, node->options, m_validation->problemsOf(node->id));
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
