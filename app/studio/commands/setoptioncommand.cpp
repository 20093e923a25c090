#include "setoptioncommand.h"

namespace spool {

namespace {
constexpr int SetOptionCommandId = 2;
}

SetOptionCommand::SetOptionCommand(GraphModel *model,
                                   NodeId id,
                                   const QString &name,
                                   const QJsonValue &value)
    : GraphCommand(model, {})
    , m_node(id)
    , m_name(name)
    , m_value(value)
{
    setText(value.isUndefined() ? tr("Reset %1").arg(name) : tr("Set %1").arg(name));
}

int SetOptionCommand::id() const
{
    return SetOptionCommandId;
}

bool SetOptionCommand::mergeWith(const QUndoCommand *other)
{
    const auto *later = static_cast<const SetOptionCommand *>(other);
    if (later->m_node != m_node || later->m_name != m_name)
        return false;
    absorb(*later);
    return true;
}

void SetOptionCommand::build(GraphEdit &edit)
{
    const GraphNode *node = edit.model()->node(m_node);
    if (!node)
        return;
    QJsonObject options = node->options.value_or(QJsonObject());
    if (m_value.isUndefined())
        options.remove(m_name);
    else
        options.insert(m_name, m_value);
    // Removing the last option leaves the `options` member as it was written: absent stays
    // absent, and an emptied object stays an empty object.
    edit.setOptions(m_node,
                    node->options || !options.isEmpty() ? std::optional(options) : std::nullopt);
}

} // namespace spool
