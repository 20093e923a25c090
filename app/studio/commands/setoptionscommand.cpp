#include "setoptionscommand.h"

namespace spool {

SetOptionsCommand::SetOptionsCommand(GraphModel *model,
                                     NodeId id,
                                     const std::optional<QJsonObject> &options,
                                     const std::optional<KeyOrder> &order)
    : GraphCommand(model, {})
    , m_node(id)
    , m_options(options)
    , m_order(order)
{
    const GraphNode *node = model->node(id);
    setText(tr("Edit %1 options").arg(node ? node->kind : QString()));
}

void SetOptionsCommand::build(GraphEdit &edit)
{
    edit.setOptions(m_node, m_options, m_order);
}

} // namespace spool
