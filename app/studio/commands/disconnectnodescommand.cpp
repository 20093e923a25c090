#include "disconnectnodescommand.h"

namespace spool {

DisconnectNodesCommand::DisconnectNodesCommand(GraphModel *model, QList<NodeId> children)
    : GraphCommand(model, {})
    , m_children(std::move(children))
{
    setText(tr("Delete %n connection(s)", nullptr, int(m_children.size())));
}

void DisconnectNodesCommand::build(GraphEdit &edit)
{
    for (NodeId child : std::as_const(m_children))
        edit.disconnect(child);
}

} // namespace spool
