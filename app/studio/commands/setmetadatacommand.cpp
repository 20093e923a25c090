#include "setmetadatacommand.h"

namespace spool {

SetMetadataCommand::SetMetadataCommand(GraphModel *model,
                                       NodeId id,
                                       const std::optional<QJsonObject> &metadata)
    : GraphCommand(model, {})
    , m_node(id)
    , m_metadata(metadata)
{
    const GraphNode *node = model->node(id);
    setText(tr("Edit %1 metadata").arg(node ? node->kind : QString()));
}

void SetMetadataCommand::build(GraphEdit &edit)
{
    edit.setMetadata(m_node, m_metadata);
}

} // namespace spool
