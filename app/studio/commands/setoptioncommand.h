#pragma once

#include "graphcommand.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace spool {

/// Sets one option of a task, or removes it when the value is undefined (back to the
/// engine's default). Consecutive edits of the same option of the same task (typing, spinning)
/// merge into one command.
class SetOptionCommand : public GraphCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetOptionCommand)

public:
    SetOptionCommand(GraphModel *model, NodeId id, const QString &name, const QJsonValue &value);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    void build(GraphEdit &edit) override;

private:
    NodeId m_node;
    QString m_name;
    QJsonValue m_value;
};

} // namespace spool
