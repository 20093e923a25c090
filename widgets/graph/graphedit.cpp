#include "graphedit.h"

#include <QHash>
#include <QSet>

namespace spool {

namespace {

template<class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};

} // namespace

GraphEdit::GraphEdit(GraphModel *model)
    : m_model(model)
{}

NodeId GraphEdit::insert(GraphNode node, int rootIndex)
{
    if (node.id == 0)
        node.id = m_model->reserveId();
    const int index = rootIndex < 0 ? int(m_model->roots().size()) : rootIndex;
    m_model->insertNode(node, index);
    m_steps.push_back(Insert{node, index});
    return node.id;
}

void GraphEdit::take(NodeId id)
{
    const int rootIndex = m_model->indexOf(id);
    const GraphNode node = m_model->takeNode(id);
    if (node.id != 0)
        m_steps.push_back(Take{node, rootIndex});
}

void GraphEdit::connect(NodeId parent, NodeId child, int index)
{
    const int rootIndexBefore = m_model->indexOf(child);
    const int at = index < 0 ? int(m_model->children(parent).size()) : index;
    m_model->connectNodes(parent, child, at);
    if (m_model->parentOf(child) == parent)
        m_steps.push_back(Connect{parent, child, at, rootIndexBefore});
}

void GraphEdit::disconnect(NodeId child, int rootIndex)
{
    const NodeId parent = m_model->parentOf(child);
    if (parent == 0)
        return;
    const int indexBefore = m_model->indexOf(child);
    const int at = rootIndex < 0 ? int(m_model->roots().size()) : rootIndex;
    m_model->disconnectNode(child, at);
    m_steps.push_back(Disconnect{parent, child, indexBefore, at});
}

void GraphEdit::setOptions(NodeId id,
                           const std::optional<QJsonObject> &options,
                           const std::optional<KeyOrder> &order)
{
    const GraphNode *node = m_model->node(id);
    const KeyOrder after = order.value_or(node ? node->optionOrder : KeyOrder());
    if (!node || (node->options == options && node->optionOrder == after))
        return;
    const SetOptions step{id, node->options, options, node->optionOrder, after};
    m_model->setOptions(id, options, after);
    m_steps.push_back(step);
}

void GraphEdit::setMetadata(NodeId id, const std::optional<QJsonObject> &metadata)
{
    const GraphNode *node = m_model->node(id);
    if (!node || node->metadata == metadata)
        return;
    const SetMetadata step{id, node->metadata, metadata};
    m_model->setMetadata(id, metadata);
    m_steps.push_back(step);
}

void GraphEdit::setPosition(NodeId id, const QPointF &position)
{
    const GraphNode *node = m_model->node(id);
    if (!node || node->position == position)
        return;
    const SetPosition step{id, node->position, position};
    m_model->setPosition(id, position);
    m_steps.push_back(step);
}

void GraphEdit::setRequestFields(const GraphModel::RequestFields &fields)
{
    if (m_model->requestFields() == fields)
        return;
    const SetRequest step{m_model->requestFields(), fields};
    m_model->setRequestFields(fields);
    m_steps.push_back(step);
}

QList<NodeId> GraphEdit::insertTasks(const std::vector<TaskDef> &tasks,
                                     const QList<QPointF> &positions,
                                     NodeId parent)
{
    QList<NodeId> ids;
    struct Pending
    {
        const TaskDef *task;
        NodeId parent;
    };
    QList<Pending> stack;
    for (auto it = tasks.crbegin(); it != tasks.crend(); ++it)
        stack.append(Pending{&*it, parent});
    while (!stack.isEmpty()) {
        const Pending pending = stack.takeLast();
        GraphNode node = GraphNode::fromTask(*pending.task);
        if (ids.size() < positions.size())
            node.position = positions.at(ids.size());
        const NodeId id = insert(node);
        if (pending.parent != 0)
            connect(pending.parent, id);
        ids.append(id);
        const std::vector<TaskDef> &next = pending.task->next;
        for (auto it = next.crbegin(); it != next.crend(); ++it)
            stack.append(Pending{&*it, id});
    }
    return ids;
}

