#pragma once

#include <issues/issue.h>

#include <QHash>
#include <QObject>
#include <QTimer>

namespace spool {

class GraphModel;
class GraphScene;
class IssuesWidget;
class JsonView;

/// Derives the request the graph stands for shortly after each change (edits arrive in bursts
/// while dragging or typing, so they are batched), validates it, marks the nodes each problem
/// concerns with a badge and tooltip, lists every problem in the Issues dock, and shows the
/// request in the JSON dock while that is visible.
class ValidationController : public QObject
{
    Q_OBJECT

public:
    ValidationController(GraphModel *model,
                         GraphScene *scene,
                         IssuesWidget *issues,
                         JsonView *json,
                         QObject *parent = nullptr);

    /// Validates now rather than after the batching delay.
    void validateNow();
    const QList<Issue> &issues() const { return m_issues; }
    /// The problems of one node, with pointers relative to the task ("/options/width").
    QList<Error> problemsOf(NodeId id) const;
    /// Where a problem is, for a person: the task's name (or kind) and the field, such as
    /// "video › width" or "Request › metadata". `rest` is the pointer below the node's.
    static QString whereOf(const GraphModel &model,
                           NodeId node,
                           const QString &pointer,
                           const QString &rest);

Q_SIGNALS:
    void validated(int problemCount);

private:
    GraphModel *m_model;
    GraphScene *m_scene;
    IssuesWidget *m_issuesWidget;
    JsonView *m_json;
    QTimer m_timer;
    QList<Issue> m_issues;
};

} // namespace spool
