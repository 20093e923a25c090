#pragma once

#include "graphcommand.h"

#include <QCoreApplication>

namespace spool {

/// Replaces a task's whole options object (the conditions rule editor, free-form options).
class SetOptionsCommand : public GraphCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetOptionsCommand)

public:
    /// `order`: the order of the options' keys as the editor shows them (the rules of a
    /// conditions task); without one the task keeps the order it has.
    SetOptionsCommand(GraphModel *model,
                      NodeId id,
                      const std::optional<QJsonObject> &options,
                      const std::optional<KeyOrder> &order = std::nullopt);

protected:
    void build(GraphEdit &edit) override;

private:
    NodeId m_node;
    std::optional<QJsonObject> m_options;
    std::optional<KeyOrder> m_order;
};

} // namespace spool
