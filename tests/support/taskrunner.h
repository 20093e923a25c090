#pragma once

#include <core/error.h>
#include <schema/run.h>

#include <QJsonObject>
#include <QString>

namespace spool::test {

/// Runs `ingest input` followed by one task of `kind` with `options` on the built-in
/// executors, in `workspace`, and returns the finished run (an empty Run when it could not
/// start or did not finish within a minute). `cancelAfterMs` >= 0 cancels it that much later.
Run runUnderIngest(const QString &workspace,
                   const QString &input,
                   const QString &kind,
                   const QJsonObject &options,
                   int cancelAfterMs = -1);

/// Runs a whole request (runs JSON text) on the built-in executors in `workspace` and returns
/// the finished run; an empty Run when it was refused (the error then in `*refusal`) or did
/// not finish within a minute.
Run runRequest(const QString &workspace, const QByteArray &request, Error *refusal = nullptr);

/// The first task of `kind` in `run`, or null.
const Task *taskOfKind(const Run &run, const QString &kind);

/// The error kind of the first task of `kind`; empty when there is no such task or no error.
QString errorKind(const Run &run, const QString &kind);

/// The local path of a task's first output.
QString outputPath(const Task &task);

} // namespace spool::test
