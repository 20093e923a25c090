#include "setrequestfieldscommand.h"

namespace spool {

SetRequestFieldsCommand::SetRequestFieldsCommand(GraphModel *model,
                                                 const GraphModel::RequestFields &fields)
    : GraphCommand(model, tr("Edit run request"))
    , m_fields(fields)
{}

void SetRequestFieldsCommand::build(GraphEdit &edit)
{
    edit.setRequestFields(m_fields);
}

} // namespace spool
