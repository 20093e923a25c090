#include "removenodescommand.h"

namespace spool {

RemoveNodesCommand::RemoveNodesCommand(GraphModel *model, QList<NodeId> ids, const QString &text)
    : GraphCommand(model, text)
    , m_ids(std::move(ids))
{
    if (text.isEmpty())
        setText(tr("Delete %n task(s)", nullptr, int(m_ids.size())));
}

void RemoveNodesCommand::build(GraphEdit &edit)
{
    edit.remove(m_ids);
}

} // namespace spool
