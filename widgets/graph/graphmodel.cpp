#include "graphmodel.h"

#include <common/logging.h>
#include <schema/jsonpointer.h>
#include <schema/kindspec.h>

#include <QCoreApplication>

namespace spool {

using namespace Qt::Literals::StringLiterals;

GraphModel::GraphModel(QObject *parent)
    : QObject(parent)
{}

const GraphNode *GraphModel::node(NodeId id) const
{
    const auto it = m_nodes.constFind(id);
    return it == m_nodes.cend() ? nullptr : &*it;
}

QList<NodeId> GraphModel::children(NodeId id) const
{
    return m_links.value(id).children;
}

NodeId GraphModel::parentOf(NodeId id) const
{
    return m_links.value(id).parent;
}

int GraphModel::indexOf(NodeId id) const
{
    const NodeId parent = parentOf(id);
    return int(parent ? m_links.value(parent).children.indexOf(id) : m_roots.indexOf(id));
}

QList<NodeId> GraphModel::nodeIds() const
{
    QList<NodeId> ids;
    ids.reserve(m_nodes.size());
    for (NodeId root : m_roots)
        ids += subtree(root);
    return ids;
}

QList<NodeId> GraphModel::subtree(NodeId id) const
{
    // Iterative, so a chain of any depth is safe.
    QList<NodeId> ids;
    QList<NodeId> stack{id};
    while (!stack.isEmpty()) {
        const NodeId current = stack.takeLast();
        if (!m_nodes.contains(current))
            continue;
        ids.append(current);
        const QList<NodeId> &children = m_links[current].children;
        for (auto it = children.crbegin(); it != children.crend(); ++it)
            stack.append(*it);
    }
    return ids;
}

void GraphModel::insertNode(const GraphNode &node, int rootIndex)
{
    if (node.id == 0 || m_nodes.contains(node.id)) {
        qCWarning(lcWidgets, "GraphModel::insertNode: node %u exists already", node.id);
        return;
    }
    m_nodes.insert(node.id, node);
    m_links.insert(node.id, Links());
    m_roots.insert(rootIndex < 0 || rootIndex > m_roots.size() ? m_roots.size() : rootIndex,
                   node.id);
    m_nextId = std::max(m_nextId, node.id + 1);
    Q_EMIT nodeInserted(node.id);
    Q_EMIT requestChanged();
}

GraphNode GraphModel::takeNode(NodeId id)
{
    const Links links = m_links.value(id);
    if (!m_nodes.contains(id) || links.parent != 0 || !links.children.isEmpty()) {
        qCWarning(lcWidgets, "GraphModel::takeNode: node %u is missing or still connected", id);
        return {};
    }
    m_roots.removeOne(id);
    m_links.remove(id);
    const GraphNode node = m_nodes.take(id);
    Q_EMIT nodeRemoved(id);
    Q_EMIT requestChanged();
    return node;
}

void GraphModel::connectNodes(NodeId parent, NodeId child, int index)
{
    if (!m_nodes.contains(parent) || !m_nodes.contains(child) || parentOf(child) != 0
        || parent == child || isAncestor(child, parent)) {
        qCWarning(lcWidgets,
                  "GraphModel::connectNodes: %u -> %u would break the forest",
                  parent,
                  child);
        return;
    }
    m_roots.removeOne(child);
    QList<NodeId> &children = m_links[parent].children;
    children.insert(index < 0 || index > children.size() ? children.size() : index, child);
    m_links[child].parent = parent;
    Q_EMIT edgeAdded(parent, child);
    Q_EMIT requestChanged();
}

void GraphModel::disconnectNode(NodeId child, int rootIndex)
{
    const NodeId parent = parentOf(child);
    if (parent == 0) {
        qCWarning(lcWidgets, "GraphModel::disconnectNode: node %u has no parent", child);
        return;
    }
    m_links[parent].children.removeOne(child);
    m_links[child].parent = 0;
    m_roots.insert(rootIndex < 0 || rootIndex > m_roots.size() ? m_roots.size() : rootIndex, child);
    Q_EMIT edgeRemoved(parent, child);
    Q_EMIT requestChanged();
}

void GraphModel::setOptions(NodeId id, const std::optional<QJsonObject> &options)
{
    auto it = m_nodes.find(id);
    if (it == m_nodes.end())
        return;
    setOptions(id, options, it->optionOrder);
}

void GraphModel::setOptions(NodeId id,
                            const std::optional<QJsonObject> &options,
                            const KeyOrder &order)
{
    auto it = m_nodes.find(id);
    if (it == m_nodes.end() || (it->options == options && it->optionOrder == order))
        return;
    it->options = options;
    it->optionOrder = order;
    Q_EMIT nodeChanged(id);
    Q_EMIT requestChanged();
}

void GraphModel::setMetadata(NodeId id, const std::optional<QJsonObject> &metadata)
{
    auto it = m_nodes.find(id);
    if (it == m_nodes.end() || it->metadata == metadata)
        return;
    it->metadata = metadata;
    Q_EMIT nodeChanged(id);
    Q_EMIT requestChanged();
}

void GraphModel::setPosition(NodeId id, const QPointF &position)
{
    auto it = m_nodes.find(id);
    if (it == m_nodes.end() || it->position == position)
        return;
    it->position = position;
    Q_EMIT nodeMoved(id);
}

void GraphModel::setRequestFields(const RequestFields &fields)
{
    if (m_request == fields)
        return;
    m_request = fields;
    Q_EMIT requestChanged();
}

bool GraphModel::isAncestor(NodeId ancestor, NodeId id) const
{
    for (NodeId current = parentOf(id); current != 0; current = parentOf(current)) {
        if (current == ancestor)
            return true;
    }
    return false;
}

unsigned GraphModel::inputOf(NodeId id) const
{
    const NodeId parent = parentOf(id);
    return parent == 0 ? unsigned(KindSpec::AnyMedia) : outputOf(parent);
}

unsigned GraphModel::outputOf(NodeId id) const
{
    // From the root down, as the validator reads a request: a root gets any media, each task
    // hands on what KindSpec::outputFor() says, and a kind nobody knows may hand on anything.
    QList<NodeId> chain;
    for (NodeId current = id; current != 0; current = parentOf(current))
        chain.prepend(current);
    unsigned media = KindSpec::AnyMedia;
    for (NodeId current : std::as_const(chain)) {
        const KindSpec *spec = KindSpec::find(m_nodes.value(current).kind);
        media = spec ? spec->outputFor(media) : unsigned(KindSpec::Anything);
    }
    return media;
}

bool GraphModel::kindMayFollow(NodeId parent, QStringView kind) const
{
    const KindSpec *spec = KindSpec::find(kind);
    if (!spec || !m_nodes.contains(parent))
        return false;
    return spec->kind != u"ingest" && (spec->accepts & outputOf(parent)) != 0;
}

QString GraphModel::connectionRefusal(NodeId parent, NodeId child) const
{
    const GraphNode *from = node(parent);
    const GraphNode *to = node(child);
    if (!from || !to)
        return tr("The task no longer exists.");
    if (parent == child)
        return tr("A task cannot follow itself.");
    if (to->kind == u"ingest")
        return tr("An ingest task starts a run; nothing can lead into "
                  "it.");
    if (parentOf(child) != 0)
        return tr("%1 already follows %2; a task has one parent at "
                  "most. Delete that connection first.")
            .arg(to->kind, node(parentOf(child))->kind);
    if (isAncestor(child, parent))
        return tr("That would make a cycle: %1 comes before %2 "
                  "already.")
            .arg(to->kind, from->kind);
    const KindSpec *spec = KindSpec::find(to->kind);
    if (spec && KindSpec::find(from->kind) && (spec->accepts & outputOf(parent)) == 0)
        return tr("A %1 task cannot follow a %2 task: it does not get "
                  "the input it needs.")
            .arg(to->kind, from->kind);
    return {};
}

TaskDef GraphModel::taskOf(NodeId id, const QHash<NodeId, bool> *within) const
{
    const GraphNode &graphNode = m_nodes[id];
    TaskDef task;
    task.kind = graphNode.kind;
    task.options = graphNode.options;
    task.metadata = graphNode.metadata;
    task.extra = graphNode.extra;
    task.optionOrder = graphNode.optionOrder;
    for (NodeId child : m_links[id].children) {
        if (!within || within->contains(child))
            task.next.push_back(taskOf(child, within));
    }
    task.hasNext = graphNode.explicitNext || !task.next.empty();
    return task;
}

RunRequest GraphModel::toRequest() const
{
    RunRequest request;
    request.tasks.reserve(m_roots.size());
    for (NodeId root : m_roots)
        request.tasks.push_back(taskOf(root, nullptr));
    request.metadata = m_request.metadata;
    request.idempotencyKey = m_request.idempotencyKey;
    request.extra = m_request.extra;
    return request;
}

RunRequest GraphModel::fragment(const QList<NodeId> &ids, QList<QPointF> *positions) const
{
    QHash<NodeId, bool> within;
    for (NodeId id : ids) {
        if (m_nodes.contains(id))
            within.insert(id, true);
    }
    RunRequest request;
    for (NodeId id : nodeIds()) {
        if (!within.contains(id))
            continue;
        if (positions)
            positions->append(m_nodes[id].position);
        if (!within.contains(parentOf(id)))
            request.tasks.push_back(taskOf(id, &within));
    }
    return request;
}

NodeId GraphModel::addTask(const TaskDef &task, const QList<QPointF> &positions, int *index)
{
    GraphNode graphNode = GraphNode::fromTask(task);
    graphNode.id = m_nextId++;
    graphNode.position = *index < positions.size() ? positions.at(*index) : QPointF();
    ++*index;
    m_nodes.insert(graphNode.id, graphNode);
    Links &links = m_links[graphNode.id];
    links.children.reserve(qsizetype(task.next.size()));
    for (const TaskDef &child : task.next) {
        const NodeId childId = addTask(child, positions, index);
        m_links[childId].parent = graphNode.id;
        m_links[graphNode.id].children.append(childId);
    }
    return graphNode.id;
}

QList<NodeId> GraphModel::load(const RunRequest &request, const QList<QPointF> &positions)
{
    m_nodes.clear();
    m_links.clear();
    m_roots.clear();
    int index = 0;
    for (const TaskDef &task : request.tasks)
        m_roots.append(addTask(task, positions, &index));
    m_request = RequestFields{request.metadata, request.idempotencyKey, request.extra};
    Q_EMIT modelReset();
    Q_EMIT requestChanged();
    return nodeIds();
}

void GraphModel::clear()
{
    load(RunRequest());
}

QString GraphModel::pointerOf(NodeId id) const
{
    QList<int> indices;
    for (NodeId current = id; current != 0; current = parentOf(current))
        indices.prepend(indexOf(current));
    if (indices.isEmpty() || !m_nodes.contains(id))
        return {};
    QString pointer = JsonPointer::append(u"/tasks"_s, indices.takeFirst());
    for (int index : std::as_const(indices))
        pointer = JsonPointer::append(JsonPointer::append(pointer, u"next"), index);
    return pointer;
}

NodeId GraphModel::nodeAtPointer(QStringView pointer, QString *rest) const
{
    const QStringList tokens = JsonPointer::tokens(pointer.toString());
    if (tokens.size() < 2 || tokens.at(0) != u"tasks")
        return 0;
    bool ok = false;
    const int rootIndex = tokens.at(1).toInt(&ok);
    if (!ok || rootIndex < 0 || rootIndex >= m_roots.size())
        return 0;
    NodeId current = m_roots.at(rootIndex);
    qsizetype consumed = 2;
    while (consumed + 1 < tokens.size() && tokens.at(consumed) == u"next") {
        const QList<NodeId> &children = m_links[current].children;
        const int index = tokens.at(consumed + 1).toInt(&ok);
        if (!ok || index < 0 || index >= children.size())
            break;
        current = children.at(index);
        consumed += 2;
    }
    if (rest) {
        rest->clear();
        for (qsizetype i = consumed; i < tokens.size(); ++i)
            *rest = JsonPointer::append(*rest, tokens.at(i));
    }
    return current;
}

} // namespace spool
