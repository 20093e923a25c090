#pragma once

#include "graphcommand.h"

#include <QCoreApplication>

namespace spool {

/// Adds tasks (one from the palette, or a pasted or duplicated fragment with its edges) as
/// new nodes, at the given positions, optionally as `next` tasks of an existing node.
class AddNodesCommand : public GraphCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddNodesCommand)

public:
    AddNodesCommand(GraphModel *model,
                    std::vector<TaskDef> tasks,
                    QList<QPointF> positions,
                    NodeId parent = 0,
                    const QString &text = {});

protected:
    void build(GraphEdit &edit) override;

private:
    std::vector<TaskDef> m_tasks;
    QList<QPointF> m_positions;
    NodeId m_parent;
};

} // namespace spool
