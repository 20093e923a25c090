#include "validationcontroller.h"

#include <graph/graphmodel.h>
#include <graph/graphscene.h>
#include <issues/issueswidget.h>
#include <json/jsonview.h>
#include <schema/jsonpointer.h>
#include <schema/jsonwriter.h>
#include <schema/validator.h>

namespace spool {

using namespace Qt::Literals::StringLiterals;

ValidationController::ValidationController(
    GraphModel *model, GraphScene *scene, IssuesWidget *issues, JsonView *json, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_scene(scene)
    , m_issuesWidget(issues)
    , m_json(json)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(80);
    connect(&m_timer, &QTimer::timeout, this, &ValidationController::validateNow);
    connect(model, &GraphModel::requestChanged, &m_timer, qOverload<>(&QTimer::start));
    if (json) {
        // A hidden JSON dock is not kept up to date; it catches up when shown.
        connect(json, &JsonView::shown, this, &ValidationController::validateNow);
    }
    validateNow();
}

void ValidationController::validateNow()
{
    m_timer.stop();
    const QJsonObject request = m_model->toRequest().toJson();
    const QList<Error> problems = Validator().validate(request);
    if (m_json && m_json->isVisible())
        m_json->setJson(JsonWriter::write(request));
    m_issues.clear();
    QHash<NodeId, QStringList> perNode;
    for (const Error &problem : problems) {
        Issue issue{problem.kind, problem.message, problem.path};
        QString rest;
        issue.node = m_model->nodeAtPointer(problem.path, &rest);
        const QStringList tokens = JsonPointer::tokens(rest);
        if (tokens.size() >= 2 && tokens.at(0) == u"options")
            issue.option = tokens.at(1);
        if (issue.node != 0)
            perNode[issue.node].append(problem.message);
        m_issues.append(issue);
    }
    m_scene->setProblems(perNode);
    if (m_issuesWidget)
        m_issuesWidget->setIssues(m_issues);
    Q_EMIT validated(int(m_issues.size()));
}

QList<Error> ValidationController::problemsOf(NodeId id) const
{
    QList<Error> problems;
    const QString base = m_model->pointerOf(id);
    for (const Issue &issue : m_issues) {
        if (issue.node == id)
            problems.append(Error{issue.kind, issue.message, issue.pointer.mid(base.size())});
    }
    return problems;
}

} // namespace spool
