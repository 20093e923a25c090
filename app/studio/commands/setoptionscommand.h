#pragma once

#include "graphcommand.h"

#include <QCoreApplication>

namespace spool {

/// Replaces a task's whole options object (the conditions rule editor, free-form options).
class SetOptionsCommand : public GraphCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetOptionsCommand)

public:
    SetOptionsCommand(GraphModel *model, NodeId id, const std::optional<QJsonObject> &options);

protected:
    void build(GraphEdit &edit) override;

private:
    NodeId m_node;
    std::optional<QJsonObject> m_options;
};

} // namespace spool
