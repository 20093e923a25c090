#pragma once

#include "graphcommand.h"

#include <QCoreApplication>

namespace spool {

/// Deletes the incoming edges of the given nodes; each becomes a root.
class DisconnectNodesCommand : public GraphCommand
{
    Q_DECLARE_TR_FUNCTIONS(DisconnectNodesCommand)

public:
    DisconnectNodesCommand(GraphModel *model, QList<NodeId> children);

protected:
    void build(GraphEdit &edit) override;

private:
    QList<NodeId> m_children;
};

} // namespace spool
