#pragma once

#include "graphcommand.h"

#include <QCoreApplication>
#include <QHash>

namespace spool {

/// Moves nodes on the canvas (a drag, or a tidy layout). Moves of one continuous drag share
/// a non-zero `dragId` and merge into one command, so undo puts the nodes back where the drag
/// started.
class MoveNodesCommand : public GraphCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveNodesCommand)

public:
    MoveNodesCommand(GraphModel *model,
                     QHash<NodeId, QPointF> positions,
                     int dragId = 0,
                     const QString &text = {});

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    void build(GraphEdit &edit) override;

private:
    QHash<NodeId, QPointF> m_positions;
    int m_dragId;
};

} // namespace spool
