#include "addnodescommand.h"

namespace spool {

AddNodesCommand::AddNodesCommand(GraphModel *model,
                                 std::vector<TaskDef> tasks,
                                 QList<QPointF> positions,
                                 NodeId parent,
                                 const QString &text)
    : GraphCommand(model, text)
    , m_tasks(std::move(tasks))
    , m_positions(std::move(positions))
    , m_parent(parent)
{
    if (text.isEmpty()) {
        const int count = TaskDef::count(m_tasks);
        setText(count == 1 ? tr("Add %1").arg(m_tasks.front().kind)
                           : tr("Add %n task(s)", nullptr, count));
    }
}

void AddNodesCommand::build(GraphEdit &edit)
{
    if (m_parent != 0 && !edit.model()->contains(m_parent))
        return;
    edit.insertTasks(m_tasks, m_positions, m_parent);
}

} // namespace spool
