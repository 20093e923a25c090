#pragma once

#include "graphcommand.h"

#include <QCoreApplication>

namespace spool {

/// Replaces a task's `metadata`, or removes it (nullopt).
class SetMetadataCommand : public GraphCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetMetadataCommand)

public:
    SetMetadataCommand(GraphModel *model, NodeId id, const std::optional<QJsonObject> &metadata);

protected:
    void build(GraphEdit &edit) override;

private:
    NodeId m_node;
    std::optional<QJsonObject> m_metadata;
};

} // namespace spool
