#include "movenodescommand.h"

namespace spool {

namespace {
constexpr int MoveCommandId = 1;
}

MoveNodesCommand::MoveNodesCommand(GraphModel *model,
                                   QHash<NodeId, QPointF> positions,
                                   int dragId,
                                   const QString &text)
    : GraphCommand(model, text)
    , m_positions(std::move(positions))
    , m_dragId(dragId)
{
    if (text.isEmpty())
        setText(tr("Move %n task(s)", nullptr, int(m_positions.size())));
}

int MoveNodesCommand::id() const
{
    return m_dragId == 0 ? -1 : MoveCommandId;
}

bool MoveNodesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *later = static_cast<const MoveNodesCommand *>(other);
    if (later->m_dragId != m_dragId)
        return false;
    absorb(*later);
    return true;
}

void MoveNodesCommand::build(GraphEdit &edit)
{
    // In document order, so replaying is deterministic.
    for (NodeId id : edit.model()->nodeIds()) {
        const auto it = m_positions.constFind(id);
        if (it != m_positions.cend())
            edit.setPosition(id, *it);
    }
}

} // namespace spool
