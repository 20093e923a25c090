#pragma once

#include "graphcommand.h"

#include <QCoreApplication>

namespace spool {

/// Changes the run request's own members: its `metadata` and `idempotency_key`.
class SetRequestFieldsCommand : public GraphCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetRequestFieldsCommand)

public:
    SetRequestFieldsCommand(GraphModel *model, const GraphModel::RequestFields &fields);

protected:
    void build(GraphEdit &edit) override;

private:
    GraphModel::RequestFields m_fields;
};

} // namespace spool
