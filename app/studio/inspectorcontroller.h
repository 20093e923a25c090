#pragma once

#include <graph/graphmodel.h>
#include <graph/graphnode.h>
#include <issues/issue.h>

#include <QObject>

namespace spool {

class Document;
class GraphScene;
class GraphView;
class InspectorWidget;
class ValidationController;

/// Keeps the inspector on the selected task: it shows the task's options and problems, follows
/// every change of the task (undo included), and turns the inspector's edits into undo
/// commands. Activating an issue selects its task, brings it into view and focuses the field.
class InspectorController : public QObject
{
    Q_OBJECT

public:
    InspectorController(Document *document,
                        GraphScene *scene,
                        GraphView *view,
                        InspectorWidget *inspector,
                        ValidationController *validation,
                        QObject *parent = nullptr);

    /// The task the inspector shows, or 0.
    NodeId shownNode() const { return m_shown; }
    void showIssue(const Issue &issue);
    /// Selects a task and brings the inspector to the front (a double-click on the node).
    void showNode(NodeId id);

Q_SIGNALS:
    /// The inspector should be brought to the front (its dock raised).
    void inspectorWanted();

private:
    void refresh();

    Document *m_document;
    GraphScene *m_scene;
    GraphView *m_view;
    InspectorWidget *m_inspector;
    ValidationController *m_validation;
    NodeId m_shown = 0;
    GraphModel::RequestFields m_shownFields;
};

} // namespace spool
