#include "connectnodescommand.h"

namespace spool {

ConnectNodesCommand::ConnectNodesCommand(GraphModel *model, NodeId parent, NodeId child)
    : GraphCommand(model, {})
    , m_parent(parent)
    , m_child(child)
{
    const GraphNode *from = model->node(parent);
    const GraphNode *to = model->node(child);
    setText(tr("Connect %1 to %2").arg(from ? from->kind : QString(), to ? to->kind : QString()));
}

void ConnectNodesCommand::build(GraphEdit &edit)
{
    if (edit.model()->connectionRefusal(m_parent, m_child).isEmpty())
        edit.connect(m_parent, m_child);
}

} // namespace spool
