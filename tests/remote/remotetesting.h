#pragma once

#include <core/result.h>

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QTimer>

#include <gtest/gtest.h>

namespace spool::test {

/// Runs the event loop until `future` answers (at most `timeoutMs`), and gives its result; a
/// future that never answers fails the test.
template<typename T>
Result<T> await(QFuture<Result<T>> future, int timeoutMs = 30000)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<Result<T>> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        if (!future.isFinished())
            loop.exec();
    }
    if (!future.isFinished() || future.resultCount() == 0) {
        ADD_FAILURE() << "the future did not answer within " << timeoutMs << " ms";
        return Error{QStringLiteral("test_timeout"), QStringLiteral("no answer")};
    }
    return future.result();
}

/// Runs the event loop until `done()` holds, at most `timeoutMs`; whether it holds.
template<typename Predicate>
bool waitUntil(Predicate done, int timeoutMs = 30000)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(5);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!done())
        loop.exec();
    return done();
}

/// A task object as a server sends it.
inline QJsonObject taskJson(const QString &id,
                            const QString &runId,
                            const QString &kind,
                            const QString &status,
                            int progress,
                            const QString &parentId = {})
{
    QJsonObject task{{QStringLiteral("id"), id},
                     {QStringLiteral("object"), QStringLiteral("task")},
                     {QStringLiteral("kind"), kind},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("run_id"), runId},
                     {QStringLiteral("progress"), progress},
                     {QStringLiteral("options"), QJsonObject()},
                     {QStringLiteral("inputs"), QJsonArray()},
                     {QStringLiteral("outputs"), QJsonArray()},
                     {QStringLiteral("metadata"), QJsonObject()},
                     {QStringLiteral("error"), QJsonValue::Null},
                     {QStringLiteral("created_at"), 1735689825},
                     {QStringLiteral("started_at"), QJsonValue::Null},
                     {QStringLiteral("finished_at"), QJsonValue::Null},
                     {QStringLiteral("updated_at"), 1735689825}};
    task.insert(QStringLiteral("parent_id"),
                parentId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(parentId));
    return task;
}

/// A run object as a server sends it.
inline QJsonObject runJson(const QString &id,
                           const QString &status,
                           int progress,
                           const QJsonArray &tasks = {})
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("object"), QStringLiteral("run")},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("progress"), progress},
                       {QStringLiteral("tasks"), tasks},
                       {QStringLiteral("metadata"), QJsonObject()},
                       {QStringLiteral("error"), QJsonValue::Null},
                       {QStringLiteral("created_by"), QJsonValue::Null},
                       {QStringLiteral("created_at"), 1735689825},
                       {QStringLiteral("started_at"), QJsonValue::Null},
                       {QStringLiteral("finished_at"), QJsonValue::Null},
                       {QStringLiteral("updated_at"), 1735689825}};
}

} // namespace spool::test
