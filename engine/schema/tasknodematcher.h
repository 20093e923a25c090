#pragma once

#include "run.h"
#include "runrequest.h"

#include <QHash>
#include <QList>
#include <QString>

namespace spool {

/// Finds the request node each task of a run came from, for runs whose tasks do not carry
/// Spool's `request_node` (a run from a server without the extension).
///
/// The rule: a task stands below the node of its parent task (a task without a parent, below
/// the request's top-level `tasks`); among its siblings of the same kind, in the order they
/// were created, the k-th is made from the k-th node of that kind in the parent node's `next`.
/// That holds because an engine creates a node's `next` tasks in their order, all of them or
/// none (a condition not taken, a failed parent), and the flat form's tasks follow the single
/// ingest at the top level. A top-level ingest where the request has none is the implicit
/// ingest of an input given beside the request: it comes from no node. A task whose node
/// cannot be found (its parent is unknown, or the request has fewer nodes of its kind there)
/// is left without a pointer, and so are the tasks below it.
class TaskNodeMatcher
{
public:
    /// The JSON Pointer (`/tasks/0/next/1`) of each task's node, by task id; tasks without a
    /// node are absent.
    static QHash<QString, QString> match(const RunRequest &request, const QList<Task> &tasks);
    /// The run with every task's requestNode set where it was absent and a node was found.
    static Run annotate(const RunRequest &request, Run run);
};

} // namespace spool
