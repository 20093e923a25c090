#pragma once

#include "graphcommand.h"

#include <QCoreApplication>

namespace spool {

/// "Delete and Keep Children": deletes nodes and reconnects the `next` tasks they had (that
/// are not deleted themselves) to the nearest remaining ancestor, in the deleted node's place
/// among its siblings and in their own order. Children of a deleted root become roots, in its
/// place: in the flat form, top-level tasks that need an input run on the run's single root
/// ingest.
class DissolveNodesCommand : public GraphCommand
{
    Q_DECLARE_TR_FUNCTIONS(DissolveNodesCommand)

public:
    DissolveNodesCommand(GraphModel *model, QList<NodeId> ids);

protected:
    void build(GraphEdit &edit) override;

private:
    QList<NodeId> m_ids;
};

} // namespace spool
