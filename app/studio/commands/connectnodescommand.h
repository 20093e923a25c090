#pragma once

#include "graphcommand.h"

#include <QCoreApplication>

namespace spool {

/// Makes `child` a `next` task of `parent`. The caller checks GraphModel::connectionRefusal()
/// first; a connection the model refuses makes the command obsolete.
class ConnectNodesCommand : public GraphCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConnectNodesCommand)

public:
    ConnectNodesCommand(GraphModel *model, NodeId parent, NodeId child);

protected:
    void build(GraphEdit &edit) override;

private:
    NodeId m_parent;
    NodeId m_child;
};

} // namespace spool
