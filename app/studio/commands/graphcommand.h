#pragma once

#include <graph/graphedit.h>

#include <QUndoCommand>

namespace spool {

/// The base of every edit of the graph: build() makes the edit on the model through a
/// GraphEdit the first time the command is pushed, and undo/redo replay that record. A build
/// that changes nothing leaves the command obsolete, so the stack drops it.
class GraphCommand : public QUndoCommand
{
public:
    GraphCommand(GraphModel *model, const QString &text);

    void redo() final;
    void undo() final;

protected:
    virtual void build(GraphEdit &edit) = 0;
    GraphEdit &edit() { return m_edit; }
    /// Folds a later command's edit into this one (for mergeWith()); when the two together
    /// change nothing, this command becomes obsolete and the stack drops it.
    void absorb(const GraphCommand &later)
    {
        m_edit.append(later.m_edit);
        setObsolete(m_edit.isNoOp());
    }

private:
    GraphEdit m_edit;
    bool m_built = false;
};

} // namespace spool
