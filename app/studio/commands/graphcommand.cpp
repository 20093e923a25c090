#include "graphcommand.h"

namespace spool {

GraphCommand::GraphCommand(GraphModel *model, const QString &text)
    : QUndoCommand(text)
    , m_edit(model)
{}

void GraphCommand::redo()
{
    if (!m_built) {
        m_built = true;
        build(m_edit);
        if (m_edit.isEmpty())
            setObsolete(true);
        return;
    }
    m_edit.redo();
}

void GraphCommand::undo()
{
    m_edit.undo();
}

} // namespace spool
