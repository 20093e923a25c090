#include "validationcontroller.h"

#include <graph/graphmodel.h>
#include <graph/graphscene.h>
#include <issues/issueswidget.h>
#include <json/jsonview.h>
#include <schema/condition.h>
#include <schema/jsonpointer.h>
#include <schema/jsonwriter.h>
#include <schema/kindspec.h>
#include <schema/validator.h>

#include <QSet>

namespace spool {

using namespace Qt::Literals::StringLiterals;

namespace {

// Words of the runs JSON that keep their spelling at the start of a sentence: kinds, option
// names and values, condition properties ("nsfw is a hosted-only kind", not "Nsfw").
const QSet<QString> &schemaWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const QString &kind : KindSpec::kindNames()) {
            set.insert(kind);
            if (const KindSpec *spec = KindSpec::find(kind)) {
                for (const OptionSpec &option : spec->options) {
                    set.insert(option.name);
                    for (const QString &value : option.allowed)
                        set.insert(value);
                }
            }
        }
        for (const Condition::Property &property : Condition::properties())
            set.insert(property.name);
        return set;
    }();
    return words;
}

// The validator's messages are written to be embedded in other sentences ("cannot save:
// %1"), so they start in lower case; shown on their own they are sentences, and start with a
// capital letter unless their first word is a name from the runs JSON.
QString asSentence(QString message)
{
    if (message.isEmpty() || !message.at(0).isLower())
        return message;
    const QString firstWord = message.section(u' ', 0, 0);
    if (schemaWords().contains(firstWord))
        return message;
    message[0] = message.at(0).toUpper();
    return message;
}

// The window validates for the embedded engine too, so what only a remote endpoint can run
// is a warning (Validator::severityOf) beside the request's errors.
ValidationOptions windowOptions()
{
    ValidationOptions options;
    options.target = ValidationOptions::Target::Embedded;
    for (const QString &kind : KindSpec::kindNames()) {
        const KindSpec *spec = KindSpec::find(kind);
        if (spec && !spec->hostedOnly)
            options.engineKinds.append(kind);
    }
    return options;
}

} // namespace

QString ValidationController::whereOf(const GraphModel &model,
                                      NodeId node,
                                      const QString &pointer,
                                      const QString &rest)
{
    QStringList parts;
    QStringList tokens = JsonPointer::tokens(node != 0 ? rest : pointer);
    if (node != 0) {
        const GraphNode *task = model.node(node);
        const QString name = task && task->metadata ? task->metadata->value(u"name").toString()
                                                    : QString();
        const QString kind = task ? task->kind : QString();
        parts.append(name.isEmpty() ? kind : tr("%1 (%2)").arg(name, kind));
        // The options object is where nearly every field lives: name the field itself.
        if (!tokens.isEmpty() && tokens.constFirst() == u"options" && tokens.size() > 1)
            tokens.removeFirst();
    } else {
        //: The run request as a whole, as in "Request › metadata".
        parts.append(tr("Request"));
    }
    for (const QString &token : std::as_const(tokens)) {
        bool isIndex = false;
        const int index = token.toInt(&isIndex);
        // Items of a list are counted from 1, written after the list: "rules 2".
        if (isIndex && parts.size() > 1)
            parts.last() += u" "_s + QString::number(index + 1);
        else
            parts.append(token);
    }
    return parts.join(u" › "_s);
}

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
    const RunRequest model = m_model->toRequest();
    const QJsonObject request = model.toJson();
    static const ValidationOptions options = windowOptions();
    QList<Error> problems = Validator(options).validate(request);
    // An empty document is where everyone starts, not a mistake: the canvas and the Issues
    // dock say how to begin instead.
    if (m_model->nodeCount() == 0)
        problems.removeIf([](const Error &problem) { return problem.kind == u"tasks_empty"; });
    if (m_json && m_json->isVisible())
        m_json->setJson(JsonWriter::write(request, model.keyOrder()));
    m_issues.clear();
    QHash<NodeId, QStringList> perNode;
    QSet<NodeId> withErrors;
    for (const Error &problem : problems) {
        Issue issue{problem.kind, asSentence(problem.message), problem.path};
        issue.severity = Validator::severityOf(problem);
        QString rest;
        issue.node = m_model->nodeAtPointer(problem.path, &rest);
        const QStringList tokens = JsonPointer::tokens(rest);
        if (tokens.size() >= 2 && tokens.at(0) == u"options")
            issue.option = tokens.at(1);
        issue.where = whereOf(*m_model, issue.node, problem.path, rest);
        if (issue.node != 0) {
            perNode[issue.node].append(issue.message);
            if (issue.severity == Validator::Severity::Error)
                withErrors.insert(issue.node);
        }
        m_issues.append(issue);
    }
    QSet<NodeId> warningsOnly;
    for (auto it = perNode.cbegin(); it != perNode.cend(); ++it) {
        if (!withErrors.contains(it.key()))
            warningsOnly.insert(it.key());
    }
    m_scene->setProblems(perNode, warningsOnly);
    if (m_issuesWidget) {
        m_issuesWidget->setEmptyDocument(m_model->nodeCount() == 0);
        m_issuesWidget->setIssues(m_issues);
    }
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
