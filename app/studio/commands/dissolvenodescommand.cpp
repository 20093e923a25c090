#include "dissolvenodescommand.h"

#include <QSet>

namespace spool {

DissolveNodesCommand::DissolveNodesCommand(GraphModel *model, QList<NodeId> ids)
    : GraphCommand(model, QString())
    , m_ids(std::move(ids))
{
    setText(tr("Delete %n task(s) and keep children", nullptr, int(m_ids.size())));
}

void DissolveNodesCommand::build(GraphEdit &edit)
{
    GraphModel *model = edit.model();
    const QSet<NodeId> removing(m_ids.cbegin(), m_ids.cend());
    // What takes a deleted node's place: its children that stay, and in place of a child
    // deleted too, what takes that child's place, depth first.
    const auto survivors = [&](NodeId removed) {
        QList<NodeId> kept;
        QList<NodeId> stack;
        const auto pushChildren = [&](NodeId id) {
            const QList<NodeId> children = model->children(id);
            for (auto it = children.crbegin(); it != children.crend(); ++it)
                stack.append(*it);
        };
        pushChildren(removed);
        while (!stack.isEmpty()) {
            const NodeId id = stack.takeLast();
            if (removing.contains(id))
                pushChildren(id);
            else
                kept.append(id);
        }
        return kept;
    };
    // Only the topmost deleted nodes have a place to hand on; their survivors are moved in
    // front of them, one after another, so they end up where the deleted node was.
    QList<NodeId> topmost;
    for (NodeId id : model->nodeIds()) {
        if (removing.contains(id) && !removing.contains(model->parentOf(id)))
            topmost.append(id);
    }
    for (NodeId removed : std::as_const(topmost)) {
        const NodeId ancestor = model->parentOf(removed);
        for (NodeId child : survivors(removed)) {
            if (ancestor == 0) {
                edit.disconnect(child, model->indexOf(removed));
            } else {
                edit.disconnect(child);
                edit.connect(ancestor, child, model->indexOf(removed));
            }
        }
    }
    edit.remove(m_ids);
}

} // namespace spool