void GraphEdit::remove(const QList<NodeId> &ids)
{
    const QSet<NodeId> removing(ids.cbegin(), ids.cend());
    // Deepest first, so a removed node never has a removed child left.
    QList<NodeId> ordered;
    for (NodeId id : m_model->nodeIds()) {
        if (removing.contains(id))
            ordered.append(id);
    }
    for (auto it = ordered.crbegin(); it != ordered.crend(); ++it) {
        for (NodeId child : m_model->children(*it))
            disconnect(child);
        disconnect(*it);
        take(*it);
    }
}

void GraphEdit::append(const GraphEdit &later)
{
    // Index of the position and options steps already here, to fold repeats into them.
    QHash<NodeId, size_t> positions;
    QHash<NodeId, size_t> options;
    for (size_t i = 0; i < m_steps.size(); ++i) {
        if (const auto *move = std::get_if<SetPosition>(&m_steps[i]))
            positions.insert(move->id, i);
        else if (const auto *set = std::get_if<SetOptions>(&m_steps[i]))
            options.insert(set->id, i);
    }
    for (const Step &step : later.m_steps) {
        if (const auto *move = std::get_if<SetPosition>(&step);
            move && positions.contains(move->id)) {
            std::get<SetPosition>(m_steps[positions.value(move->id)]).after = move->after;
            continue;
        }
        if (const auto *set = std::get_if<SetOptions>(&step); set && options.contains(set->id)) {
            SetOptions &folded = std::get<SetOptions>(m_steps[options.value(set->id)]);
            folded.after = set->after;
            folded.orderAfter = set->orderAfter;
            // Options that were absent, given one and emptied again are absent, not {}.
            if (!folded.before && folded.after && folded.after->isEmpty()) {
                folded.after = std::nullopt;
                m_model->setOptions(folded.id, std::nullopt);
            }
            continue;
        }
        m_steps.push_back(step);
    }
}

void GraphEdit::apply(const Step &step)
{
    std::visit(Overloaded{
                   [this](const Insert &s) { m_model->insertNode(s.node, s.rootIndex); },
                   [this](const Take &s) { m_model->takeNode(s.node.id); },
                   [this](const Connect &s) { m_model->connectNodes(s.parent, s.child, s.index); },
                   [this](const Disconnect &s) { m_model->disconnectNode(s.child, s.rootIndex); },
                   [this](const SetOptions &s) { m_model->setOptions(s.id, s.after, s.orderAfter); },
                   [this](const SetMetadata &s) { m_model->setMetadata(s.id, s.after); },
                   [this](const SetPosition &s) { m_model->setPosition(s.id, s.after); },
                   [this](const SetRequest &s) { m_model->setRequestFields(s.after); },
               },
               step);
}

void GraphEdit::reverse(const Step &step)
{
    std::visit(Overloaded{
                   [this](const Insert &s) { m_model->takeNode(s.node.id); },
                   [this](const Take &s) { m_model->insertNode(s.node, s.rootIndex); },
                   [this](const Connect &s) { m_model->disconnectNode(s.child, s.rootIndexBefore); },
                   [this](const Disconnect &s) {
                       m_model->connectNodes(s.parent, s.child, s.indexBefore);
                   },
                   [this](const SetOptions &s) {
                       m_model->setOptions(s.id, s.before, s.orderBefore);
                   },
                   [this](const SetMetadata &s) { m_model->setMetadata(s.id, s.before); },
                   [this](const SetPosition &s) { m_model->setPosition(s.id, s.before); },
                   [this](const SetRequest &s) { m_model->setRequestFields(s.before); },
               },
               step);
}

bool GraphEdit::isNoOp() const
{
    for (const Step &step : m_steps) {
        const bool unchanged
            = std::visit(Overloaded{
                             [](const SetOptions &s) { return s.before == s.after; },
                             [](const SetMetadata &s) { return s.before == s.after; },
                             [](const SetPosition &s) { return s.before == s.after; },
                             [](const SetRequest &s) { return s.before == s.after; },
                             [](const auto &) { return false; },
                         },
                         step);
        if (!unchanged)
            return false;
    }
    return true;
}

void GraphEdit::undo()
{
    for (auto it = m_steps.crbegin(); it != m_steps.crend(); ++it)
        reverse(*it);
}

void GraphEdit::redo()
{
    for (const Step &step : m_steps)
        apply(step);
}

} // namespace spool
