#pragma once

#include "graphcommand.h"

#include <QCoreApplication>

namespace spool {

/// Deletes nodes and their edges; `next` tasks of a deleted node that are not deleted
/// themselves stay, as roots.
class RemoveNodesCommand : public GraphCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveNodesCommand)

public:
    RemoveNodesCommand(GraphModel *model, QList<NodeId> ids, const QString &text = {});

protected:
    void build(GraphEdit &edit) override;

private:
    QList<NodeId> m_ids;
};

} // namespace spool
